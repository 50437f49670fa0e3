/**
 * Issue 7's figures: scorecards for a team of 200 (the nine built-in roles in turn, every actual
 * prefilled, forced-distribution check on): time to build the plan, then applying it through the Excel
 * adapter against the typed fake of Office.js (time, syncs, largest request). Goal: under 1 s, ≤ 3
 * syncs plus one per extra 4 MB chunk. Prints figures; not a test.
 *
 * Apply time is split: the fake applying requests at sync (what Excel would spend, not the product's
 * cost) and the rest (validating, planning, packing and queueing: the adapter, with the fake's proxy
 * objects standing in for Office.js's). The first round runs cold, as a first build in the add-in does.
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

interface Round {
  buildMs: number;
  applyMs: number;
  /** Of applyMs, the fake applying the requests at sync (Excel's side, not the product's). */
  fakeMs: number;
}

const ROUNDS = 5;

export async function runScorecardBench(): Promise<void> {
  const { roster, actuals } = team(TEAM_SIZE);
  const rounds: Round[] = [];
  let last: { sheets: number; excel: ExcelWorkbook } | undefined;
  for (let round = 0; round < ROUNDS; round++) {
    let start = performance.now();
    const plan = buildScorecardPlan({
      locale: "zh-CN",
      roster,
      actuals,
      period: "2025 H2",
      forcedDistribution: DEFAULT_FORCED_DISTRIBUTION,
    });
    const buildMs = performance.now() - start;
    const fake = new FakeExcel();
    let fakeMs = 0;
    const flush = fake.flush.bind(fake);
    fake.flush = (calls) => {
      const begin = performance.now();
      try {
        flush(calls);
      } finally {
        fakeMs += performance.now() - begin;
      }
    };
    const excel = new ExcelWorkbook({ run: fake.run });
    start = performance.now();
    await excel.applyPlan(plan);
    rounds.push({ buildMs, applyMs: performance.now() - start, fakeMs });
    last = { sheets: plan.sheets.length, excel };
  }
  const { sheets, excel } = last!;
  const largest = Math.max(...excel.stats.requestBytes);
  const total = excel.stats.requestBytes.reduce((sum, bytes) => sum + bytes, 0);
  const ms = (value: number) => `${value.toFixed(0)} ms`.padStart(7);
  const line = (round: Round) =>
    `build ${ms(round.buildMs)} · apply ${ms(round.applyMs)} (adapter ${ms(round.applyMs - round.fakeMs)}, ` +
    `fake Excel at sync ${ms(round.fakeMs)}) · build + apply ${ms(round.buildMs + round.applyMs)}`;
  const best = rounds.reduce((a, b) => (b.buildMs + b.applyMs < a.buildMs + a.applyMs ? b : a));
  console.log(
    `Scorecards for a team of ${TEAM_SIZE} (${sheets} sheets), goal: build + apply < 1000 ms`
  );
  console.log(`  first run (cold):  ${line(rounds[0])}`);
  console.log(`  best of ${ROUNDS}:        ${line(best)}`);
  console.log(
    `  Excel adapter (typed fake): ${excel.stats.syncs} syncs (goal ≤ 3 + number of 4 MB chunks), ` +
      `largest request ≈ ${(largest / 1024 / 1024).toFixed(2)} MiB, all requests ≈ ${(total / 1024 / 1024).toFixed(1)} MiB (estimated)`
  );
}
