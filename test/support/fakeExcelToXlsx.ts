/**
 * Writes exactly what the Office.js fake received — every cell's input (values and formulas as given
 * to range.values/formulas), number formats, workbook names and tables — into an .xlsx, so an
 * independent engine (LibreOffice) can compute what Excel would from the same calls. Written here, not
 * with src/workbook/xlsx, so the Excel path is not checked with the code of another path.
 *
 * The only changes are the ones Excel itself makes when it saves a file (MS-XLSX / ECMA-376 formula
 * grammar): no leading "=", `_xlfn.` before functions added after Excel 2007, and `T[@Col]` spelled
 * `T[[#This Row],[Col]]`. Sheet-scoped names are refused rather than silently dropped (ExcelJS cannot
 * write them).
 */
import * as ExcelJS from "exceljs";
import { MAX_COLUMNS, rangeA1 } from "../../src/plan/a1";
import { FakeExcel, type FakeSheetState } from "./excelMock";

/**
 * Functions stored with `_xlfn.` in a file: the Excel 2010+ functions of Microsoft's "Issue: An _xlfn.
 * prefix is displayed in front of a formula" list that report and target formulas can use.
 */
const FUTURE_FUNCTIONS = [
  "STDEV.S",
  "STDEV.P",
  "VAR.S",
  "VAR.P",
  "NORM.S.INV",
  "NORM.INV",
  "NORM.S.DIST",
  "NORM.DIST",
  "PERCENTILE.INC",
  "PERCENTILE.EXC",
  "QUARTILE.INC",
  "QUARTILE.EXC",
  "RANK.EQ",
  "RANK.AVG",
  "MODE.SNGL",
  "AGGREGATE",
  "IFS",
  "SWITCH",
  "IFNA",
  "XOR",
  "MAXIFS",
  "MINIFS",
  "CONCAT",
  "TEXTJOIN",
  "DAYS",
  "ISOWEEKNUM",
  "CEILING.MATH",
  "FLOOR.MATH",
];
const FUTURE = new RegExp(
  `(?<![A-Za-z0-9_.])(${FUTURE_FUNCTIONS.map((f) => f.replace(/\./g, "\\.")).join("|")})\\(`,
  "gi"
);

/** A formula as range.formulas took it → as a file stores it. String literals are left alone. */
export function fileFormula(formula: string): string {
  const body = formula.replace(/^=/, "");
  return body
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(FUTURE, (_m, name: string) => `_xlfn.${name.toUpperCase()}(`)
            .replace(/\[@\[([^\]]+)\]\]/g, "[[#This Row],[$1]]")
            .replace(/\[@([^[\]]+)\]/g, "[[#This Row],[$1]]")
    )
    .join("");
}

type FileValue = ExcelJS.CellValue;

function fileValue(sheet: FakeSheetState, row: number, column: number): FileValue {
  const content = sheet.contentAt(row, column);
  switch (content.kind) {
    case "blank":
      return null;
    case "text":
      return content.text;
    case "number":
    case "boolean":
      return content.value;
    case "error":
      return { error: content.value as ExcelJS.CellErrorValue["error"] };
    case "formula":
      return { formula: fileFormula(content.formula) };
  }
}

export async function fakeExcelToXlsx(excel: FakeExcel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of excel.sheets) {
    if (sheet.names.length > 0)
      throw new Error(
        `Sheet "${sheet.name}" has sheet-scoped names, which this export cannot write.`
      );
    const worksheet = workbook.addWorksheet(sheet.name);
    if (sheet.visibility !== "Visible") worksheet.state = "hidden";
    for (const [key, cell] of sheet.cells) {
      const row = Math.floor(key / MAX_COLUMNS);
      const column = key % MAX_COLUMNS;
      const target = worksheet.getCell(row + 1, column + 1);
      target.value = fileValue(sheet, row, column);
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
    }
    for (const table of sheet.tables) {
      const { start, end } = table.area;
      const columns = Array.from({ length: end.column - start.column + 1 }, (_, c) => c);
      const header = columns.map((c) =>
        String(fileValue(sheet, start.row, start.column + c) ?? "")
      );
      const rows = Array.from({ length: end.row - start.row }, (_, r) =>
        columns.map((c) => fileValue(sheet, start.row + 1 + r, start.column + c))
      );
      // addTable writes the header and rows it is given: the fake's own cells, formulas included.
      worksheet.addTable({
        name: table.name,
        ref: rangeA1({ start, end: start }),
        headerRow: true,
        columns: header.map((name) => ({ name, filterButton: true })),
        rows,
      });
    }
  }
  for (const name of excel.names)
    workbook.definedNames.add(name.formula.replace(/^=/, ""), name.name);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

interface SheetSnapshot {
  name: string;
  cells: [number, FakeSheetState["cells"] extends Map<number, infer C> ? C : never][];
  names: FakeSheetState["names"];
  tables: FakeSheetState["tables"];
  visibility: FakeSheetState["visibility"];
}

/** A FakeExcel holding what FakeExcel.snapshot() recorded, e.g. of the fake host inside a browser page. */
export function fakeExcelFromSnapshot(snapshot: unknown): FakeExcel {
  const { sheets, names } = snapshot as { sheets: SheetSnapshot[]; names: FakeExcel["names"] };
  const excel = new FakeExcel([]);
  for (const sheet of sheets) {
    const state = excel.addSheetState(sheet.name);
    for (const [key, cell] of sheet.cells) state.cells.set(key, cell);
    state.names.push(...sheet.names);
    state.tables.push(...sheet.tables);
    state.visibility = sheet.visibility;
  }
  excel.names.push(...names);
  return excel;
}
