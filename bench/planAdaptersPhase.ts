/**
 * One path of the adapters benchmark, run in its own process so its peak memory is its own:
 * `excel` (the Excel adapter against the typed fake) or `file` (memory adapter, then the .xlsx writer:
 * the CLI's path). Prints one JSON line of figures.
 */
import { performance } from "perf_hooks";
import { ExcelWorkbook } from "../src/workbook/excel/ExcelWorkbook";
import { evaluatePlan } from "../src/workbook/planToXlsx";
import { nodeGzip } from "../src/workbook/xlsx/nodeGzip";
import { writePlanToXlsx } from "../src/workbook/xlsx/writeXlsx";
import { FakeExcel } from "../test/support/excelMock";
import { largePlan } from "./largePlan";

async function main(phase: string, rows: number): Promise<void> {
  const clock = () => performance.now();
  let start = clock();
  const plan = largePlan(rows);
  const figures: Record<string, number> = { buildMs: clock() - start };
  if (phase === "excel") {
    const excel = new ExcelWorkbook({ run: new FakeExcel().run });
    start = clock();
    await excel.applyPlan(plan);
    figures.applyMs = clock() - start;
    figures.syncs = excel.stats.syncs;
    figures.largestRequestBytes = Math.max(...excel.stats.requestBytes);
  } else {
    start = clock();
    const computed = await evaluatePlan(plan);
    figures.evaluateMs = clock() - start;
    start = clock();
    // As the CLI writes it (planToXlsx): Node's zlib for the streamed sheet.
    const output = await writePlanToXlsx(plan, computed, { gzip: nodeGzip });
    figures.writeMs = clock() - start;
    figures.fileBytes = output.buffer.length;
  }
  figures.peakRssBytes = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify(figures));
}

main(process.argv[2], Number(process.argv[3])).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
