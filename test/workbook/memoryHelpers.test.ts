/**
 * The memory workbook's pure helpers: table references rewritten as A1, Excel's current region, table
 * column names, per-cell formatting, and the CustomFunctions stand-in.
 */
import { parseRange } from "../../src/plan/a1";
import type { SheetPlan } from "../../src/plan/types";
import { currentRegion } from "../../src/workbook/memory/currentRegion";
import {
  CUSTOM_FUNCTION_ERROR_CODES,
  ensureCustomFunctionsRuntime,
} from "../../src/workbook/memory/customFunctionsShim";
import {
  structuredReferencesToA1,
  type TableLocation,
} from "../../src/workbook/memory/structuredReferences";
import { SheetFormatting } from "../../src/workbook/memory/sheetMetadata";
import { tableColumnNames } from "../../src/workbook/memory/tableColumns";

/** Header on row 3 (B3:E3), data B4:E8 of sheet "Q1 Data". */
const SALES: TableLocation = {
  name: "Sales",
  sheet: "Q1 Data",
  range: parseRange("B3:E8")!,
  columns: ["Region", "GMV", "Orders", "#Units"],
};
const find = (name: string) => (name.toLowerCase() === "sales" ? SALES : undefined);
const a1 = (formula: string, at?: { sheet: string; row: number; column: number }) =>
  structuredReferencesToA1(formula, find, at);

describe("structured references → A1", () => {
  test("a column is its data body", () => {
    expect(a1("=SUM(Sales[GMV])")).toBe("=SUM('Q1 Data'!$C$4:$C$8)");
    expect(a1("=SUM(sales[gmv])")).toBe("=SUM('Q1 Data'!$C$4:$C$8)");
  });

  test("a column range, and the whole data body", () => {
    expect(a1("=SUM(Sales[[GMV]:[Orders]])")).toBe("=SUM('Q1 Data'!$C$4:$D$8)");
    expect(a1("=ROWS(Sales[])")).toBe("=ROWS('Q1 Data'!$B$4:$E$8)");
    expect(a1("=ROWS(Sales[#Data])")).toBe("=ROWS('Q1 Data'!$B$4:$E$8)");
  });

  test("special items: #All, #Headers, and combined with a column", () => {
    expect(a1("=ROWS(Sales[#All])")).toBe("=ROWS('Q1 Data'!$B$3:$E$8)");
    expect(a1("=Sales[#Headers]")).toBe("='Q1 Data'!$B$3:$E$3");
    expect(a1("=Sales[[#Headers],[GMV]]")).toBe("='Q1 Data'!$C$3");
    expect(a1("=Sales[[#Headers], [#Data], [Orders]]")).toBe("='Q1 Data'!$D$3:$D$8");
    expect(a1("=Sales[#Totals]")).toBe("=#REF!");
  });

  test("this row: the table's row of the formula, else #VALUE!", () => {
    expect(a1("=Sales[@GMV]*2", { sheet: "q1 data", row: 5, column: 6 })).toBe("='Q1 Data'!$C$6*2");
    expect(a1("=Sales[[#This Row],[Orders]]", { sheet: "Q1 Data", row: 3, column: 6 })).toBe(
      "='Q1 Data'!$D$4"
    );
    expect(a1("=Sales[@GMV]", { sheet: "Q1 Data", row: 2, column: 6 })).toBe("=#VALUE!");
    expect(a1("=Sales[@GMV]", { sheet: "Other", row: 5, column: 6 })).toBe("=#VALUE!");
  });

  test("escaped column names", () => {
    expect(a1("=SUM(Sales['#Units])")).toBe("=SUM('Q1 Data'!$E$4:$E$8)");
    expect(a1("=SUM(Sales[['#Units]])")).toBe("=SUM('Q1 Data'!$E$4:$E$8)");
  });

  test("string literals and quoted sheet names are left alone", () => {
    expect(a1('=IF(A1="Sales[GMV]",Sales[GMV],0)')).toBe(
      "=IF(A1=\"Sales[GMV]\",'Q1 Data'!$C$4:$C$8,0)"
    );
    expect(a1("='Sales[x]'!A1")).toBe("='Sales[x]'!A1");
    expect(a1("=SUM(B2:B9)")).toBe("=SUM(B2:B9)");
  });

  test("unknown tables and columns are refused", () => {
    expect(() => a1("=SUM(Nope[GMV])")).toThrow('refers to table "Nope"');
    expect(() => a1("=SUM(Sales[Refunds])")).toThrow('Table Sales has no column "Refunds"');
    expect(() => a1("=SUM(Sales[GMV)")).toThrow('"[" without its "]"');
  });
});

