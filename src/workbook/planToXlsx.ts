/**
 * The headless path from a plan to an .xlsx file: the memory adapter evaluates every formula, and the
 * xlsx writer caches those results in the file, so previews and value-reading tools see numbers even
 * before Excel or LibreOffice recalculates. The engine is released before the writer starts, so the two
 * large structures are never held at once. Node only (zlib).
 */
import type { WorkbookPlan } from "../plan/types";
import { snapshotComputedValues } from "./computedSnapshot";
import { MemoryWorkbook } from "./memory/MemoryWorkbook";
import type { ComputedValues } from "./port";
import { nodeGzip } from "./xlsx/nodeGzip";
import { writePlanToXlsx, type XlsxWriteOptions, type XlsxWriteOutput } from "./xlsx/writeXlsx";

export async function evaluatePlan(plan: WorkbookPlan): Promise<ComputedValues> {
  const memory = new MemoryWorkbook();
  try {
    const result = await memory.applyPlan(plan);
    return snapshotComputedValues(plan, memory.computedValues(result));
  } finally {
    memory.dispose();
  }
}

export async function planToXlsx(
  plan: WorkbookPlan,
  options: XlsxWriteOptions = {}
): Promise<XlsxWriteOutput> {
  // Node's zlib for streamed big sheets: this path is the CLI's (the browser writes with fflate).
  return writePlanToXlsx(plan, await evaluatePlan(plan), { gzip: nodeGzip, ...options });
}
