/**
 * The operating report through the memory adapter (HyperFormula evaluates every live formula). Expected
 * figures come from plain loops over the fixture rows in this file, or from hand derivations in comments.
 */
import {
  buildReportPlan,
  checkMapping,
  detectReportColumns,
  ReportInputError,
  type ReportOptions,
  type ReportSourceRef,
} from "../../../src/builders/report";
import type { CellValue } from "../../../src/plan/types";
import type { TableData } from "../../../src/workbook/port";
import { FEB_2024, FEB_2025, HEADER, JAN_2024, JAN_2025, ROWS } from "./reportFixtures";
import { applyReport, errorCells } from "./reportTestSupport";

const TABLE: ReportSourceRef = { kind: "table", table: "Sales" };
const FIXED_TIME = new Date(2025, 2, 1, 9, 0);

function options(extra: Partial<ReportOptions> = {}): ReportOptions {
  return {
    locale: "zh-CN",
    mapping: detectReportColumns(HEADER),
    by: [1, 2],
    grain: "month",
    generatedAt: FIXED_TIME,
    ...extra,
  };
}

function table(rows: CellValue[][], header = HEADER): TableData {
  return { source: "Table Sales", header, rows };
}

/** The source as an Excel table named Sales on sheet Src, as the panel would find it. */
function withSalesTable(rows: CellValue[][], header = HEADER) {
  return (memory: import("../../../src/workbook/memory/MemoryWorkbook").MemoryWorkbook) => {
    const sheet = memory.addSheetFromRows("Src", [header, ...rows]);
    memory.addTable(
      sheet,
      "Sales",
      `A1:${String.fromCharCode(64 + header.length)}${rows.length + 1}`
    );
  };
}

/** Σ of column `field` over rows matching `keep`: the independent oracle. */
function sum(rows: CellValue[][], field: number, keep: (row: CellValue[]) => boolean): number {
  return rows.filter(keep).reduce((total, row) => total + (row[field] as number), 0);
}

const inMonth = (start: number, end: number) => (row: CellValue[]) =>
  (row[0] as number) >= start && (row[0] as number) < end;
const UV = 3;
const ORDERS = 4;
const GMV = 5;
const SPEND = 6;
const MAR_2025 = FEB_2025 + 28;

describe("column detection", () => {
  test("finds every field from zh-CN platform headers", () => {
    expect(detectReportColumns(HEADER)).toMatchObject({
      date: 0,
      channel: 1,
      category: 2,
      uv: 3,
      orders: 4,
      gmv: 5,
      spend: 6,
      refunds: 7,
      store: null,
      pv: null,
      cost: null,
    });
  });

  test("finds fields from English headers and other synonyms", () => {
    const header = [
      "Date",
      "Platform",
      "Shop",
      "Visitors",
      "PV",
      "Orders",
      "Sales",
      "Ad spend",
      "Refund amount",
      "COGS",
    ];
    expect(detectReportColumns(header)).toMatchObject({
      date: 0,
      channel: 1,
      store: 2,
      uv: 3,
      pv: 4,
      orders: 5,
      gmv: 6,
      spend: 7,
      refunds: 8,
      cost: 9,
    });
  });

  test("an exact header wins over one that merely contains a keyword, and refunds are never GMV", () => {
    // "UV价值" contains "uv" but 访客数 is the visitors column; 退款金额 must not be read as an amount of sales.
    const header = ["日期", "UV价值", "退款金额", "访客数", "销售额", "花费"];
    expect(detectReportColumns(header)).toMatchObject({ uv: 3, refunds: 2, gmv: 4, spend: 5 });
  });

  test("missing date and GMV are named in the error, in either language", () => {
    const header = ["渠道", "访客数"];
    const mapping = detectReportColumns(header);
    const build = () =>
      buildReportPlan(table([["天猫", 1]], header), TABLE, options({ mapping, by: [0] }));
    expect(build).toThrow(ReportInputError);
    const error = (() => {
      try {
        build();
      } catch (caught) {
        return caught as ReportInputError;
      }
      throw new Error("no error");
    })();
    expect(error.messageIn("en-US")).toMatch(/no column for Date, GMV/);
    expect(error.messageIn("zh-CN")).toMatch(/缺少日期、支付金额列/);
  });

  test("a duplicated header is an error when a mapped column sits on it, a warning otherwise", () => {
    const header = ["日期", "支付金额", "支付金额", "备注", "备注"];
    const mapping = detectReportColumns(header);
    expect(checkMapping(header, mapping).errors).toEqual([
      { kind: "ambiguousHeader", field: "gmv", name: "支付金额", columns: [1, 2] },
    ]);
    expect(() =>
      buildReportPlan(
        table([[JAN_2024, 1, 2, "", ""]], header),
        TABLE,
        options({ mapping, by: [] })
      )
    ).toThrow(/The header “支付金额” is used by columns 2, 3/);
    const fine = ["日期", "支付金额", "备注", "备注"];
    const result = buildReportPlan(
      table([[JAN_2024, 1, "a", "b"]], fine),
      TABLE,
      options({ mapping: detectReportColumns(fine), by: [] })
    );
    expect(result.warnings).toEqual([{ name: "备注", columns: [2, 3] }]);
  });
});

