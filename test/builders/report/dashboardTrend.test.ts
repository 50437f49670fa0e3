/**
 * The dashboard's last 30 days and their chart, through the memory engine (live formulas) and in values
 * mode. The fixture has four sale days; every other day of the window sums to 0. Hand sums:
 * report date D = 2025-03-12 (45728): GMV 6000 + 2000 = 8000, orders 40, UV 1500 (CR 40 ÷ 1500);
 * D − 7: GMV 5000, orders 20, UV 1000; D − 29 (2025-02-11): GMV 700, orders 7, UV 350;
 * D − 30 (2025-02-10, the day before the window): GMV 999, never counted; in the window 13,700 in all.
 */
import {
  buildReportPlan,
  DASHBOARD_SHEET_KEY,
  detectReportColumns,
  type ReportOptions,
  type ReportSourceRef,
} from "../../../src/builders/report";
import { cellA1 } from "../../../src/plan/a1";
import { rangeCells } from "../../../src/plan/charts";
import type { CellValue, WorkbookPlan } from "../../../src/plan/types";
import { validatePlan } from "../../../src/plan/validatePlan";
import { MemoryWorkbook } from "../../../src/workbook/memory/MemoryWorkbook";
import { FEB_2025, HEADER } from "./reportFixtures";

const D = FEB_2025 + 28 + 11;
/** date, channel, category, uv, orders, gmv, spend, refunds */
const ROWS: CellValue[][] = [
  [D, "天猫", "女装", 1000, 30, 6000, 1500, 300],
  [D, "京东", "男装", 500, 10, 2000, 500, 0],
  [D - 7, "天猫", "女装", 1000, 20, 5000, 1000, 200],
  [D - 29, "京东", "女装", 350, 7, 700, 0, 0],
  [D - 30, "天猫", "女装", 999, 99, 999, 99, 9],
];
const EXPECTED = new Map([
  [D, { gmv: 8000, cr: 40 / 1500 }],
  [D - 7, { gmv: 5000, cr: 20 / 1000 }],
  [D - 29, { gmv: 700, cr: 7 / 350 }],
]);
const TABLE: ReportSourceRef = { kind: "table", table: "Sales" };

function plan(extra: Partial<ReportOptions> = {}): WorkbookPlan {
  return buildReportPlan({ source: "Table Sales", header: HEADER, rows: ROWS }, TABLE, {
    locale: "zh-CN",
    mapping: detectReportColumns(HEADER),
    by: [1],
    generatedAt: new Date(2025, 2, 13, 9, 0),
    dashboard: true,
    ...extra,
  }).plan;
}

const opened: MemoryWorkbook[] = [];
afterAll(() => opened.forEach((memory) => memory.dispose()));

async function apply(workbookPlan: WorkbookPlan) {
  const memory = new MemoryWorkbook();
  opened.push(memory);
  const src = memory.addSheetFromRows("Src", [HEADER, ...ROWS]);
  memory.addTable(src, "Sales", `A1:H${ROWS.length + 1}`);
  const result = await memory.applyPlan(workbookPlan);
  const sheet = result.sheetNames[DASHBOARD_SHEET_KEY];
  const chart = workbookPlan.sheets.find((s) => s.key === DASHBOARD_SHEET_KEY)!.charts![0];
  const read = (range: string) =>
    rangeCells(range).map((cell) => memory.getValue(sheet, cellA1(cell)));
  return { memory, sheet, chart, read };
}

describe.each([false, true])("the last 30 days (values: %s)", (values) => {
  test("one row per day to the report date, each the source's sums for that day", async () => {
    const workbookPlan = plan({ values });
    expect(validatePlan(workbookPlan)).toEqual([]);
    const { chart, read } = await apply(workbookPlan);
    expect(chart).toMatchObject({ type: "combo", title: "近 30 天支付金额与转化率" });
    const dates = read(chart.categories);
    expect(dates).toEqual(Array.from({ length: 30 }, (_, i) => D - 29 + i));
    const gmv = read(chart.series[0].values);
    const cr = read(chart.series[1].values);
    expect(chart.series[1].axis).toBe("secondary");
    dates.forEach((date, i) => {
      const day = EXPECTED.get(date as number);
      expect(gmv[i]).toBe(day?.gmv ?? 0);
      // No visitors that day: the rate is left empty ("" live, nothing in values mode).
      if (day) expect(cr[i]).toBeCloseTo(day.cr, 12);
      else expect(cr[i] ?? "").toBe("");
    });
    expect((gmv as number[]).reduce((a, b) => a + b, 0)).toBe(13_700);
  });
});

test("live: a date typed in the dashboard's input cell moves the whole window", async () => {
  const { memory, sheet, chart, read } = await apply(plan());
  memory.setCellValue(sheet, "B5", D - 1);
  const dates = read(chart.categories);
  expect(dates[29]).toBe(D - 1);
  expect(dates[0]).toBe(D - 30);
  // D − 30's 999 is now in; D's 8000 is out.
  expect((read(chart.series[0].values) as number[]).reduce((a, b) => a + b, 0)).toBe(
    5000 + 700 + 999
  );
});

test("without UV and orders the chart is GMV columns only, titled for it (en-US)", async () => {
  const mapping = { ...detectReportColumns(HEADER), uv: undefined, orders: undefined };
  const workbookPlan = plan({ mapping, locale: "en-US" });
  const { chart, read } = await apply(workbookPlan);
  expect(chart).toMatchObject({ type: "column", title: "Last 30 days: GMV" });
  expect(chart.series).toHaveLength(1);
  expect(read(chart.series[0].values)[29]).toBe(8000);
});
