/**
 * The daily dashboard (核心指标看板) through the memory adapter: HyperFormula evaluates the live formulas.
 * Expected figures are plain loops over the fixture rows below (windows of dates written out here), with
 * the key numbers also derived by hand in comments; the month target comes from a real target sheet
 * (buildTargetsPlan) whose months are set by hand (custom weights 1 … 12: month m = 10,000 × m).
 */
import {
  buildReportPlan,
  DASHBOARD_SHEET_KEY,
  detectReportColumns,
  type ReportOptions,
  type ReportSourceRef,
} from "../../../src/builders/report";
import { buildTargetsPlan } from "../../../src/builders/targets/targetsPlan";
import type { TargetMetric } from "../../../src/builders/targets/targetsOptions";
import { cellA1 } from "../../../src/plan/a1";
import type { CellValue, WorkbookPlan } from "../../../src/plan/types";
import type { ComputedValue, TableData } from "../../../src/workbook/port";
import { MemoryWorkbook } from "../../../src/workbook/memory/MemoryWorkbook";
import { planToXlsx } from "../../../src/workbook/planToXlsx";
import {
  describeWithLibreOffice,
  formulaResults,
  recalculateXlsx,
  sameResult,
  writeTempXlsx,
} from "../../support/libreoffice";
import { FEB_2025, HEADER } from "./reportFixtures";
import { errorCells } from "./reportTestSupport";
import { sheetValues } from "../../support/memorySheet";

/** 2025-03-01 = 45717 (2025-02-01 = 45689, + 28 days); the report date D is 2025-03-12 = 45728. */
const MAR_1 = FEB_2025 + 28;
const D = MAR_1 + 11;

/** date, channel, category, uv, orders, gmv, spend, refunds */
const ROWS: CellValue[][] = [
  [D, "天猫", "女装", 1000, 30, 6000, 1500, 300],
  [D, "京东", "男装", 500, 10, 2000, 500, 0],
  // The day before: no visitors at all, some spend (ratios over UV and orders must stay empty, ROI is 0).
  [D - 1, "天猫", "女装", 0, 0, 0, 50, 0],
  // Same weekday last week (2025-03-05).
  [D - 7, "天猫", "女装", 800, 16, 4000, 1000, 200],
  [D - 7, "京东", "女装", 200, 4, 1000, 0, 0],
  [MAR_1, "京东", "男装", 300, 6, 1500, 300, 0],
  // February: outside every window, including the month to date.
  [MAR_1 - 1, "天猫", "女装", 999, 99, 9999, 99, 9],
];
const [UV, ORDERS, GMV, SPEND, REFUNDS] = [3, 4, 5, 6, 7];

const TABLE: ReportSourceRef = { kind: "table", table: "Sales" };
const FIXED_TIME = new Date(2025, 2, 13, 9, 0);

function options(extra: Partial<ReportOptions> = {}): ReportOptions {
  return {
    locale: "zh-CN",
    mapping: detectReportColumns(HEADER),
    by: [1],
    grain: "month",
    generatedAt: FIXED_TIME,
    dashboard: true,
    ...extra,
  };
}

function table(rows: CellValue[][] = ROWS): TableData {
  return { source: "Table Sales", header: HEADER, rows };
}

/** Σ of a column over the rows dated from..to (inclusive): the oracle. */
function sum(field: number, from: number, to = from): number {
  return ROWS.filter((row) => (row[0] as number) >= from && (row[0] as number) <= to).reduce(
    (total, row) => total + (row[field] as number),
    0
  );
}

const ratio = (numerator: number, denominator: number) =>
  denominator === 0 ? "" : numerator / denominator;

