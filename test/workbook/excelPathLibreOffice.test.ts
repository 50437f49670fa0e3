/**
 * The Excel path's numbers: plans applied through ExcelWorkbook to the Office.js fake, exactly what the
 * fake received exported to an .xlsx (fakeExcelToXlsx.ts), recalculated by LibreOffice, and compared
 * with figures worked by hand from the inputs (the same fixtures as the builder tests):
 *   - targets: 780,000 over custom weights 1 … 12 (January first) gives month m = 780,000 × m ÷ 78 =
 *     10,000 × m;
 *   - the daily dashboard over the table Sales (SUMIFS over Sales[Col] references) on 2025-03-12:
 *     the day's GMV 6,000 + 2,000 = 8,000; March to date 8,000 + 0 + 4,000 + 1,000 + 1,500 = 14,500;
 *     conversion 40 orders ÷ 1,500 visitors; March's target 30,000 from the target sheet, achievement
 *     14,500 ÷ 30,000; and the report sheet's grand totals (Report_Total_GMV …) over all seven rows;
 *   - the warehouse scorecard of test/builders/scorecard/scorecardPlan.test.ts: 0.35 × 106.667 +
 *     0.25 × 80 + 0.2 × 86.667 + 0.2 × 80 = 90.67, grade B.
 */
import {
  buildReportPlan,
  DASHBOARD_SHEET_KEY,
  detectReportColumns,
} from "../../src/builders/report";
import { buildScorecardPlan, builtInTemplate } from "../../src/builders/scorecard";
import { buildTargetsPlan } from "../../src/builders/targets/targetsPlan";
import { cellA1, parseRange } from "../../src/plan/a1";
import type { CellValue } from "../../src/plan/types";
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { FEB_2025, HEADER } from "../builders/report/reportFixtures";
import { FakeExcel } from "../support/excelMock";
import { fakeExcelToXlsx } from "../support/fakeExcelToXlsx";
import {
  describeWithLibreOffice,
  formulaResults,
  recalculateXlsx,
  writeTempXlsx,
  type CachedResult,
} from "../support/libreoffice";

const LIBREOFFICE_TIMEOUT_MS = 300_000;
/** 2025-03-01 and the report date 2025-03-12 as Excel serials (2025-02-01 = 45689). */
const MAR_1 = FEB_2025 + 28;
const D = MAR_1 + 11;

/** date, channel, category, uv, orders, gmv, spend, refunds (test/builders/report/dashboard.test.ts). */
const ROWS: CellValue[][] = [
  [D, "天猫", "女装", 1000, 30, 6000, 1500, 300],
  [D, "京东", "男装", 500, 10, 2000, 500, 0],
  [D - 1, "天猫", "女装", 0, 0, 0, 50, 0],
  [D - 7, "天猫", "女装", 800, 16, 4000, 1000, 200],
  [D - 7, "京东", "女装", 200, 4, 1000, 0, 0],
  [MAR_1, "京东", "男装", 300, 6, 1500, 300, 0],
  [MAR_1 - 1, "天猫", "女装", 999, 99, 9999, 99, 9],
];