describe("live monthly report by channel and category over an Excel table", () => {
  let report: Awaited<ReturnType<typeof applyReport>>;
  beforeAll(async () => {
    const { plan } = buildReportPlan(table(ROWS), TABLE, options());
    report = await applyReport(plan, withSalesTable(ROWS));
  });

  test("no cell is an Excel error (zero denominators are empty)", () => {
    expect(errorCells(report.grid)).toEqual([]);
  });

  test("member, subtotal and grand-total sums equal plain loops over the rows", () => {
    const feb25 = inMonth(FEB_2025, MAR_2025);
    const tmallWomen = (row: CellValue[]) => row[1] === "天猫" && row[2] === "女装";
    expect(report.value("支付金额", ["天猫", "女装"], "2025年2月")).toBe(
      sum(ROWS, GMV, (row) => feb25(row) && tmallWomen(row))
    );
    expect(report.value("支付金额", ["京东", "小计"], "2025年2月")).toBe(
      sum(ROWS, GMV, (row) => feb25(row) && row[1] === "京东")
    );
    expect(report.value("访客数", ["合计"], "2024年1月")).toBe(
      sum(ROWS, UV, inMonth(JAN_2024, FEB_2024))
    );
    // The Total column spans Jan 2024 – Feb 2025, i.e. every fixture row.
    expect(report.value("支付金额", ["合计"], "合计")).toBe(sum(ROWS, GMV, () => true));
  });

  test("conversion is a ratio of sums, not an average of daily ratios", () => {
    // 天猫/女装 in Feb 2025: rows of Feb 1 (10 orders / 100 UV = 10%) and Feb 2 (9 / 900 = 1%).
    // Ratio of sums: (10 + 9) / (100 + 900) = 1.9%; the average of the two days would be 5.5%.
    expect(
      report.value("支付转化率（订单数 ÷ 访客数）", ["天猫", "女装"], "2025年2月")
    ).toBeCloseTo(0.019, 12);
    const allOrders = sum(ROWS, ORDERS, () => true);
    const allUv = sum(ROWS, UV, () => true);
    expect(report.value("支付转化率（订单数 ÷ 访客数）", ["合计"], "合计")).toBeCloseTo(
      allOrders / allUv,
      12
    );
  });

  test("a zero denominator leaves the ratio cell empty", () => {
    // 京东/男装 in Feb 2025: one row with 0 UV and 0 orders; in Mar 2024 nothing at all.
    expect(report.value("客单价（支付金额 ÷ 订单数）", ["京东", "男装"], "2025年2月")).toBe("");
    expect(report.value("支付转化率（订单数 ÷ 访客数）", ["合计"], "2024年3月")).toBe("");
  });

  test("period over period and year over year: % change when the data covers both periods, else empty", () => {
    const gmvIn = (start: number, end: number) => sum(ROWS, GMV, inMonth(start, end));
    // Data covers 2024-01-05 .. 2025-02-28 (first and last fixture dates).
    // MoM Feb 2025 vs Jan 2025, both whole inside the data.
    expect(report.value("支付金额", ["合计"], "2025年2月", 1)).toBeCloseTo(
      gmvIn(FEB_2025, MAR_2025) / gmvIn(JAN_2025, FEB_2025) - 1,
      12
    );
    // YoY Feb 2025 vs Feb 2024: 2500 / 1300 − 1.
    expect(report.value("支付金额", ["合计"], "2025年2月", 2)).toBeCloseTo(2500 / 1300 - 1, 12);
    // YoY Jan 2025 vs Jan 2024: the data starts on Jan 5 2024, so Jan 2024 is not covered whole.
    expect(report.value("支付金额", ["合计"], "2025年1月", 2)).toBe("");
    // MoM Jan 2024 vs Dec 2023: no data.
    expect(report.value("支付金额", ["合计"], "2024年1月", 1)).toBe("");
    // MoM of a ratio: CR Feb 2025 (22 orders / 1,300 UV) vs Jan 2025 (42 / 2,100); Jan 2024 → Feb 2024
    // is empty because January 2024 is not covered whole.
    expect(report.value("支付转化率（订单数 ÷ 访客数）", ["合计"], "2025年2月", 1)).toBeCloseTo(
      22 / 1300 / (42 / 2100) - 1,
      12
    );
    expect(report.value("支付转化率（订单数 ÷ 访客数）", ["合计"], "2024年2月", 1)).toBe("");
  });

  test("shares of the grand total", () => {
    const all = sum(ROWS, GMV, () => true);
    expect(report.value("支付金额", ["天猫", "小计"], "占比")).toBeCloseTo(
      sum(ROWS, GMV, (row) => row[1] === "天猫") / all,
      12
    );
  });

  test("defined names hold the grand totals over the whole report", () => {
    expect(report.nameValue("Report_Total_UV")).toBe(sum(ROWS, UV, () => true));
    expect(report.nameValue("Report_Total_Orders")).toBe(sum(ROWS, ORDERS, () => true));
    expect(report.nameValue("Report_Total_GMV")).toBe(sum(ROWS, GMV, () => true));
    expect(report.nameValue("Report_Total_Spend")).toBe(sum(ROWS, SPEND, () => true));
    expect(report.nameValue("Report_CR")).toBeCloseTo(
      sum(ROWS, ORDERS, () => true) / sum(ROWS, UV, () => true),
      12
    );
  });

  test("formulas are native SUMIFS over the table's structured references", () => {
    const formula = report.memory.getFormula(report.sheet, "D13");
    expect(formula).toMatch(
      /^=SUMIFS\(Sales\[访客数\],Sales\[统计日期\],">="&D\$9,Sales\[统计日期\],"<"&\(D\$10\+1\),Sales\[渠道\],"=天猫",Sales\[类目\],"=女装"\)$/
    );
  });
});

