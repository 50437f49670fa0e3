/** The Report form's values and the page's mapping → builder options → a report in the memory workbook. */
import {
  DASHBOARD_SHEET_KEY,
  REPORT_INPUT,
  REPORT_SHEET_KEY,
  ReportInputError,
} from "../../src/builders/report";
import { inputTable } from "../../src/builders/inputTables";
import { isLocalizedError } from "../../src/core/localizedError";
import {
  defaultReportForm,
  detectReportMapping,
  prepareReport,
  reportMapping,
  reportMeanings,
} from "../../src/taskpane/pages/reportFormModel";
import { MemoryWorkbook } from "../../src/workbook/memory/MemoryWorkbook";
import { sheetFormulas, sheetValues } from "../support/memorySheet";
import type { TableData } from "../../src/workbook/port";

/** 45658 = 2025-01-01, 45689 = 2025-02-01. GMV: January 100 + 200 = 300, February 400; total 700. */
const ORDERS: TableData = {
  source: "Table Orders",
  header: ["Day", "Shop", "Sales", "Spend"],
  rows: [
    [45658, "Tmall", 100, 10],
    [45659, "JD", 200, 20],
    [45689, "Tmall", 400, 40],
  ],
};
const MAPPING = { date: 0, channel: 1, gmv: 2, spend: 3, orders: null, uv: null };

test("the page maps the report's own fields, in the panel's language; the channel is the default breakdown", () => {
  // The columns the module receives (undefined where none: toEqual leaves those out).
  expect(inputTable(REPORT_INPUT, ORDERS, "en-US", reportMapping(MAPPING)).columns).toEqual({
    date: 0,
    channel: 1,
    gmv: 2,
    spend: 3,
  });
  expect(defaultReportForm(MAPPING)).toEqual({
    grain: "month",
    by: [1, null],
    snapshot: false,
    dashboard: false,
    from: "",
    to: "",
  });
  // A 生意参谋-style export: every header is one of the synonyms.
  expect(
    detectReportMapping(["统计日期", "店铺", "访客数", "支付订单数", "支付金额", "推广费"])
  ).toMatchObject({ date: 0, store: 1, uv: 2, orders: 3, gmv: 4, spend: 5, channel: null });
  const zh = reportMeanings("zh-CN");
  expect(zh.find((m) => m.id === "uv")?.label).toContain("访客");
  expect(reportMeanings("en-US").map((m) => m.id)).toEqual(zh.map((m) => m.id));
  expect(zh).toHaveLength(12);
});

test.each([false, true])(
  "built into a workbook (snapshot %s): Report_Total_GMV is the hand sum 700",
  async (snapshot) => {
    const prepared = prepareReport(
      { ...defaultReportForm(MAPPING), snapshot },
      { data: ORDERS, mapping: MAPPING },
      "en-US"
    );
    expect(prepared.sheetKey).toBe(REPORT_SHEET_KEY);
    expect(prepared.notes).toEqual(["Counted 3 of 3 rows."]);
    const workbook = new MemoryWorkbook();
    try {
      await workbook.applyPlan(prepared.plan);
      const name = workbook.definedNames().find((n) => n.name === "Report_Total_GMV")!;
      // ref is "'Sheet name'!$C$12": the sheet unquoted, the cell without $.
      const [sheetPart, cell] = name.ref.split("!");
      const sheet = sheetPart.replace(/^'|'$/g, "").replace(/''/g, "'");
      const a1 = cell.replace(/\$/g, "");
      expect(workbook.getValue(sheet, a1)).toBe(700);
    } finally {
      workbook.dispose();
    }
  }
);

