/**
 * Tables as builders receive them, from any host: a file the CLI or the playground read, or a table,
 * region or used range the panel read from Excel. The workbook port hands them out; builders read them.
 */
import type { CellValue } from "../core/cellValue";

/** Rows read from a table, a region or a used range: the first row is the header. */
export interface TableData {
  /** Where the data came from, for messages: "Table Sales", "Sheet1!A1:F200". */
  source: string;
  header: string[];
  /** Numbers, text, booleans; dates arrive as Excel serial numbers; blanks as null. */
  rows: CellValue[][];
  /** Where the rows live in the workbook, so a builder's formulas can point at them (header row included). */
  origin?: TableOrigin;
  /** 1-based line (file) or row (sheet) of each row, for messages; absent: consecutive from the header's. */
  rowNumbers?: number[];
  /** What the reader left out (title lines, a total row, skipped rows), so builders can say so. */
  notes?: ReadNotes;
}

/** What a reader left out of a table, to say so (CLI output, panel notes, the sheet). */
export interface ReadNotes {
  /** Lines above the header: report titles, date ranges, shop names. */
  titleLines: { line: number; text: string }[];
  /** The total row at the bottom of an export. */
  totalRow?: { line: number; text: string };
  /** Rows left out because their field count was wrong (only when the caller chose to skip them). */
  skippedLines: number[];
}

export type TableOrigin =
  { kind: "table"; table: string } | { kind: "range"; sheet: string; address: string };
