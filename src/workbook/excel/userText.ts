/**
 * Rule 5, "user text stays text": how a plan string is written so that Excel stores exactly that text.
 *
 * Excel parses whatever `range.formulas` / `range.values` receives as if it were typed: "=1+1", "+A1",
 * "@SUM(…)" become formulas (and DDE payloads such as `=cmd|' /C calc'!A0` with them), "-12", "50%",
 * "2024-01-01" or "TRUE" become numbers, dates and booleans. We write such strings with Excel's own text
 * prefix, a leading apostrophe: Excel stores the rest verbatim as text and never shows or returns the
 * apostrophe (Range.values reads back the text without it).
 *
 * Why the apostrophe and not numberFormat "@": the prefix travels inside the one `range.formulas`
 * assignment of the block, so it cannot be undone by the order of other operations (the plan's own number
 * formats on those cells, a chunk boundary), and it does not turn the cell into a Text-formatted cell that
 * would also swallow whatever formula a user later types into it. Only strings that need it get it, so
 * ordinary labels are written exactly as they are.
 */

export const TEXT_PREFIX = "'";

/**
 * Characters that make Excel read an entry as a formula: = + - @ (and their full-width forms, which CJK
 * input methods produce), a leading apostrophe (Excel would eat it as its own prefix), and leading
 * whitespace, control or zero-width characters (tab, CR, LF, BOM, U+200B …) that could hide one of those.
 */
const FORMULA_OR_PREFIX_START =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
  /^[=+\-@'\uFF1D\uFF0B\uFF0D\uFF20\s\u0000-\u001f\u007f\u200b-\u200f\u2060]/;

/**
 * Entries Excel could turn into a number, date, time, percentage, fraction or currency all contain a digit
 * (ASCII or full-width); booleans and error literals (#N/A, #DIV/0!) are the digit-free cases. Erring on
 * the side of "contains a digit" costs only an invisible prefix on text such as "Q3 2024".
 */
const MIGHT_PARSE_AS_VALUE = /[0-9\uFF10-\uFF19]|^\s*(?:true|false)\s*$|^#/i;

/** True when Excel would not store `text` verbatim as text if it were written as is. */
export function needsTextPrefix(text: string): boolean {
  return text !== "" && (FORMULA_OR_PREFIX_START.test(text) || MIGHT_PARSE_AS_VALUE.test(text));
}

/** What to pass to range.formulas so the cell holds exactly `text` as text. */
export function literalText(text: string): string {
  return needsTextPrefix(text) ? TEXT_PREFIX + text : text;
}
