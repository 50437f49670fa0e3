/**
 * Members a SUMIFS criterion cannot name exactly (over 255 characters, starting with = < >, holding TAB,
 * LF or CR) are matched by their key on the data sheet, so no member's live sum takes another member's
 * rows. Evaluated by HyperFormula (memory adapter); expected figures are plain loops over the rows below.
 * The same report recalculated by LibreOffice: test/cli/reportMemberNames.test.ts.
 */
import {
  buildReportPlan,
  detectReportColumns,
  type ReportOptions,
  type ReportSourceRef,
} from "../../../src/builders/report";
import { splitFormulaParts } from "../../../src/plan/formulaParts";
import { isFormulaCell, type CellValue, type WorkbookPlan } from "../../../src/plan/types";
import { FEB_2024 } from "./reportFixtures";
import {
  BLUE,
  CHANNEL,
  expectedMembers,
  GMV,
  HEADER,
  PREFIX,
  PRODUCT,
  PRODUCTS,
  RED,
  ROWS,
} from "./memberNameFixtures";
import { applyReport, errorCells } from "./reportTestSupport";

const TABLE: ReportSourceRef = { kind: "table", table: "Sales" };
function options(by: number[], extra: Partial<ReportOptions> = {}): ReportOptions {
  return {
    locale: "en-US",
    mapping: detectReportColumns(HEADER),
    by,
    grain: "month",
    generatedAt: new Date(2025, 2, 1, 9, 0),
    ...extra,
  };
}

function withSalesTable(rows: CellValue[][]) {
  return (memory: import("../../../src/workbook/memory/MemoryWorkbook").MemoryWorkbook) => {
    const sheet = memory.addSheetFromRows("Src", [HEADER, ...rows]);
    memory.addTable(sheet, "Sales", `A1:D${rows.length + 1}`);
  };
}

const inJanuary = (row: CellValue[]) => (row[0] as number) < FEB_2024;
const all = () => true;

/** Every string literal of every formula in the plan, without its quotes. */
function formulaLiterals(plan: WorkbookPlan): string[] {
  return plan.sheets.flatMap((sheet) =>
    sheet.blocks.flatMap((block) =>
      block.rows.flatMap((row) =>
        row.flatMap((cell) =>
          isFormulaCell(cell)
            ? splitFormulaParts(cell.formula)
                .filter((part) => !part.code && part.text.startsWith('"'))
                .map((part) => part.text.slice(1, -1).replace(/""/g, '"'))
            : []
        )
      )
    )
  );
}

describe("members no criterion can name exactly, over an Excel table", () => {
  const result = buildReportPlan(
    { source: "Table Sales", header: HEADER, rows: ROWS },
    TABLE,
    options([PRODUCT])
  );
  let report: Awaited<ReturnType<typeof applyReport>>;
  beforeAll(async () => {
    report = await applyReport(result.plan, withSalesTable(ROWS));
  });
  afterAll(() => report.memory.dispose());

  test("each member's January and whole-range sums equal plain loops over its rows", () => {
    expect(errorCells(report.grid)).toEqual([]);
    const january = expectedMembers(ROWS, inJanuary);
    const total = expectedMembers(ROWS, all);
    expect(total).toHaveLength(PRODUCTS.length - 2); // RED twice, Tea twice
    for (const { label, gmv } of january)
      expect([label, report.value("GMV", [label], "Jan 2024")]).toEqual([label, gmv]);
    for (const { label, gmv } of total)
      expect([label, report.value("GMV", [label], "Total")]).toEqual([label, gmv]);
    const grand = ROWS.reduce((sum, row) => sum + (row[GMV] as number), 0);
    expect(report.value("GMV", ["Total"], "Total")).toBe(grand);
    expect(report.nameValue("Report_Total_GMV")).toBe(grand);
  });

  test("two names sharing a 300-character prefix are not double counted", () => {
    // RED: rows 0 and 1 (both spellings), two months each; BLUE: row 2; PREFIX alone: row 3.
    expect(report.value("GMV", [RED], "Total")).toBe(1 + 2 + 4 + 8);
    expect(report.value("GMV", [BLUE], "Total")).toBe(16 + 32);
    expect(report.value("GMV", [PREFIX], "Total")).toBe(64 + 128);
  });

  test("the row label shows the whole name; the report reads the data sheet", () => {
    expect(result.usesDataSheet).toBe(true);
    expect(result.plan.sheets.map((sheet) => sheet.key)).toEqual(["report", "reportData"]);
    const labels = report.grid.map((row) => row[0]);
    expect(labels).toContain(RED);
    expect(labels).toContain(PREFIX);
  });

  test("no criterion is cut, stripped or widened: every literal is at most 255 characters, without a trailing wildcard", () => {
    const literals = formulaLiterals(result.plan);
    expect(literals.length).toBeGreaterThan(0);
    expect(literals.filter((text) => text.length > 255)).toEqual([]);
    expect(literals.filter((text) => /[\t\n\r]|^=[?<>=]|[^~]\*$/.test(text))).toEqual([]);
    // Short members keep matching their text (as today); the longest one that fits is one of them.
    expect(literals).toContain("=Tea");
    expect(literals).toContain("=" + "x".repeat(254));
    expect(literals).toContain("=~*~*");
  });
});