function targetsPlan() {
  return buildTargetsPlan({
    locale: "zh-CN",
    metric: "gmv",
    annualTarget: 780_000,
    fiscalYear: 2025,
    fiscalStartMonth: 1,
    events: [],
    seasonality: { method: "custom", custom: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
  }).plan;
}

/** The cells a workbook name covers, as "Sheet!A1" keys of formulaResults. */
function nameCells(fake: FakeExcel, name: string): string[] {
  const formula = fake.names.find((item) => item.name === name)!.formula;
  const match = /^='?(.*?)'?!(\S+)$/.exec(formula)!;
  const range = parseRange(match[2].replace(/\$/g, ""))!;
  const cells: string[] = [];
  for (let row = range.start.row; row <= range.end.row; row++)
    for (let column = range.start.column; column <= range.end.column; column++)
      cells.push(`${match[1]}!${cellA1({ row, column })}`);
  return cells;
}

async function recalculated(fake: FakeExcel): Promise<Map<string, CachedResult>> {
  const path = writeTempXlsx(await fakeExcelToXlsx(fake), "excel-path");
  return formulaResults(await recalculateXlsx(path));
}

describeWithLibreOffice("the Excel path, recalculated by LibreOffice", () => {
  test(
    "targets: the month targets are 10,000 × m and add up to 780,000",
    async () => {
      const fake = new FakeExcel(["Sheet1"]);
      await new ExcelWorkbook({ run: fake.run }).applyPlan(targetsPlan());
      const results = await recalculated(fake);
      const months = nameCells(fake, "Target_Months").map((cell) => results.get(cell));
      expect(months).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => 10_000 * m));
    },
    LIBREOFFICE_TIMEOUT_MS
  );

  test(
    "dashboard over a table: the day's and month's GMV, conversion, March's target",
    async () => {
      const fake = new FakeExcel(["Src"]);
      fake.seed("Src", "A1", [HEADER, ...ROWS] as (string | number)[][]);
      fake.seedTable("Src", "Sales", `A1:H${ROWS.length + 1}`);
      const workbook = new ExcelWorkbook({ run: fake.run });
      await workbook.applyPlan(targetsPlan());
      const report = buildReportPlan(
        { source: "Table Sales", header: HEADER, rows: ROWS },
        { kind: "table", table: "Sales" },
        {
          locale: "zh-CN",
          mapping: detectReportColumns(HEADER),
          by: [1],
          grain: "month",
          generatedAt: new Date(2025, 2, 13, 9, 0),
          dashboard: true,
        }
      ).plan;
      const { sheetNames } = await workbook.applyPlan(report);
      const dashboard = fake.sheet(sheetNames[DASHBOARD_SHEET_KEY]);
      // The formulas go through the table's columns, as the plan wrote them for Excel.
      const formulas = [...dashboard.cells.values()].map((cell) => String(cell.input));
      expect(formulas.some((input) => /SUMIFS\(Sales\[/.test(input))).toBe(true);

      const results = await recalculated(fake);
      const at = (label: string, header: string) => {
        const text = (row: number, column: number) => {
          const content = dashboard.contentAt(row, column);
          return content.kind === "text" ? content.text : undefined;
        };
        const row = Array.from({ length: 40 }, (_, r) => r).find((r) => text(r, 0) === label)!;
        const column = Array.from({ length: 20 }, (_, c) => c).find((c) => text(6, c) === header)!;
        return results.get(`${dashboard.name}!${cellA1({ row, column })}`);
      };
      expect(at("支付金额", "当日")).toBe(8000);
      expect(at("支付金额", "本月累计")).toBe(14_500);
      expect(at("支付转化率（订单数 ÷ 访客数）", "当日")).toBeCloseTo(40 / 1500, 12);
      expect(at("支付金额", "本月目标")).toBe(30_000);
      expect(at("支付金额", "目标完成率")).toBeCloseTo(14_500 / 30_000, 12);
      // The report sheet's grand totals over every row (February's included), by hand:
      // GMV 6,000 + 2,000 + 0 + 4,000 + 1,000 + 1,500 + 9,999 = 24,499; visitors 3,799; orders 165.
      const named = (name: string) => results.get(nameCells(fake, name)[0]);
      expect(named("Report_Total_GMV")).toBe(24_499);
      expect(named("Report_Total_UV")).toBe(3799);
      expect(named("Report_CR")).toBeCloseTo(165 / 3799, 12);
    },
    LIBREOFFICE_TIMEOUT_MS
  );

  test(
    "scorecard: the warehouse example totals 90.67, grade B",
    async () => {
      const fake = new FakeExcel(["Sheet1"]);
      const plan = buildScorecardPlan({
        locale: "en-US",
        template: builtInTemplate("warehouse"),
        employee: { name: "Huang Qiang", department: "Logistics", manager: "Wang Lei" },
        period: "2025 Q3",
        actuals: [
          { row: 2, employee: "", kpi: "pickup_48h", actual: 0.96 },
          { row: 3, employee: "", kpi: "Cost per parcel", actual: 7 },
          { row: 4, employee: "", kpi: "库存盘点准确率", actual: 0.99 },
          { row: 5, employee: "", kpi: "wrong_missed_shipments", actual: 0.002 },
        ],
      });
      await new ExcelWorkbook({ run: fake.run }).applyPlan(plan);
      const results = await recalculated(fake);
      expect(results.get(nameCells(fake, "Score_Total")[0])).toBe(90.67);
      expect(results.get(nameCells(fake, "Score_Grade")[0])).toBe("B");
    },
    LIBREOFFICE_TIMEOUT_MS
  );
});
