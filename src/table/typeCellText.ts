/**
 * Turns the text of an exported cell into a typed value for a table's generic view (every column, as a
 * spreadsheet's own import would show it). The columns a builder maps are read again by their kind
 * (amounts, dates) with the full rules of core/parseNumberText and core/parseDateCell; this step only
 * must never produce a value those rules would read differently.
 *
 * - blank or whitespace only → null
 * - TRUE / FALSE (any case) → boolean
 * - ="…" (the trick exports use to keep long ids as text in Excel) → the quoted text, as text
 * - plain numbers → number (parseNumberText's plain forms: digits, comma groups of three, a sign, a
 *   leading currency symbol, a trailing %); "1,5", "007", 16-digit ids stay text;
 * - a year.month such as "2025.11" stays text: as a number it would be 2025.11 (and 2025.10 would lose
 *   its zero), while a date column reads the text as November 2025 and an amount column as 2025.11;
 * - everything else stays text (trimmed): 万/亿 amounts, (1,234), exponents and dates are read by the
 *   column that maps them.
 */
import { parseNumberText } from "../core/parseNumberText";
import type { CellValue } from "../core/cellValue";

const FORCED_TEXT = /^="([\s\S]*)"$/;
const YEAR_DOT_MONTH = /^\d{4}\.(0[1-9]|1[0-2])$/;

export function typeCellText(raw: string): CellValue {
  const text = raw.trim();
  if (text === "") return null;
  const forcedText = FORCED_TEXT.exec(text);
  if (forcedText) return forcedText[1];
  const upper = text.toUpperCase();
  if (upper === "TRUE") return true;
  if (upper === "FALSE") return false;
  if (YEAR_DOT_MONTH.test(text)) return text;
  return parseNumberText(text, { plainOnly: true }) ?? text;
}
