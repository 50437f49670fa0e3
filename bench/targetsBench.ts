/**
 * Issue 5's figures: a target sheet of 50 members × 12 months and of 200 members × 52 weeks — time to
 * build the plan, then applying it through the Excel adapter (typed fake of Office.js): syncs and the
 * largest request. Goals: under 200 ms, ≤ 3 syncs.
 */
import { performance } from "perf_hooks";
import { buildTargetsPlan } from "../src/builders/targets/targetsPlan";
import type { TargetGrain } from "../src/builders/targets/targetsOptions";
import { ExcelWorkbook } from "../src/workbook/excel/ExcelWorkbook";
import { FakeExcel } from "../test/support/excelMock";

const CASES: { members: number; grain: TargetGrain; label: string }[] = [
  { members: 50, grain: "month", label: "50 members × 12 months" },
  { members: 200, grain: "week", label: "200 members × 52 weeks" },
];

function formulaCount(plan: ReturnType<typeof buildTargetsPlan>["plan"]): number {
  let count = 0;
  for (const sheet of plan.sheets)
    for (const block of sheet.blocks)
      for (const row of block.rows)
        for (const cell of row) if (typeof cell === "object" && cell !== null) count++;
  return count;
}

export async function runTargetsBench(): Promise<void> {
  console.log("Target decomposition sheet (goal: build + apply < 200 ms, ≤ 3 syncs)");
  for (const { members, grain, label } of CASES) {
    const names = Array.from({ length: members }, (_, i) => `Store ${i + 1}`);
    const options = {
      locale: "zh-CN" as const,
      annualTarget: 58_500_000,
      fiscalYear: 2027,
      roundingUnit: 1000,
      grain,
      members: { names },
    };
    buildTargetsPlan(options); // warm-up: the first build pays for module loading
    let start = performance.now();
    const { plan } = buildTargetsPlan(options);
    const buildMs = performance.now() - start;
    const excel = new ExcelWorkbook({ run: new FakeExcel().run });
    start = performance.now();
    await excel.applyPlan(plan);
    const applyMs = performance.now() - start;
    const largest = Math.max(...excel.stats.requestBytes) / 1024 / 1024;
    console.log(
      `  ${label}: ${formulaCount(plan).toLocaleString("en-US")} formulas; build ${buildMs.toFixed(0)} ms, ` +
        `apply (fake Excel) ${applyMs.toFixed(0)} ms, ${excel.stats.syncs} syncs, largest request ≈ ${largest.toFixed(2)} MiB`
    );
  }
}
