/**
 * Issue 7's figures: scorecards for a team of 200 (the nine built-in roles in turn, every actual
 * prefilled, forced-distribution check on): time to build the plan, then applying it through the Excel
 * adapter against the typed fake of Office.js (time, syncs, largest request). Goal: under 1 s, ≤ 3
 * syncs plus one per extra 4 MB chunk. Prints figures; not a test.
 * Run: npx ts-node --transpile-only -e 'require("./bench/scorecardBench").runScorecardBench()'
 */
import { performance } from "node:perf_hooks";
import {
  buildScorecardPlan,
  builtInTemplate,
  BUILT_IN_ROLE_IDS,
  DEFAULT_FORCED_DISTRIBUTION,
  type ActualEntry,
  type Employee,
} from "../src/builders/scorecard";
import { mulberry32 } from "../src/core/seededRandom";
import { ExcelWorkbook } from "../src/workbook/excel/ExcelWorkbook";
import { FakeExcel } from "../test/support/excelMock";

const TEAM_SIZE = 200;

function team(size: number): { roster: Employee[]; actuals: ActualEntry[] } {
  const random = mulberry32(7);
  const roster = Array.from({ length: size }, (_, i) => ({
    name: `Employee ${String(i + 1).padStart(3, "0")}`,
    role: BUILT_IN_ROLE_IDS[i % BUILT_IN_ROLE_IDS.length],
    department: `Team ${(i % 12) + 1}`,
    manager: `Manager ${(i % 12) + 1}`,
  }));
  const actuals = roster.flatMap((employee) =>
    builtInTemplate(employee.role).kpis.map((kpi) => ({
      row: 0,
      employee: employee.name,
      kpi: kpi.id,
      // Somewhere between a little below the threshold and a little past the stretch.
      actual:
        kpi.unit === "rate"
          ? Math.min(1, Math.max(0, kpi.target * (0.85 + random() * 0.3)))
          : kpi.target * (0.85 + random() * 0.3),
    }))
  );
  return { roster, actuals };
}

export async function runScorecardBench(): Promise<void> {
  const { roster, actuals } = team(TEAM_SIZE);
  let start = performance.now();
  const plan = buildScorecardPlan({
    locale: "zh-CN",
    roster,
    actuals,
    period: "2025 H2",
    forcedDistribution: DEFAULT_FORCED_DISTRIBUTION,
  });
  const buildMs = performance.now() - start;
  const excel = new ExcelWorkbook({ run: new FakeExcel().run });
  start = performance.now();
  await excel.applyPlan(plan);
  const applyMs = performance.now() - start;
  const largest = Math.max(...excel.stats.requestBytes);
  const total = excel.stats.requestBytes.reduce((sum, bytes) => sum + bytes, 0);
  console.log(`Scorecards for a team of ${TEAM_SIZE} (${plan.sheets.length} sheets)`);
  console.log(`  build the plan:              ${buildMs.toFixed(0)} ms`);
  console.log(
    `  Excel adapter (typed fake):  ${applyMs.toFixed(0)} ms, ${excel.stats.syncs} syncs ` +
      `(goal ≤ 3 + number of 4 MB chunks), largest request ≈ ${(largest / 1024 / 1024).toFixed(2)} MiB, ` +
      `all requests ≈ ${(total / 1024 / 1024).toFixed(1)} MiB`
  );
  console.log(
    `  build + apply:               ${(buildMs + applyMs).toFixed(0)} ms (goal < 1000 ms)`
  );
}
