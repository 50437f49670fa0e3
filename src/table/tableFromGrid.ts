/**
 * Cells as a file holds them → a table. CSV, .xlsx and .xls share this step so the same export reads
 * the same way whichever format it was saved in:
 * - the header row is FOUND: platform exports put title and filter lines above it ("统计日期
 *   2025-11-01~2025-11-30", a shop name); those lines are left out and listed in `notes.titleLines`;
 * - a 合计/总计/Total row at the bottom is a total, not data: left out and named in `notes.totalRow`;
 * - delimited text: a data row with fewer fields than the header, or more fields holding values, is
 *   listed in `badFieldCounts` (the caller refuses the file or, when asked, leaves those rows out);
 * - the columns are those the header and data use; blank rows are dropped; text is typed by
 *   typeCellText; every row keeps its 1-based line (file line or sheet row) for messages.
 */
import type { CellValue } from "../core/cellValue";
import { dateToExcelSerial, excelDateText } from "../core/excelSerial";
import type { ReadNotes } from "./tableData";
import { typeCellText } from "./typeCellText";

/** 0-based cell positions of a rectangle (plan/a1's RangeAddress has this shape). */
export interface GridRange {
  start: { row: number; column: number };
  end: { row: number; column: number };
}

/** A cell as read from the file: text still untyped, dates still dates. */
export type RawCell = string | number | boolean | Date | null;

export interface GridRow {
  /** 0-based row in the file or sheet, for the table's address. */
  row: number;
  /** 1-based line the row starts on (a file's physical line; a sheet's row number). */
  line: number;
  /** Cells by 0-based column; holes are blanks. */
  cells: RawCell[];
  /** Delimited text only: the fields the line had (a workbook's rows have no field count). */
  fieldCount?: number;
}

/**
 * Header problems are reported, not repaired: renaming "金额" to "金额_2" would hide which column a
 * builder picked, and refusing the file would block exports whose unused columns have no name.
 * Callers that need a column decide (a builder fails only if a column it maps is blank or ambiguous).
 */
export interface HeaderIssues {
  /** 0-based table columns whose header is blank (they hold data, or they would not be columns). */
  blankColumns: number[];
  /** Header texts used more than once, with all their 0-based table columns. */
  duplicates: { name: string; columns: number[] }[];
}

export interface GridTable {
  header: string[];
  rows: CellValue[][];
  /** 1-based line of each row in `rows`. */
  rowNumbers: number[];
  headerIssues: HeaderIssues;
  /** Where the table sits in the file, header row included (0-based). */
  range: GridRange;
  notes: ReadNotes;
  /** Delimited text: data rows whose field count differs from the header's (extra blank fields aside). */
  badFieldCounts: { line: number; fields: number; expected: number }[];
}

/** Rows looked at for the header: titles and filters take a few lines, never dozens. */
const HEADER_SEARCH_ROWS = 30;
/** A header is about as wide as the table: title lines hold one or two cells. */
const HEADER_MIN_SHARE_OF_WIDEST = 0.6;
/** The first cell of a total row (trimmed, ignoring case and a trailing colon). */
const TOTAL_ROW_LABEL = /^(合计|总计|总合计|汇总|全部合计|total|totals|grand total|sum)[:：]?$/i;

export interface TypedRow {
  source: GridRow;
  cells: CellValue[];
  used: number;
}

/**
 * The table in the grid; undefined when the grid holds no value at all. `skipBadFieldCounts`: leave
 * rows with a wrong field count out (listed in notes.skippedLines) instead of only reporting them.
 */
