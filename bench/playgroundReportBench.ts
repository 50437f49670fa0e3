/**
 * Issue 13's playground figures: what HyperFormula (the playground's memory workbook) does with the live
 * report, so the formula budget (PLAYGROUND_FORMULA_BUDGET) stays a measured number. The panel's path:
 * a file's rows on a sheet as a table, read back, the Report's default (monthly, by channel), applied.
 * Each live size prints its seconds per formula cell × source row beside the budget's constant; the
 * floor is the values-only report of the same rows (the same plan without SUMIFS), in the same run.
 * 100,000 rows live is not run: it did not finish in 7 minutes.
 */
import { performance } from "node:perf_hooks";
import { PLAYGROUND_FORMULA_BUDGET } from "../src/playground/ObservedMemoryWorkbook";
import { addTableSheet } from "../src/playground/loadedTables";
import { countFormulas } from "../src/taskpane/components/formulaBudget";
import {
  defaultReportForm,
  detectReportMapping,
  prepareReport,
} from "../src/taskpane/pages/reportFormModel";
import { MemoryWorkbook } from "../src/workbook/memory/MemoryWorkbook";
import type { TableData } from "../src/workbook/port";

const CHANNELS = ["Tmall", "JD", "Douyin"];
const HEADER = ["Date", "Channel", "Category", "UV", "PV", "Orders", "GMV", "AdSpend", "Refunds"];
/** 2024-01-01; two years of days. */
const FIRST_DAY = 45292;

function shopTable(rows: number): TableData {
  const data = [];
  for (let i = 0; i < rows; i++) {
    const uv = 50 + ((i * 7919) % 950);
    data.push([
      FIRST_DAY + (i % 730),
      CHANNELS[i % 3],
      `C${i % 10}`,
      uv,
      uv * 3,
      Math.floor(uv / 30),
      uv * 7,
      12.5,
      0,
    ]);
  }
  return { source: "shop.csv", header: HEADER, rows: data };
}

async function reportSeconds(
  rows: number,
  valuesOnly: boolean
): Promise<{ seconds: number; formulas: number }> {
  const workbook = new MemoryWorkbook();
  try {
    const loaded = await addTableSheet(workbook, "shop.csv", shopTable(rows));
    const data = await workbook.readTable(loaded.name);
    const mapping = detectReportMapping(data.header);
    const started = performance.now();
    const prepared = prepareReport(
      { ...defaultReportForm(mapping), snapshot: valuesOnly },
      { data, mapping },
      "en-US"
    );
    await workbook.applyPlan(prepared.plan);
    return {
      seconds: (performance.now() - started) / 1000,
      formulas: countFormulas(prepared.plan),
    };
  } finally {
    workbook.dispose();
  }
}

export async function runPlaygroundReportBench(): Promise<void> {
  const budget = PLAYGROUND_FORMULA_BUDGET;
  console.log("Playground: the Report on the memory workbook (HyperFormula), monthly by channel");
  const floor = await reportSeconds(100_000, true);
  console.log(`  floor: values-only report of 100,000 rows ${floor.seconds.toFixed(2)} s`);
  for (const rows of [2_000, 5_000, 10_000]) {
    const live = await reportSeconds(rows, false);
    const perFormulaRow = live.seconds / (live.formulas * rows);
    console.log(
      `  live, ${rows.toLocaleString("en-US")} rows, ${live.formulas.toLocaleString("en-US")} formulas: ${live.seconds.toFixed(1)} s = ${(perFormulaRow * 1e6).toFixed(2)} µs per formula-row (budget assumes ${(budget.secondsPerFormulaRow * 1e6).toFixed(2)}; limit ${budget.maxSeconds} s ≈ ${Math.floor(budget.maxSeconds / (budget.secondsPerFormulaRow * live.formulas)).toLocaleString("en-US")} rows at this size)`
    );
  }
}
