/**
 * Rules Excel applies to what an add-in sends, as Microsoft documents them, for the Office.js fake
 * (excelMock.ts). Kept apart from src/ on purpose: the fake must not share the code it checks.
 */
import { MAX_COLUMNS, MAX_ROWS } from "../../src/plan/a1";

/**
 * A defined name or table name Excel accepts, by Microsoft's grammar (MS-XLSB 2.5.166 XLNameWideString;
 * support.microsoft.com "Names in formulas" and "Rename an Excel table"): 1–255 characters; first a letter,
 * "_" or "\\"; then letters, digits, "_", ".", "\\" or "?"; no spaces; not TRUE/FALSE; not an A1 cell
 * reference; not beginning with an R1C1 reference (R2, C3, R1C1, c12x); not R, C, r or c alone.
 */
export function isValidExcelNameText(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{Nd}_.\\?]*$/u.test(name)) return false;
  if (/^(?:true|false)$/i.test(name) || /^[rc]$/i.test(name)) return false;
  const a1 = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(name);
  if (a1 && columnNumber(a1[1]) <= MAX_COLUMNS && Number(a1[2]) >= 1 && Number(a1[2]) <= MAX_ROWS)
    return false;
  const r1c1 = /^(?:[Rr](\d+)(?:[Cc](\d+))?|[Cc](\d+)(?:[Rr](\d+))?)/.exec(name);
  if (r1c1) {
    const [row, column] = r1c1[1] !== undefined ? [r1c1[1], r1c1[2]] : [r1c1[4], r1c1[3]];
    const rowOk = row === undefined || (Number(row) >= 1 && Number(row) <= MAX_ROWS);
    const columnOk = column === undefined || (Number(column) >= 1 && Number(column) <= MAX_COLUMNS);
    if (rowOk && columnOk) return false;
  }
  return true;
}

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/**
 * Excel's built-in table styles (Excel.BuiltInTableStyle; the Table.style reference): TableStyleLight1–21,
 * TableStyleMedium1–28, TableStyleDark1–11. Any other name must be a custom style of the workbook.
 */
export const BUILT_IN_TABLE_STYLES = new Set(
  (
    [
      ["Light", 21],
      ["Medium", 28],
      ["Dark", 11],
    ] as const
  ).flatMap(([kind, count]) =>
    Array.from({ length: count }, (_, i) => `tablestyle${kind.toLowerCase()}${i + 1}`)
  )
);

/**
 * Why Excel's formula parser would refuse a formula before anything else ("There's a problem with this
 * formula"): a string that is not closed, or parentheses or braces that do not pair up outside strings
 * and quoted sheet names. Undefined when neither.
 */
export function formulaSyntaxProblem(formula: string): string | undefined {
  let quote: string | undefined;
  const open: string[] = [];
  for (const ch of formula) {
    if (quote) {
      if (ch === quote) quote = undefined; // a doubled quote reopens at once: same balance
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "(" || ch === "{") open.push(ch);
    else if (ch === ")" || ch === "}") {
      if (open.pop() !== (ch === ")" ? "(" : "{")) return `unexpected "${ch}"`;
    }
  }
  if (quote) return "a quoted text or sheet name is not closed";
  if (open.length > 0) return `"${open[open.length - 1]}" is not closed`;
  return undefined;
}
