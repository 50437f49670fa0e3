/**
 * How report formulas name the source: structured references for an Excel table (appended rows flow
 * in), absolute ranges for a range or sheet, and the criteria text SUMIFS matches a member with.
 */
import { columnLetters, parseRange, quoteSheetName } from "../../plan/a1";

export type ReportSourceRef =
  /** An Excel table: formulas use Table[Column]. */
  | { kind: "table"; table: string; firstRowNumber?: number }
  /** A range on a sheet, header row included ("A1:H5001"): formulas use 'Sheet'!$C$2:$C$5001. */
  | { kind: "range"; sheet: string; address: string }
  /** A file (CLI) or anything else: the live report reads a normalised data sheet the plan adds. */
  | { kind: "file"; name: string };

/** The source's 0-based column → the reference a formula uses for its data cells. */
export type ColumnReference = (column: number) => string;

export function tableColumnReference(table: string, header: readonly string[]): ColumnReference {
  return (column) => structuredColumn(table, header[column]);
}

export function rangeColumnReference(sheet: string, address: string): ColumnReference {
  const range = parseRange(address);
  if (!range) throw new RangeError(`not a range: ${address}`);
  const firstRow = range.start.row + 2; // 1-based row below the header
  const lastRow = Math.max(range.end.row + 1, firstRow);
  const quoted = quoteSheetName(sheet);
  return (column) => {
    const letters = columnLetters(range.start.column + column);
    return `${quoted}!$${letters}$${firstRow}:$${letters}$${lastRow}`;
  };
}

/** 1-based sheet row of the first data row of a range (what issue messages call the rows). */
export function firstDataRowOfRange(address: string): number {
  const range = parseRange(address);
  if (!range) throw new RangeError(`not a range: ${address}`);
  return range.start.row + 2;
}

/** `Sales[GMV]`, or `Sales[[Total $ Amount]]` with ' before [ ] # ' when the name needs it. */
export function structuredColumn(table: string, name: string): string {
  if (/^[\p{L}\p{N}_]+$/u.test(name)) return `${table}[${name}]`;
  return `${table}[[${name.replace(/(['[\]#])/g, "'$1")}]]`;
}

/** Excel's limit on criteria text (SUMIFS gives #VALUE! for longer criteria). */
const MAX_CRITERIA_LENGTH = 255;

/**
 * SUMIFS criteria matching exactly the one member `label` (SUMIFS ignores case, as members do): "=" then
 * the text with wildcards escaped (~* ~? ~~); "=" alone matches blank cells. Undefined when no criteria
 * can say the text exactly, and the member must be matched by its key instead (buildReportPlan.ts):
 * - longer than criteria can be: a prefix and a wildcard would also match other members;
 * - starting with an operator (=, <, >): "==x" is Excel's way, but other engines refuse it, and "?x"
 *   would match any first character;
 * - holding TAB, LF or CR: a file's formula text loses a CR (XML reads it as LF), and criteria are no
 *   place to find out which engine keeps the others;
 * - holding an xlsx escape such as `_x0041_`: data cells escape it (xlsx/fileText.ts) but formula text
 *   cannot, and a reader may decode it there ("A").
 */
export function memberCriteria(label: string): string | undefined {
  if (label === "") return "=";
  if (/^[=<>]|[\t\n\r]|_x[0-9A-Fa-f]{4}_/.test(label)) return undefined;
  const text = label.replace(/[~*?]/g, "~$&");
  return text.length + 1 > MAX_CRITERIA_LENGTH ? undefined : `=${text}`;
}

/** A string literal in a formula: quotes doubled. */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