export function tableFromGrid(
  grid: GridRow[],
  options: {
    skipBadFieldCounts?: boolean;
    /**
     * false for a workbook's own cells (the panel reading Excel): they are what formulas over them see,
     * so text stays text and the builders read it by the column's kind; a file's text is typed as a
     * spreadsheet's import would.
     */
    typeText?: boolean;
  } = {}
): GridTable | undefined {
  const typedRows: TypedRow[] = [];
  for (const source of grid) {
    const cells = Array.from(source.cells, (cell) =>
      options.typeText === false ? keepCell(cell) : typeCell(cell)
    );
    const used = cells.reduce<number>((count, cell) => (cell === null ? count : count + 1), 0);
    if (used > 0) typedRows.push({ source, cells, used });
  }
  if (typedRows.length === 0) return undefined;

  const headerIndex = findHeaderRow(typedRows);
  const headerRow = typedRows[headerIndex];
  const notes: ReadNotes = {
    titleLines: typedRows.slice(0, headerIndex).map(({ source, cells }) => ({
      line: source.line,
      text: cells.filter((cell) => cell !== null).join(" "),
    })),
    skippedLines: [],
  };
  let dataRows = typedRows.slice(headerIndex + 1);
  const last = dataRows[dataRows.length - 1];
  if (last && isTotalRow(last.cells)) {
    notes.totalRow = {
      line: last.source.line,
      text: last.cells.filter((cell) => cell !== null).join(" "),
    };
    dataRows = dataRows.slice(0, -1);
  }

  const badFieldCounts: GridTable["badFieldCounts"] = [];
  const expected = headerRow.source.fieldCount;
  if (expected !== undefined) {
    dataRows = dataRows.filter(({ source, cells }) => {
      if (!hasWrongFieldCount(source.fieldCount ?? expected, headerRow, cells)) return true;
      badFieldCounts.push({ line: source.line, fields: source.fieldCount!, expected });
      if (options.skipBadFieldCounts) notes.skippedLines.push(source.line);
      return options.skipBadFieldCounts !== true;
    });
  }

  const { first, last: lastColumn } = usedColumns([headerRow, ...dataRows].map((r) => r.cells));
  const columns = Array.from({ length: lastColumn - first + 1 }, (_, index) => first + index);
  const header = columns.map((column) => headerText(headerRow.source.cells[column] ?? null));
  const rows = dataRows.map(({ cells }) => columns.map((column) => cells[column] ?? null));
  const lastRow =
    dataRows.length > 0 ? dataRows[dataRows.length - 1].source.row : headerRow.source.row;
  return {
    header,
    rows,
    rowNumbers: dataRows.map(({ source }) => source.line),
    headerIssues: findHeaderIssues(header),
    range: {
      start: { row: headerRow.source.row, column: first },
      end: { row: lastRow, column: lastColumn },
    },
    notes,
    badFieldCounts,
  };
}

/**
 * The first of the leading rows that is about as wide as the table, holds only text (names; month
 * columns may be dates) and has rows below it; the first row when none is (a file that starts with its
 * header, or has none).
 */
export function findHeaderRow(rows: TypedRow[]): number {
  const candidates = rows.slice(0, HEADER_SEARCH_ROWS);
  const widest = Math.max(...candidates.map(({ used }) => used));
  const index = candidates.findIndex(({ cells, used, source }, i) => {
    if (i === rows.length - 1 || used < 2 || used < widest * HEADER_MIN_SHARE_OF_WIDEST)
      return false;
    return cells.every(
      (cell, column) =>
        cell === null || typeof cell === "string" || source.cells[column] instanceof Date
    );
  });
  return Math.max(0, index);
}

export function isTotalRow(cells: CellValue[]): boolean {
  const first = cells.find((cell) => cell !== null);
  return typeof first === "string" && TOTAL_ROW_LABEL.test(first.trim());
}

/**
 * Too few fields for the header's named columns, or values beyond the header's fields. Blank fields
 * past the end are padding (Excel writes them when some other line is wider), not a shift.
 */
export function hasWrongFieldCount(fields: number, header: TypedRow, cells: CellValue[]): boolean {
  const named = header.cells.reduce<number>(
    (last, cell, column) => (cell === null ? last : column + 1),
    0
  );
  if (fields < named) return true;
  return cells.slice(header.source.fieldCount).some((cell) => cell !== null);
}

export function findHeaderIssues(header: string[]): HeaderIssues {
  const columnsByName = new Map<string, number[]>();
  const blankColumns: number[] = [];
  header.forEach((name, column) => {
    if (name === "") blankColumns.push(column);
    else columnsByName.set(name, [...(columnsByName.get(name) ?? []), column]);
  });
  const duplicates = [...columnsByName]
    .filter(([, columns]) => columns.length > 1)
    .map(([name, columns]) => ({ name, columns }));
  return { blankColumns, duplicates };
}

export function hasHeaderIssues({ blankColumns, duplicates }: HeaderIssues): boolean {
  return blankColumns.length > 0 || duplicates.length > 0;
}

/** A workbook cell as it is: blank text is blank, nothing else changes. */
function keepCell(cell: RawCell | undefined): CellValue {
  if (cell === undefined || cell === null || cell === "") return null;
  if (cell instanceof Date) return dateToExcelSerial(cell);
  return cell;
}

export function typeCell(cell: RawCell | undefined): CellValue {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === "string") return typeCellText(cell);
  if (cell instanceof Date) return dateToExcelSerial(cell);
  return cell;
}

/** Header names are text: trimmed, numbers as written, dates as ISO dates (month columns "2025-01-01"). */
export function headerText(cell: RawCell): string {
  if (cell === null) return "";
  if (cell instanceof Date) return excelDateText(cell);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell).trim();
}

/** First and last column holding a value in any row: leading and trailing empty columns are not data. */
function usedColumns(rows: CellValue[][]): { first: number; last: number } {
  let first = Infinity;
  let last = -1;
  for (const cells of rows) {
    cells.forEach((cell, column) => {
      if (cell === null) return;
      first = Math.min(first, column);
      last = Math.max(last, column);
    });
  }
  return { first, last };
}