describe("current region", () => {
  /** Cells marked "#" are filled. */
  function grid(...lines: string[]) {
    const isFilled = (row: number, column: number) => lines[row]?.[column] === "#";
    return {
      isFilled,
      bounds: { rows: lines.length, columns: Math.max(...lines.map((l) => l.length)) },
    };
  }
  const region = (g: ReturnType<typeof grid>, a1: string) =>
    currentRegion(parseRange(a1)!, g.isFilled, g.bounds);

  test("the block around a cell, stopping at blank rows and columns", () => {
    const g = grid("##..", "##..", "....", "..##");
    expect(region(g, "A1")).toEqual(parseRange("A1:B2"));
    expect(region(g, "D4")).toEqual(parseRange("C4:D4"));
  });

  test("diagonal neighbours and ragged edges join", () => {
    const g = grid("#...", ".#..", "..##", "...#");
    expect(region(g, "A1")).toEqual(parseRange("A1:D4"));
  });

  test("a blank cell next to data belongs to its region; an isolated one stays alone", () => {
    const g = grid("##.", "...", "...");
    expect(region(g, "C2")).toEqual(parseRange("A1:C2"));
    expect(region(grid("#..", "...", "..."), "C3")).toEqual(parseRange("C3"));
  });
});

describe("table columns", () => {
  test("column names from a header row", () => {
    expect(tableColumnNames(["Qty", null, 2024, "qty", ""])).toEqual([
      "Qty",
      "Column2",
      "2024",
      "qty2",
      "Column5",
    ]);
  });
});

describe("CustomFunctions stand-in", () => {
  const scope = globalThis as { CustomFunctions?: unknown };

  test("keeps a runtime that is already there", () => {
    const existing = scope.CustomFunctions;
    ensureCustomFunctionsRuntime();
    expect(scope.CustomFunctions).toBe(existing);
  });

  test("defines Error, ErrorCode and associate when missing", () => {
    const existing = scope.CustomFunctions;
    try {
      delete scope.CustomFunctions;
      ensureCustomFunctionsRuntime();
      const runtime = scope.CustomFunctions as typeof CustomFunctions;
      const error = new runtime.Error(runtime.ErrorCode.invalidValue, "cost is negative");
      expect(error).toMatchObject({ code: "#VALUE!", message: "cost is negative" });
      // Excel shows no message with #DIV/0!: the stand-in refuses one instead of keeping it.
      expect(new runtime.Error(runtime.ErrorCode.divisionByZero)).toMatchObject({
        code: "#DIV/0!",
      });
      expect(() => new runtime.Error(runtime.ErrorCode.divisionByZero, "cost is 0")).toThrow();
      expect(runtime.ErrorCode).toEqual(CUSTOM_FUNCTION_ERROR_CODES);
      expect(() => runtime.associate("X", () => 1)).not.toThrow();
    } finally {
      scope.CustomFunctions = existing;
    }
  });
});

describe("sheet formatting", () => {
  const sheet: SheetPlan = {
    key: "k",
    name: "K",
    blocks: [{ anchor: "A1", rows: [[1]] }],
    formats: [
      { range: "A1:C3", style: "note", numberFormat: "percent", align: "left" },
      { range: "B2", style: "input", numberFormat: { code: "0.000" }, wrap: true },
    ],
    protection: { editableRanges: ["C3"] },
    conditionalFormats: [
      { range: "A1", rule: { type: "expression", formula: "={sheet:k}!A1>0", fill: "#FFC7CE" } },
    ],
  };
  const formatting = SheetFormatting.fromPlan(sheet, (formula) =>
    formula.replace("{sheet:k}", "'K (2)'")
  );

  test("later ranges override earlier ones property by property", () => {
    expect(formatting.cellFormat({ row: 0, column: 0 })).toEqual({
      style: "note",
      numberFormat: "0%",
      align: "left",
      input: false,
    });
    expect(formatting.cellFormat({ row: 1, column: 1 })).toEqual({
      style: "input",
      numberFormat: "0.000",
      align: "left",
      wrap: true,
      input: true,
    });
    expect(formatting.cellFormat({ row: 2, column: 2 }).input).toBe(true);
    expect(formatting.cellFormat({ row: 5, column: 5 })).toEqual({ input: false });
  });

  test("metadata is a copy without the cells, with sheet keys resolved", () => {
    expect(formatting.metadata).not.toHaveProperty("blocks");
    expect(formatting.metadata.conditionalFormats?.[0].rule).toMatchObject({
      formula: "='K (2)'!A1>0",
    });
    sheet.formats![0].style = "title";
    expect(formatting.cellFormat({ row: 0, column: 0 }).style).toBe("note");
  });
});
