/**
 * Cells as a file holds them → a table: the first non-empty row is the header, the columns are those
 * holding any value, blank rows are dropped and text is typed (typeCellText). CSV and xlsx share this
 * step so the same export reads the same way whichever format it was saved in.
 */
import type { RangeAddress } from "../plan/a1";
import type { CellValue } from "../plan/types";
import { dateToExcelSerial, excelDateText } from "./excelSerial";
import { typeCellText } from "./typeCellText";

/** A cell as read from the file: text still untyped, dates still dates. */
export type RawCell = string | number | boolean | Date | null;

export interface GridRow {
  /** 0-based row in the file or sheet, for the table's address. */
  row: number;
  /** Cells by 0-based column; holes are blanks. */
  cells: RawCell[];
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
  headerIssues: HeaderIssues;
  /** Where the table sits in the file, header row included (0-based). */
  range: RangeAddress;
}

/** The table in the grid; undefined when the grid holds no value at all. */
export function tableFromGrid(grid: GridRow[]): GridTable | undefined {
  const typedRows = grid
    .map(({ row, cells: raw }) => ({ row, raw, cells: Array.from(raw, (cell) => typeCell(cell)) }))
    .filter(({ cells }) => cells.some((cell) => cell !== null));
  if (typedRows.length === 0) return undefined;

  const [headerRow, ...dataRows] = typedRows;
  const { first, last } = usedColumns(typedRows.map(({ cells }) => cells));
  const columns = Array.from({ length: last - first + 1 }, (_, index) => first + index);

  const header = columns.map((column) => headerText(headerRow.raw[column] ?? null));
  const rows = dataRows.map(({ cells }) => columns.map((column) => cells[column] ?? null));
  const lastRow = dataRows.length > 0 ? dataRows[dataRows.length - 1].row : headerRow.row;
  return {
    header,
    rows,
    headerIssues: findHeaderIssues(header),
    range: { start: { row: headerRow.row, column: first }, end: { row: lastRow, column: last } },
  };
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

function typeCell(cell: RawCell | undefined): CellValue {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === "string") return typeCellText(cell);
  if (cell instanceof Date) return dateToExcelSerial(cell);
  return cell;
}

/** Header names are text: trimmed, numbers as written, dates as ISO dates (month columns "2025-01-01"). */
function headerText(cell: RawCell): string {
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