/** 2025 targets: 780,000 over custom weights 1 … 12 (January first), so March is 30,000. */
function targetsPlan(
  fiscalYear = 2025,
  fiscalStartMonth = 1,
  metric: TargetMetric = "gmv"
): WorkbookPlan {
  return buildTargetsPlan({
    locale: "zh-CN",
    metric,
    annualTarget: 780_000,
    fiscalYear,
    fiscalStartMonth,
    events: [],
    seasonality: { method: "custom", custom: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
  }).plan;
}

interface Dashboard {
  memory: MemoryWorkbook;
  sheet: string;
  grid: ComputedValue[][];
  /** The value of a metric (row label in column A) under a header (row-7 label). */
  at(metric: string, header: string): ComputedValue;
}

const opened: MemoryWorkbook[] = [];
afterAll(() => opened.forEach((memory) => memory.dispose()));

function readDashboard(memory: MemoryWorkbook, sheet: string): Dashboard {
  const grid = sheetValues(memory, sheet);
  return {
    memory,
    sheet,
    grid,
    at(metric, header) {
      const row = grid.findIndex((cells) => cells[0] === metric);
      const column = grid[6].indexOf(header);
      if (row < 0 || column < 0) throw new Error(`no ${metric} × ${header}`);
      return grid[row][column];
    },
  };
}

async function applyDashboard(
  plan: WorkbookPlan,
  setup: { rows?: CellValue[][]; before?: WorkbookPlan; after?: WorkbookPlan } = {}
): Promise<Dashboard> {
  const memory = new MemoryWorkbook();
  opened.push(memory);
  const rows = setup.rows ?? ROWS;
  const src = memory.addSheetFromRows("Src", [HEADER, ...rows]);
  memory.addTable(src, "Sales", `A1:H${rows.length + 1}`);
  if (setup.before) await memory.applyPlan(setup.before);
  const result = await memory.applyPlan(plan);
  if (setup.after) await memory.applyPlan(setup.after);
  return readDashboard(memory, result.sheetNames[DASHBOARD_SHEET_KEY]);
}

// zh-CN labels (reportTexts.ts).
const H = {
  day: "当日",
  dayBefore: "前一日",
  dayChange: "日环比 %",
  lastWeek: "上周同日",
  weekChange: "周同比 %",
  mtd: "本月累计",
  target: "本月目标",
  achievement: "目标完成率",
  progress: "时间进度",
};
const M = {
  uv: "访客数",
  orders: "支付订单数",
  gmv: "支付金额",
  conversion: "支付转化率（订单数 ÷ 访客数）",
  aov: "客单价（支付金额 ÷ 订单数）",
  uvValue: "UV价值（支付金额 ÷ 访客数）",
  spend: "推广费",
  roi: "投产比 ROI（支付金额 ÷ 推广费）",
  refunds: "退款金额",
  refundRate: "退款率（退款金额 ÷ 支付金额）",
};

/** Every metric × window column against the oracle. */
function expectFigures(dash: Dashboard, day = D): void {
  const windows: [string, number, number][] = [
    [H.day, day, day],
    [H.dayBefore, day - 1, day - 1],
    [H.lastWeek, day - 7, day - 7],
    [H.mtd, MAR_1, day],
  ];
  for (const [header, from, to] of windows) {
    const s = (field: number) => sum(field, from, to);
    const expected: [string, number | ""][] = [
      [M.uv, s(UV)],
      [M.orders, s(ORDERS)],
      [M.gmv, s(GMV)],
      [M.conversion, ratio(s(ORDERS), s(UV))],
      [M.aov, ratio(s(GMV), s(ORDERS))],
      [M.uvValue, ratio(s(GMV), s(UV))],
      [M.spend, s(SPEND)],
      [M.roi, ratio(s(GMV), s(SPEND))],
      [M.refunds, s(REFUNDS)],
      [M.refundRate, ratio(s(REFUNDS), s(GMV))],
    ];
    for (const [metric, value] of expected) {
      // An empty cell: "" from a live formula, nothing in a snapshot.
      const actual = dash.at(metric, header) ?? "";
      if (value === "") expect([metric, header, actual]).toEqual([metric, header, ""]);
      else expect([metric, header, actual]).toEqual([metric, header, expect.closeTo(value, 9)]);
    }
  }
}

describe("daily dashboard: live over an Excel table", () => {
  let dash: Dashboard;
  beforeAll(async () => {
    dash = await applyDashboard(buildReportPlan(table(), TABLE, options()).plan);
  });

  test("the report date is the latest date in the source", () => {
    expect(dash.grid[3][1]).toBe(D);
    // The dates each column covers: D, D − 1, D − 7 and the 1st of the month.
    const dates = dash.grid[7];
    expect([dates[1], dates[2], dates[4], dates[6]]).toEqual([D, D - 1, D - 7, MAR_1]);
  });

  test("every metric for the day, the day before, last week's day and the month to date", () => {
    expectFigures(dash);
    // By hand: day GMV 6000 + 2000 = 8000; month to date 8000 + 0 + 4000 + 1000 + 1500 = 14,500
    // (February's 9,999 left out); conversion on the day 40 ÷ 1500.
    expect(dash.at(M.gmv, H.day)).toBe(8000);
    expect(dash.at(M.gmv, H.mtd)).toBe(14_500);
    expect(dash.at(M.conversion, H.day)).toBeCloseTo(40 / 1500, 12);
  });

  test("a day without visitors: empty ratios over UV and orders, ROI 0, no change against a 0 base", () => {
    expect(dash.at(M.conversion, H.dayBefore)).toBe("");
    expect(dash.at(M.aov, H.dayBefore)).toBe("");
    expect(dash.at(M.uvValue, H.dayBefore)).toBe("");
    expect(dash.at(M.roi, H.dayBefore)).toBe(0); // 0 GMV ÷ 50 spend
    expect(dash.at(M.uv, H.dayChange)).toBe("");
    expect(dash.at(M.conversion, H.dayChange)).toBe("");
    // Spend: 2000 against 50 the day before = +3900%; against 1000 last week = +100%.
    expect(dash.at(M.spend, H.dayChange)).toBeCloseTo(2000 / 50 - 1, 12);
    expect(dash.at(M.spend, H.weekChange)).toBeCloseTo(1, 12);
    // UV 1500 against 800 + 200 = 1000 last week: +50%; GMV 8000 against 5000: +60%.
    expect(dash.at(M.uv, H.weekChange)).toBeCloseTo(0.5, 12);
    expect(dash.at(M.gmv, H.weekChange)).toBeCloseTo(0.6, 12);
    expect(errorCells(dash.grid)).toEqual([]);
  });

  test("without a target sheet the target and achievement are empty; time progress is 12 ÷ 31", () => {
    expect(dash.at(M.gmv, H.target)).toBe("");
    expect(dash.at(M.gmv, H.achievement)).toBe("");
    expect(dash.at(M.gmv, H.progress)).toBeCloseTo(12 / 31, 12);
  });

  test("a date typed in the input cell moves every figure to that day", () => {
    // 2025-03-06: no rows of its own; the day before is last week's 03-05 (GMV 4000 + 1000).
    dash.memory.setCellValue(dash.sheet, "B5", D - 6);
    const moved = readDashboard(dash.memory, dash.sheet);
    expect(moved.grid[3][1]).toBe(D - 6);
    expectFigures(moved, D - 6);
    expect(moved.at(M.gmv, H.dayBefore)).toBe(5000);
    expect(moved.at(M.gmv, H.progress)).toBeCloseTo(6 / 31, 12);
    dash.memory.setCellValue(dash.sheet, "B5", null);
    expect(readDashboard(dash.memory, dash.sheet).grid[3][1]).toBe(D);
  });
});

describe("daily dashboard: the month's target from a target sheet", () => {
  // March 2025's target: 780,000 × 3/78 = 30,000; achievement 14,500 ÷ 30,000.
  test("a target sheet applied before the report", async () => {
    const dash = await applyDashboard(buildReportPlan(table(), TABLE, options()).plan, {
      before: targetsPlan(),
    });
    expect(dash.at(M.gmv, H.target)).toBe(30_000);
    expect(dash.at(M.gmv, H.achievement)).toBeCloseTo(14_500 / 30_000, 12);
    expect(errorCells(dash.grid)).toEqual([]);
  });

  test("a target sheet added after the report fills the cells in", async () => {
    const dash = await applyDashboard(buildReportPlan(table(), TABLE, options()).plan, {
      after: targetsPlan(),
    });
    expect(dash.at(M.gmv, H.target)).toBe(30_000);
    expect(dash.at(M.gmv, H.achievement)).toBeCloseTo(14_500 / 30_000, 12);
  });

  test("a fiscal year from April finds March as its 12th month", async () => {
    // FY2025 from April runs April 2024 – March 2025; March is still weight 3 of 78.
    const dash = await applyDashboard(buildReportPlan(table(), TABLE, options()).plan, {
      before: targetsPlan(2025, 4),
    });
    expect(dash.at(M.gmv, H.target)).toBe(30_000);
  });

  test("a profit target is not a GMV target: the cells stay empty", async () => {
    const dash = await applyDashboard(buildReportPlan(table(), TABLE, options()).plan, {
      before: targetsPlan(2025, 1, "profit"),
    });
    expect(dash.at(M.gmv, H.target)).toBe("");
    expect(dash.at(M.gmv, H.achievement)).toBe("");
    expect(errorCells(dash.grid)).toEqual([]);
  });

  test("a target sheet for another year leaves the target empty, without an error", async () => {
    const dash = await applyDashboard(buildReportPlan(table(), TABLE, options()).plan, {
      before: targetsPlan(2024),
    });
    expect(dash.at(M.gmv, H.target)).toBe("");
    expect(dash.at(M.gmv, H.achievement)).toBe("");
    expect(errorCells(dash.grid)).toEqual([]);
  });
});

describe("daily dashboard: values and other sources", () => {
  test("values mode holds the numbers the live formulas compute, target included", async () => {
    const live = await applyDashboard(buildReportPlan(table(), TABLE, options()).plan, {
      before: targetsPlan(),
    });
    const valuesPlan = buildReportPlan(table(), TABLE, options({ values: true })).plan;
    const values = await applyDashboard(valuesPlan, { before: targetsPlan() });
    expectFigures(values);
    expect(values.at(M.gmv, H.target)).toBe(30_000);
    const dashboardSheet = valuesPlan.sheets.find((s) => s.key === DASHBOARD_SHEET_KEY)!;
    // Only the target lookup and the achievement stay formulas (the target is not in the source).
    const formulas = dashboardSheet.blocks.flatMap((block) =>
      block.rows.flat().filter((cell) => typeof cell === "object" && cell !== null)
    );
    expect(formulas).toHaveLength(2);
    // Cell for cell, below the notes on the mode (row 3) and the live-only date input (row 5).
    const differences: string[] = [];
    live.grid.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (r === 2 || r === 4) return;
        const other = values.grid[r]?.[c] ?? null;
        const same =
          typeof cell === "number" && typeof other === "number"
            ? Math.abs(cell - other) <= 1e-9 * Math.max(1, Math.abs(cell))
            : (cell ?? "") === (other ?? "");
        if (!same) differences.push(`${cellA1({ row: r, column: c })}: ${cell} vs ${other}`);
      })
    );
    expect(differences).toEqual([]);
  });

  test("a range source and a file source (data sheet) give the same figures", async () => {
    const range = await applyDashboard(
      buildReportPlan(table(), { kind: "range", sheet: "Src", address: "A1:H8" }, options()).plan
    );
    expectFigures(range);
    const file = await applyDashboard(
      buildReportPlan(table(), { kind: "file", name: "shop.csv" }, options()).plan
    );
    expectFigures(file);
    expect(errorCells(file.grid)).toEqual([]);
  });

  test("English labels, the sheet only on request", async () => {
    const plan = buildReportPlan(table(), TABLE, options({ locale: "en-US" })).plan;
    const sheet = plan.sheets.find((s) => s.key === DASHBOARD_SHEET_KEY)!;
    expect(sheet.name).toBe("Daily dashboard");
    const dash = await applyDashboard(plan);
    expect(dash.grid[0][0]).toBe("Daily dashboard (核心指标看板)");
    expect(dash.at("GMV", "Month to date")).toBe(14_500);
    expect(dash.at("GMV", "Same day last week")).toBe(5000);
    const without = buildReportPlan(table(), TABLE, options({ dashboard: false })).plan;
    expect(without.sheets.map((s) => s.key)).toEqual(["report"]);
  });
});

