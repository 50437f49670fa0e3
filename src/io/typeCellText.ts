/**
 * Turns the text of an exported cell into a typed value. The rules are deliberately narrow: a value
 * becomes a number only when there is exactly one sensible reading of it, because a wrong guess
 * (an order id rounded, a European "1,5" read as 15) corrupts totals silently while text is visible.
 *
 * - blank or whitespace only → null
 * - TRUE / FALSE (any case) → boolean
 * - ="…" (the trick exports use to keep long ids as text in Excel) → the quoted text, as text
 * - numbers → number:
 *   - optional sign, optional leading currency symbol ¥ ￥ $ (sign before or after it: "-¥5", "¥-5");
 *   - digits with an optional decimal part ("1234.5", ".5"), or comma thousands separators in strict
 *     groups of three ("1,234", "1,234.50"): comma and dot are the separators Chinese and English
 *     platforms write; "1,5", "1,23" or "1.234,5" stay text rather than be guessed;
 *   - an optional trailing % divides by 100 ("3.25%" → 0.0325), not combined with a currency symbol;
 * - everything else stays text (trimmed), in particular:
 *   - integers with a leading zero ("007", "0123"): SKU codes, postcodes;
 *   - more than 15 integer digits: order and tracking numbers that a double cannot hold exactly;
 *   - exponents ("1E5"), accounting negatives "(12)", full-width digits, units ("12元");
 *   - dates and times: their parsing belongs to the report builder.
 */
import type { CellValue } from "../plan/types";

const FORCED_TEXT = /^="([\s\S]*)"$/;
/** sign, currency, sign, integer part (plain or grouped by three), fraction, percent. */
const NUMBER = /^([+-]?)([¥￥$]?)([+-]?)(\d{1,3}(?:,\d{3})+|\d*)(\.\d+)?(%?)$/;
/** Beyond 15 digits a double no longer holds every integer exactly (Excel cuts them to 15 too). */
const MAX_EXACT_DIGITS = 15;

export function typeCellText(raw: string): CellValue {
  const text = raw.trim();
  if (text === "") return null;
  const forcedText = FORCED_TEXT.exec(text);
  if (forcedText) return forcedText[1];
  const upper = text.toUpperCase();
  if (upper === "TRUE") return true;
  if (upper === "FALSE") return false;
  return parseNumber(text) ?? text;
}

/** The number the text unambiguously denotes, or undefined. */
export function parseNumber(text: string): number | undefined {
  const match = NUMBER.exec(text);
  if (!match) return undefined;
  const [, sign1, currency, sign2, groupedInteger, fraction = "", percent] = match;
  const integer = groupedInteger.replace(/,/g, "");
  if (sign1 && sign2) return undefined;
  if (currency && percent) return undefined;
  if (integer === "" && fraction === "") return undefined;
  if (integer.length > 1 && integer.startsWith("0")) return undefined;
  if (integer.length > MAX_EXACT_DIGITS) return undefined;
  const digits = `${sign1 || sign2}${integer || "0"}${fraction}`;
  // "e-2" instead of dividing by 100: the string is rounded once, so "3.25%" is exactly 0.0325's double.
  const value = Number(percent ? `${digits}e-2` : digits);
  if (!Number.isFinite(value)) return undefined;
  return value === 0 ? 0 : value; // no -0 from "-0"
}