test("live formulas say how many source rows they read; values-only (ticked or chosen) says none", () => {
  const source = { data: ORDERS, mapping: MAPPING };
  const live = prepareReport(defaultReportForm(MAPPING), source, "en-US");
  expect(live.liveSourceRows).toBe(3);
  const chosen = prepareReport(defaultReportForm(MAPPING), source, "en-US", {
    skipInvalid: false,
    valuesOnly: true,
  });
  const ticked = prepareReport({ ...defaultReportForm(MAPPING), snapshot: true }, source, "en-US");
  for (const prepared of [chosen, ticked]) {
    expect(prepared.liveSourceRows).toBeUndefined();
    const cells = prepared.plan.sheets.flatMap((sheet) =>
      sheet.blocks.flatMap((b) => b.rows.flat())
    );
    // No formula reads the orders: a snapshot's cells are values (its few in-sheet formulas aside).
    const formulas = cells.filter(
      (cell) => typeof cell === "object" && cell !== null && "formula" in cell
    );
    expect(
      formulas.some((cell) => /Orders|SUMIFS/i.test((cell as { formula: string }).formula))
    ).toBe(false);
  }
});

test("without a sales column the builder's own message says which column is missing", () => {
  expect(() =>
    prepareReport(
      defaultReportForm(MAPPING),
      { data: ORDERS, mapping: { ...MAPPING, gmv: null } },
      "zh-CN"
    )
  ).toThrow(ReportInputError);
});

/** The sheet and A1 cell a workbook-level name points at ("'Report'!$C$12" → Report, C12). */
function nameCell(workbook: MemoryWorkbook, name: string): [string, string] {
  const ref = workbook.definedNames().find((n) => n.name === name)!.ref;
  const [sheetPart, cell] = ref.split("!");
  return [sheetPart.replace(/^'|'$/g, "").replace(/''/g, "'"), cell.replace(/\$/g, "")];
}

/** ORDERS on a sheet "Orders" at A1:D4, optionally as the Excel table "OrderLines". */
function ordersWorkbook(asTable: boolean): MemoryWorkbook {
  const workbook = new MemoryWorkbook();
  workbook.addSheetFromRows("Orders", [ORDERS.header, ...ORDERS.rows]);
  if (asTable) workbook.addTable("Orders", "OrderLines", "A1:D4");
  return workbook;
}

test.each([
  ["an Excel table", true, "OrderLines[Sales]"],
  ["a sheet's used range", false, "'Orders'!$C$2:$C$4"],
])(
  "read from %s, the live report points at the rows themselves: a changed amount flows into the total",
  async (_, asTable, reference) => {
    const workbook = ordersWorkbook(asTable);
    try {
      const data = asTable
        ? await workbook.readTable("OrderLines")
        : await workbook.readUsedRange("Orders");
      const prepared = prepareReport(
        defaultReportForm(MAPPING),
        { data, mapping: MAPPING },
        "en-US"
      );
      // Serial dates and numbers: formulas read the source itself, no copy to warn about.
      expect(prepared.notes).toEqual(["Counted 3 of 3 rows."]);
      const result = await workbook.applyPlan(prepared.plan);
      const sheet = result.sheetNames[REPORT_SHEET_KEY];
      expect(sheetFormulas(workbook, sheet).some((f) => f.includes(reference))).toBe(true);
      // No data sheet was added: the formulas read the source.
      expect(workbook.visibleSheets()).toEqual(["Orders", sheet]);
      const [totalSheet, totalCell] = nameCell(workbook, "Report_Total_GMV");
      expect(workbook.getValue(totalSheet, totalCell)).toBe(700);
      // January's Tmall 100 becomes 150: 150 + 200 + 400.
      workbook.setCellValue("Orders", "C2", 150);
      expect(workbook.getValue(totalSheet, totalCell)).toBe(750);
    } finally {
      workbook.dispose();
    }
  }
);

test("building again updates the report in place and keeps the earlier one as a hidden sheet", async () => {
  const workbook = ordersWorkbook(true);
  try {
    const data = await workbook.readTable("OrderLines");
    const form = defaultReportForm(MAPPING);
    const first = await workbook.applyPlan(
      prepareReport(form, { data, mapping: MAPPING }, "zh-CN").plan,
      { locale: "zh-CN" }
    );
    const second = await workbook.applyPlan(
      prepareReport({ ...form, grain: "quarter" }, { data, mapping: MAPPING }, "zh-CN").plan,
      { locale: "zh-CN" }
    );
    const name = first.sheetNames[REPORT_SHEET_KEY];
    expect(second.sheetNames[REPORT_SHEET_KEY]).toBe(name);
    expect(first.previousVersions).toBeUndefined();
    expect(second.previousVersions).toEqual({ [REPORT_SHEET_KEY]: `${name}（第1版）` });
    expect(workbook.visibleSheets()).toEqual(["Orders", name]);
    expect(workbook.hiddenSheets()).toEqual([`${name}（第1版）`]);
  } finally {
    workbook.dispose();
  }
});