describe("values option", () => {
  test("the snapshot equals what the live formulas compute, cell for cell", async () => {
    const live = await applyReport(
      buildReportPlan(table(ROWS), TABLE, options()).plan,
      withSalesTable(ROWS)
    );
    const values = await applyReport(
      buildReportPlan(table(ROWS), TABLE, options({ values: true })).plan
    );
    expect(values.grid.length).toBe(live.grid.length);
    let numbers = 0;
    live.grid.forEach((row, r) => {
      if (r === 2) return; // the line saying "live" or "snapshot"
      row.forEach((cell, c) => {
        const other = values.grid[r][c];
        if (typeof cell === "number") {
          numbers++;
          expect(typeof other).toBe("number");
          expect(other as number).toBeCloseTo(cell, 9);
        } else
          expect([cell, other].map((v) => (v === "" ? null : v))).toEqual([
            cell === "" ? null : cell,
            cell === "" ? null : cell,
          ]);
      });
    });
    expect(numbers).toBeGreaterThan(500);
    expect(values.memory.getFormula(values.sheet, "D13")).toBeUndefined();
  });
});

describe("awkward sources", () => {
  test("text in number columns is counted when numeric, refused (row, column, text) when not", async () => {
    const rows: CellValue[][] = [
      [JAN_2024 + 1, "天猫", "女装", 100, 5, "1,234.50", 10, 0],
      [JAN_2024 + 2, "天猫", "女装", 100, 5, "-", 10, 0],
      [JAN_2024 + 3, "天猫", "女装", "n/a", 5, 300, 10, 0],
    ];
    // Strict by default: nothing is built, and the message names the cell.
    expect(() => buildReportPlan(table(rows), TABLE, options({ by: [1] }))).toThrow(
      "1 source rows have cells the rules cannot read, so nothing was written: line 4, column “访客数”: “n/a”."
    );
    const result = buildReportPlan(table(rows), TABLE, options({ by: [1], skipInvalid: true }));
    expect(result.usesDataSheet).toBe(true); // SUMIFS over numbers stored as text would miss them
    expect(result.issues).toEqual([
      {
        kind: "unreadableAmount",
        column: UV,
        header: "访客数",
        count: 1,
        rows: [4],
        texts: ["n/a"],
      },
    ]);
    const report = await applyReport(result.plan);
    // 1,234.50 + ("-" is no value) ; the "n/a" row is left out whole, its 300 GMV too.
    expect(report.value("支付金额", ["合计"], "2024年1月")).toBeCloseTo(1234.5, 9);
    expect(report.value("访客数", ["合计"], "2024年1月")).toBe(200);
    const notes = report.grid.map((row) => row[0]).filter((cell) => typeof cell === "string");
    expect(
      notes.some((line) => /“访客数”列有 1 行内容不是数字：第 4 行/.test(line as string))
    ).toBe(true);
    expect(notes).toContain(
      "有 1 行因单元格无法识别而未计入（见上方说明）；这些行中可识别的数值合计为：访客数 0；支付订单数 5；支付金额 300；推广费 10；退款金额 0。"
    );
    const notesRow = report.grid.findIndex((row) => row[0] === "说明") + 1;
    expect(report.grid[4][0]).toBe(
      `数据源有 1 行存在无法读取的单元格，详见第 ${notesRow} 行起的说明。`
    );
  });

  test("dates in mixed formats read the same as serials; unreadable dates are listed and left out", async () => {
    const dates: CellValue[] = [
      JAN_2024 + 4,
      "2024-01-10",
      "2024/1/15",
      "20240203",
      "2024年2月4日",
      "01/03/2024",
      null,
    ];
    const rows = dates.map((date, i) => [date, "天猫", "女装", 10, 1, 100 * (i + 1), 0, 0]);
    expect(() => buildReportPlan(table(rows), TABLE, options({ by: [] }))).toThrow(
      "line 7, column “统计日期”: “01/03/2024”; line 8, column “统计日期”: blank."
    );
    const result = buildReportPlan(table(rows), TABLE, options({ by: [], skipInvalid: true }));
    expect(result.issues).toEqual([
      {
        kind: "unreadableDate",
        column: 0,
        header: "统计日期",
        count: 1,
        rows: [7],
        texts: ["01/03/2024"],
      },
      { kind: "missingDate", column: 0, header: "统计日期", count: 1, rows: [8], texts: [""] },
    ]);
    const report = await applyReport(result.plan);
    // January: rows 1-3 → 100 + 200 + 300; February: rows 4-5 → 400 + 500. Rows 6 (day-first) and 7 are out.
    expect(report.value("支付金额", ["合计"], "2024年1月")).toBe(600);
    expect(report.value("支付金额", ["合计"], "2024年2月")).toBe(900);
  });

  test("an empty table and a header without a readable date are refused clearly", () => {
    expect(() => buildReportPlan(table([]), TABLE, options())).toThrow(
      "The source has no data rows."
    );
    const undated = table([["x", "天猫", "女装", 1, 1, 1, 1, 1]]);
    expect(() => buildReportPlan(undated, TABLE, options())).toThrow(
      "line 2, column “统计日期”: “x”"
    );
    expect(() => buildReportPlan(undated, TABLE, options({ skipInvalid: true }))).toThrow(
      "No row of the source has a readable date in column “统计日期”."
    );
  });

  test("a 1-row table gives one member whose totals are that row", async () => {
    const row: CellValue[] = [FEB_2024 + 9, "天猫", "女装", 250, 5, 750, 300, 75];
    const report = await applyReport(
      buildReportPlan(table([row]), TABLE, options({ by: [1] })).plan,
      withSalesTable([row])
    );
    expect(errorCells(report.grid)).toEqual([]);
    expect(report.value("支付金额", ["天猫"], "2024年2月")).toBe(750);
    expect(report.nameValue("Report_CR")).toBeCloseTo(5 / 250, 12);
    // ROI = 750 / 300; refund rate = 75 / 750.
    expect(report.value("投产比 ROI（支付金额 ÷ 推广费）", ["合计"], "合计")).toBeCloseTo(2.5, 12);
    expect(report.value("退款率（退款金额 ÷ 支付金额）", ["合计"], "合计")).toBeCloseTo(0.1, 12);
    // One month of data: neither comparison is covered.
    expect(report.value("支付金额", ["天猫"], "2024年2月", 1)).toBe("");
    expect(report.value("支付金额", ["天猫"], "2024年2月", 2)).toBe("");
  });

  test("days across a leap day and a year change", async () => {
    // 2023-12-31 = 45291, 2024-01-01 = 45292, 2024-02-28 = 45350, 2024-02-29 = 45351, 2024-03-01 = 45352,
    // 2025-02-28 = 45716, 2025-03-01 = 45717.
    const days = [45291, 45292, 45350, 45351, 45352, 45716, 45717];
    const rows = days.map((serial, i) => [
      serial,
      "天猫",
      "女装",
      10 * (i + 1),
      1,
      100 * (i + 1),
      0,
      0,
    ]);
    const leap = await applyReport(
      buildReportPlan(
        table(rows),
        TABLE,
        options({ by: [], grain: "day", from: 45350, to: 45352, locale: "en-US" })
      ).plan,
      withSalesTable(rows)
    );
    expect(leap.grid[7].slice(1, 5)).toEqual([
      "2024-02-27",
      "2024-02-28",
      "2024-02-29",
      "2024-03-01",
    ]);
    expect(leap.value("GMV", ["Total"], "2024-02-29")).toBe(400);
    // Day over day for Feb 29 vs Feb 28: 400 / 300 − 1.
    expect(leap.value("GMV", ["Total"], "2024-02-29", 1)).toBeCloseTo(400 / 300 - 1, 12);

    const months = await applyReport(
      buildReportPlan(table(rows), TABLE, options({ by: [], grain: "month", locale: "en-US" }))
        .plan,
      withSalesTable(rows)
    );
    // February 2024 holds Feb 28 and the leap day: 300 + 400. Year over year Feb 2025 (600) vs Feb 2024.
    expect(months.value("GMV", ["Total"], "Feb 2024")).toBe(700);
    expect(months.value("GMV", ["Total"], "Feb 2025", 2)).toBeCloseTo(600 / 700 - 1, 12);
    // Months across the year change: Dec 2023 holds only its last day, so Jan 2024 has no MoM.
    expect(months.value("GMV", ["Total"], "Dec 2023")).toBe(100);
    expect(months.value("GMV", ["Total"], "Jan 2024", 1)).toBe("");
    // Days across it: Jan 1 2024 (200) vs Dec 31 2023 (100), both days covered: +100%.
    const newYear = await applyReport(
      buildReportPlan(
        table(rows),
        TABLE,
        options({ by: [], grain: "day", from: 45292, to: 45292, locale: "en-US" })
      ).plan,
      withSalesTable(rows)
    );
    expect(newYear.value("GMV", ["Total"], "2024-01-01", 1)).toBeCloseTo(1, 12);

    const weeks = await applyReport(
      buildReportPlan(
        table(rows),
        TABLE,
        options({ by: [], grain: "week", from: 45291, to: 45292, locale: "en-US" })
      ).plan,
      withSalesTable(rows)
    );
    // ISO weeks: Sunday 2023-12-31 ends 2023-W52; Monday 2024-01-01 starts 2024-W01.
    expect(weeks.value("GMV", ["Total"], "W52 2023")).toBe(100);
    expect(weeks.value("GMV", ["Total"], "W01 2024")).toBe(200);
  });

  test("a range source uses absolute sheet ranges and gives the same totals", async () => {
    const source: ReportSourceRef = {
      kind: "range",
      sheet: "Src",
      address: `A1:H${ROWS.length + 1}`,
    };
    const result = buildReportPlan(table(ROWS), source, options({ by: [1] }));
    const report = await applyReport(result.plan, (memory) =>
      memory.addSheetFromRows("Src", [HEADER, ...ROWS])
    );
    expect(report.memory.getFormula(report.sheet, "C13")).toContain("'Src'!$A$2:$A$13");
    expect(report.nameValue("Report_Total_GMV")).toBe(sum(ROWS, GMV, () => true));
    expect(report.value("支付金额", ["京东"], "合计")).toBe(
      sum(ROWS, GMV, (row) => row[1] === "京东")
    );
  });

  test("a file source reads a normalised data sheet (a table, dates as serials)", async () => {
    const rows = ROWS.map((row) => [dateText(row[0] as number), ...row.slice(1)]);
    const result = buildReportPlan(
      table(rows),
      { kind: "file", name: "shop.csv" },
      options({ by: [1, 2] })
    );
    expect(result.plan.sheets.map((sheet) => sheet.key)).toEqual(["report", "reportData"]);
    const report = await applyReport(result.plan);
    expect(report.nameValue("Report_Total_GMV")).toBe(sum(ROWS, GMV, () => true));
    expect(report.memory.getFormula(report.sheet, "D13")).toContain(
      "ReportData[支付金额]".replace("支付金额", "访客数")
    );
  });

  test("members differing only in case are one member, as SUMIFS sees them", async () => {
    const header = ["Date", "Channel", "GMV"];
    const rows: CellValue[][] = [
      [JAN_2024, "Tmall", 1],
      [JAN_2024, "TMALL", 2],
      [JAN_2024, "a*b", 4],
      [JAN_2024, "axb", 8],
      [JAN_2024, null, 16],
    ];
    const result = buildReportPlan(
      table(rows, header),
      TABLE,
      options({ mapping: detectReportColumns(header), by: [1], locale: "en-US" })
    );
    const report = await applyReport(result.plan, withSalesTable(rows, header));
    expect(report.value("GMV", ["Tmall"], "Jan 2024")).toBe(3);
    expect(report.value("GMV", ["a*b"], "Jan 2024")).toBe(4); // the wildcard is escaped
    expect(report.value("GMV", ["(blank)"], "Jan 2024")).toBe(16);
    expect(report.value("GMV", ["Total"], "Jan 2024")).toBe(31);
  });
});

describe("plan details", () => {
  test("change cells are red up / green down, shares have data bars, rebuild replaces the sheet", () => {
    const { plan } = buildReportPlan(table(ROWS), TABLE, options({ rebuild: true }));
    const sheet = plan.sheets[0];
    expect(sheet.replaces).toBe("经营报表");
    const rules = sheet.conditionalFormats!.map((format) => format.rule);
    expect(rules).toContainEqual({
      type: "cellValue",
      operator: "greaterThan",
      formula1: "0",
      fontColor: "#C00000",
    });
    expect(rules).toContainEqual({
      type: "cellValue",
      operator: "lessThan",
      formula1: "0",
      fontColor: "#00875A",
    });
    expect(rules.some((rule) => rule.type === "dataBar")).toBe(true);
    expect(sheet.charts?.[0]).toMatchObject({ type: "combo" });
    expect(sheet.freeze).toEqual({ rows: 10, columns: 2 });
    const english = buildReportPlan(table(ROWS), TABLE, options({ locale: "en-US" })).plan
      .sheets[0];
    expect(english.name).toBe("Operating report");
    expect(english.conditionalFormats).toEqual(sheet.conditionalFormats);
  });
});

function dateText(serial: number): string {
  const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return date.toISOString().slice(0, 10);
}
