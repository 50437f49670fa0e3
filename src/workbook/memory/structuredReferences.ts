/**
 * Excel table references (`ChannelData[GMV]`, `T[#All]`, `T[[Col1]:[Col2]]`, `T[@Col]`), which the
 * engine does not know, rewritten as absolute A1 ranges on the table's sheet before a formula reaches
 * it; finding them in a formula is plan-level (src/plan/structuredReferences.ts). The workbook keeps the
 * original text for getFormula(). Tables are fixed in size here: a reference is resolved once, when the
 * formula is written.
 */
import {
  absoluteRangeA1,
  quoteSheetName,
  type CellAddress,
  type RangeAddress,
} from "../../plan/a1";
import { closingBracket, rewriteStructuredReferences } from "../../plan/structuredReferences";

/** The cell a formula is in: `[@Col]` means "this row" of the table, so it needs to know where it is. */
export interface FormulaPosition extends CellAddress {
  sheet: string;
}

export interface TableLocation {
  name: string;
  sheet: string;
  /** Header row and data rows (a totals row, when shown, is the row below). */
  range: RangeAddress;
  /** Column names: the header cells' text. */
  columns: string[];
  showTotals?: boolean;
}

type RowPart = "#all" | "#data" | "#headers" | "#totals" | "#this row";
const ROW_PARTS: readonly string[] = ["#all", "#data", "#headers", "#totals", "#this row"];

interface ParsedSpecifier {
  rows: Set<RowPart>;
  /** Column names as written, unescaped; empty means every column. */
  columns: string[];
}

/** Splits at top-level commas: "[#Headers],[A]:[B]" → ["[#Headers]", "[A]:[B]"]. */
function topLevelItems(specifier: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < specifier.length; i++) {
    const ch = specifier[i];
    if (ch === "'") i++;
    else if (ch === "[") depth++;
    else if (ch === "]") depth--;
    else if (ch === "," && depth === 0) {
      items.push(specifier.slice(start, i));
      start = i + 1;
    }
  }
  items.push(specifier.slice(start));
  return items.map((item) => item.trim());
}

const unescapeName = (text: string) => text.replace(/'(.)/g, "$1");

/** "[Name]" → "Name" (unescaped); a bare name (the one-item short form) is taken as it is. */
function bracketContent(text: string): string {
  const trimmed = text.trim();
  return unescapeName(
    trimmed.startsWith("[") && trimmed.endsWith("]") ? trimmed.slice(1, -1) : trimmed
  );
}

function parseSpecifier(specifier: string): ParsedSpecifier {
  const parsed: ParsedSpecifier = { rows: new Set(), columns: [] };
  const simple = !specifier.includes("[");
  const items = simple ? [specifier.trim()] : topLevelItems(specifier);
  for (let item of items) {
    if (item === "") continue;
    if (item.startsWith("@")) {
      parsed.rows.add("#this row");
      item = item.slice(1).trim();
      if (item === "") continue;
    }
    const parts = simple ? [item] : splitColumnRange(item);
    const first = bracketContent(parts[0]);
    if (parts.length === 1 && ROW_PARTS.includes(first.toLowerCase()))
      parsed.rows.add(first.toLowerCase() as RowPart);
    else parsed.columns.push(...parts.map(bracketContent));
  }
  return parsed;
}

/** "[A]:[B]" → ["[A]", "[B]"]; "[A]" → ["[A]"]. */
function splitColumnRange(item: string): string[] {
  if (!item.startsWith("[")) return [item];
  const end = closingBracket(item, 0);
  const rest = item.slice(end).trim();
  if (rest === "") return [item];
  if (!rest.startsWith(":")) throw new Error(`"${item}" is not a table column or column range.`);
  return [item.slice(0, end), rest.slice(1).trim()];
}

function columnIndexIn(table: TableLocation, name: string): number {
  const index = table.columns.findIndex((column) => column.toLowerCase() === name.toLowerCase());
  if (index < 0) throw new Error(`Table ${table.name} has no column "${name}".`);
  return index;
}

/** The rows a specifier covers, or undefined when it has none (e.g. #This Row outside the table). */
function selectedRows(
  table: TableLocation,
  rows: Set<RowPart>,
  formulaCell?: FormulaPosition
): { first: number; last: number } | undefined {
  const header = table.range.start.row;
  const lastData = table.range.end.row;
  const totals = lastData + 1;
  if (rows.has("#this row")) {
    const sameSheet =
      formulaCell !== undefined && formulaCell.sheet.toLowerCase() === table.sheet.toLowerCase();
    const row = formulaCell?.row ?? -1;
    return sameSheet && row > header && row <= lastData ? { first: row, last: row } : undefined;
  }
  if (rows.size === 0 || (rows.has("#data") && rows.size === 1))
    return { first: header + 1, last: lastData };
  if (rows.has("#all")) return { first: header, last: table.showTotals ? totals : lastData };
  if (rows.has("#totals") && !table.showTotals) return undefined;
  const first = rows.has("#headers") ? header : rows.has("#data") ? header + 1 : totals;
  const last = rows.has("#totals") ? totals : rows.has("#data") ? lastData : header;
  return { first, last };
}

/** The A1 text (`'Sheet'!$B$2:$B$4`) a reference stands for, or an error literal where Excel shows one. */
export function structuredReferenceA1(
  table: TableLocation,
  specifier: string,
  formulaCell?: FormulaPosition
): string {
  const parsed = parseSpecifier(specifier);
  const columns = parsed.columns.map((name) => columnIndexIn(table, name));
  const left = table.range.start.column + (columns.length > 0 ? Math.min(...columns) : 0);
  const right =
    columns.length > 0 ? table.range.start.column + Math.max(...columns) : table.range.end.column;
  const rows = selectedRows(table, parsed.rows, formulaCell);
  if (!rows) return parsed.rows.has("#this row") ? "#VALUE!" : "#REF!";
  const range = {
    start: { row: rows.first, column: left },
    end: { row: rows.last, column: right },
  };
  return `${quoteSheetName(table.sheet)}!${absoluteRangeA1(range)}`;
}

/**
 * Rewrites every table reference of `formula` as A1. Unknown tables and columns throw, as Excel refuses
 * such a formula. `formulaCell` resolves `[@Col]` (a row of the table on the same sheet).
 */
export function structuredReferencesToA1(
  formula: string,
  findTable: (name: string) => TableLocation | undefined,
  formulaCell?: FormulaPosition
): string {
  if (!formula.includes("[")) return formula; // the common case, kept cheap for large plans
  return rewriteStructuredReferences(formula, ({ table, specifier }) => {
    const location = findTable(table);
    if (!location)
      throw new Error(
        `Formula ${formula} refers to table "${table}", which the workbook does not have.`
      );
    return structuredReferenceA1(location, specifier, formulaCell);
  });
}
