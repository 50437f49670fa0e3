/**
 * The headless path from a plan to an .xlsx file: the memory adapter evaluates every formula, and the
 * xlsx writer caches those results in the file, so previews and value-reading tools see numbers even
 * before Excel or LibreOffice recalculates.
 */
import type { WorkbookPlan } from "../plan/types";
import { MemoryWorkbook } from "./memory/MemoryWorkbook";
import { writePlanToXlsx, type XlsxWriteOptions, type XlsxWriteOutput } from "./xlsx/writeXlsx";

export async function planToXlsx(plan: WorkbookPlan, options: XlsxWriteOptions = {}): Promise<XlsxWriteOutput> {
  const memory = new MemoryWorkbook();
  try {
    const result = await memory.applyPlan(plan);
    return await writePlanToXlsx(plan, memory.computedValues(result), options);
  } finally {
    memory.dispose();
  }
}