test("with two breakdown columns, subtotals and totals add the keyed members once", async () => {
  const result = buildReportPlan(
    { source: "Table Sales", header: HEADER, rows: ROWS },
    TABLE,
    options([CHANNEL, PRODUCT])
  );
  const report = await applyReport(result.plan, withSalesTable(ROWS));
  try {
    expect(errorCells(report.grid)).toEqual([]);
    for (const channel of ["Tmall", "JD"]) {
      const inChannel = (row: CellValue[]) => row[CHANNEL] === channel;
      for (const { label, gmv } of expectedMembers(ROWS, inChannel))
        expect([channel, label, report.value("GMV", [channel, label], "Total")]).toEqual([
          channel,
          label,
          gmv,
        ]);
      const channelSum = ROWS.filter(inChannel).reduce((s, row) => s + (row[GMV] as number), 0);
      expect(report.value("GMV", [channel, "Subtotal"], "Total")).toBe(channelSum);
    }
    expect(report.nameValue("Report_Total_GMV")).toBe(
      ROWS.reduce((s, row) => s + (row[GMV] as number), 0)
    );
  } finally {
    report.memory.dispose();
  }
});

test("a table whose members all fit a criterion keeps today's formulas over the table", async () => {
  const rows = ROWS.filter((row) => ["Tea", "TEA", "**", "ax"].includes(row[PRODUCT] as string));
  const result = buildReportPlan(
    { source: "Table Sales", header: HEADER, rows },
    TABLE,
    options([PRODUCT])
  );
  expect(result.usesDataSheet).toBe(false);
  const report = await applyReport(result.plan, withSalesTable(rows));
  try {
    for (const { label, gmv } of expectedMembers(rows, all))
      expect([label, report.value("GMV", [label], "Total")]).toEqual([label, gmv]);
    const formula = (label: string) =>
      report.memory.getFormula(
        report.sheet,
        `B${report.grid.findIndex((row) => row[0] === label) + 1}`
      );
    expect(formula("Tea")).toContain('Sales[Product],"=Tea"');
  } finally {
    report.memory.dispose();
  }
});

test.each([
  ["en-US", "Product no."],
  ["zh-CN", "Product编号"],
] as const)(
  "the data sheet's key column (%s) numbers each member, one number for all its spellings",
  (locale, header) => {
    const { plan } = buildReportPlan(
      { source: "Table Sales", header: HEADER, rows: ROWS },
      TABLE,
      options([PRODUCT], { locale })
    );
    const data = plan.sheets.find((sheet) => sheet.key === "reportData")!.blocks[0].rows;
    const column = data[0].indexOf(header);
    expect(column).toBeGreaterThan(0);
    const numberOf = new Map<string, Set<unknown>>();
    ROWS.forEach((row, i) => {
      const name = ((row[PRODUCT] as string | null) ?? "").toLowerCase();
      numberOf.set(name, (numberOf.get(name) ?? new Set()).add(data[i + 1][column]));
    });
    // One number per member (ignoring case), a different one for each member.
    expect([...numberOf.values()].every((numbers) => numbers.size === 1)).toBe(true);
    const numbers = [...numberOf.values()].map((set) => [...set][0]);
    expect(new Set(numbers).size).toBe(numberOf.size);
    expect(numbers.every((n) => Number.isInteger(n))).toBe(true);
  }
);