test("the dashboard option adds the daily dashboard, whose GMV for the latest day is that day's rows", async () => {
  const workbook = ordersWorkbook(true);
  try {
    const data = await workbook.readTable("OrderLines");
    const prepared = prepareReport(
      { ...defaultReportForm(MAPPING), dashboard: true },
      { data, mapping: MAPPING },
      "zh-CN"
    );
    const result = await workbook.applyPlan(prepared.plan, { locale: "zh-CN" });
    const dashboard = result.sheetNames[DASHBOARD_SHEET_KEY];
    expect(dashboard).toBe("核心指标看板");
    // The latest day in ORDERS is 2025-02-01 (45689): Tmall 400 is its only row, so 400 must show.
    const shown = sheetValues(workbook, dashboard).flat();
    expect(shown).toContain(45689);
    expect(shown).toContain(400);
    expect(shown.some((v) => typeof v === "object" && v !== null)).toBe(false); // no error cell
  } finally {
    workbook.dispose();
  }
});

test("From and To limit the report: February 2025 alone is Tmall's 400", async () => {
  const workbook = new MemoryWorkbook();
  try {
    const form = { ...defaultReportForm(MAPPING), from: "2025年2月", to: "2025-02" };
    const prepared = prepareReport(form, { data: ORDERS, mapping: MAPPING }, "en-US");
    await workbook.applyPlan(prepared.plan);
    const [sheet, cell] = nameCell(workbook, "Report_Total_GMV");
    expect(workbook.getValue(sheet, cell)).toBe(400);
  } finally {
    workbook.dispose();
  }
});

test.each([
  ["en-US", "From: “31/01/2025” is not a date"],
  ["zh-CN", "开始日期：“31/01/2025”不是日期"],
] as const)("an unreadable From is refused in %s, naming what was typed", (locale, message) => {
  const form = { ...defaultReportForm(MAPPING), from: " 31/01/2025 " };
  // The panel shows the error's messageIn(locale) (ReportForm's inputErrorMessage).
  const shown = ((): unknown => {
    try {
      prepareReport(form, { data: ORDERS, mapping: MAPPING }, locale);
      return "built";
    } catch (error) {
      return isLocalizedError(error) ? error.messageIn(locale) : error;
    }
  })();
  expect(shown).toBe(
    `${message}${locale === "en-US" ? ". Write it year first, e.g. 2025-01-01 or 2025-01." : "。请按年在前的格式书写，如 2025-01-01 或 2025-01。"}`
  );
});

test("text dates in a table: the report reads a cleaned copy, and the notes say rebuilding picks up new rows", async () => {
  const workbook = new MemoryWorkbook();
  try {
    const rows = ORDERS.rows.map(([date, ...rest]) => [
      date === 45689 ? "2025-02-01" : date === 45659 ? "2025/1/2" : "2025年1月1日",
      ...rest,
    ]);
    workbook.addSheetFromRows("Orders", [ORDERS.header, ...rows]);
    workbook.addTable("Orders", "OrderLines", "A1:D4");
    const data = await workbook.readTable("OrderLines");
    const prepared = prepareReport(defaultReportForm(MAPPING), { data, mapping: MAPPING }, "zh-CN");
    expect(prepared.notes).toContain(
      "数据源中有文本格式的日期或金额，因此报表读取工作表“报表数据”中整理后的副本：数据源新增的行需重新生成后才会计入。"
    );
    await workbook.applyPlan(prepared.plan);
    const [sheet, cell] = nameCell(workbook, "Report_Total_GMV");
    expect(workbook.getValue(sheet, cell)).toBe(700);
  } finally {
    workbook.dispose();
  }
});