describeWithLibreOffice(
  "daily dashboard: LibreOffice agrees, with and without a target sheet",
  () => {
    test("the same results as HyperFormula; the target found through the names", async () => {
      const report = buildReportPlan(
        table(),
        { kind: "file", name: "shop.csv" },
        options({ locale: "en-US" })
      ).plan;
      const targets = targetsPlan();
      const withTargets: WorkbookPlan = {
        sheets: [...report.sheets, ...targets.sheets],
        names: [...(report.names ?? []), ...(targets.names ?? [])],
      };
      for (const [plan, target] of [
        [report, undefined],
        [withTargets, 30_000],
      ] as const) {
        const path = writeTempXlsx((await planToXlsx(plan)).buffer, "dashboard");
        const [cached, recalculated] = await Promise.all([
          formulaResults(path),
          formulaResults(await recalculateXlsx(path)),
        ]);
        const disagreements: string[] = [];
        let compared = 0;
        for (const [address, ours] of cached) {
          if (!address.startsWith("Daily dashboard!")) continue;
          compared++;
          const theirs = recalculated.get(address);
          // An empty-text result has no cached value (the writer cannot cache ""): LibreOffice's is empty too.
          if (
            ours === undefined ? theirs !== "" && theirs !== undefined : !sameResult(ours, theirs)
          )
            disagreements.push(
              `${address}: ours ${JSON.stringify(ours)}, LibreOffice ${JSON.stringify(theirs)}`
            );
        }
        expect(disagreements).toEqual([]);
        // 10 metrics × 6 columns, the report date and 4 column dates, GMV's target, achievement, progress,
        // and the last 30 days: date, GMV, UV, orders and CR per day.
        expect(compared).toBe(10 * 6 + 5 + 3 + 30 * 5);
        // GMV is the third metric: row 11. Achievement 14,500 ÷ 30,000 by hand.
        const gmvTarget = recalculated.get("Daily dashboard!H11");
        if (target === undefined) expect(["", undefined]).toContain(gmvTarget);
        else {
          expect(gmvTarget).toBe(target);
          expect(recalculated.get("Daily dashboard!I11")).toBeCloseTo(14_500 / target, 12);
        }
      }
    }, 300_000);
  }
);
