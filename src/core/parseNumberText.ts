/**
 * The one reading of numbers as people type them, for CLI options, panel fields and the cells of a
 * mapped number column alike. A text becomes a number only when there is exactly one sensible reading
 * of it: a wrong guess (a European "1,5" read as 15, an order id rounded) corrupts totals silently,
 * while a refusal names the cell and gets fixed.
 *
 * Accepted (after Unicode NFKC, so full-width digits, ，．％（）－￥ read as their ASCII forms):
 * - digits with an optional fraction: 1234, 1234.5, .5, 0.5;
 * - thousands separators in strict groups of three, commas or spaces: 1,234,567.8 and 1 234 567;
 * - a sign before or after a currency symbol: -1,234, −1,234 (U+2212), +5, ¥-5, -¥5; ¥ ￥ $;
 * - accounting negatives in parentheses: (1,234) and (¥1,234);
 * - an exponent: 3.9e7 (not with a unit);
 * - one suffix: % (÷100), 万 (×10⁴), 亿 (×10⁸): 3900万, 0.39亿, 2.35%.
 * Refused (undefined): anything else, in particular 1,5 / 1,23 / 1.234,5 (decimal-comma or broken
 * groups: ambiguous), integers with a leading zero (007: codes), more than 15 integer digits (ids a
 * double cannot hold), two signs, a unit with an exponent, a currency with %, units such as 元.
 */

export interface NumberTextOptions {
  /**
   * Only the forms a spreadsheet's own import would turn into a number (digits, comma groups, a sign, a
   * leading currency symbol, %): what generic cell typing uses, so a file's unmapped columns look as
   * they would in Excel. Mapped number columns and typed fields use the full rules.
   */
  plainOnly?: boolean;
}

/** Beyond 15 digits a double no longer holds every integer exactly (Excel cuts them to 15 too). */
const MAX_EXACT_DIGITS = 15;

/** sign, currency, sign, integer (grouped by comma, by space, or plain), fraction, exponent, suffix. */
const NUMBER =
  /^([+-]?)([¥$]?)([+-]?)(\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d*)(\.\d+)?(?:e([+-]?\d{1,3}))?(%|万|亿)?$/i;
const PARENTHESISED = /^\((.*)\)$/;
const PLAIN = /^[+-]?[¥￥$]?[+-]?[\d,]*(\.\d+)?%?$/;
const SUFFIX_POWER: Record<string, number> = { "%": -2, 万: 4, 亿: 8 };

/** The number the text unambiguously denotes, or undefined. */
export function parseNumberText(text: string, options: NumberTextOptions = {}): number | undefined {
  // Plain forms are checked as written: a spreadsheet's import leaves full-width digits as text.
  if (options.plainOnly && !PLAIN.test(text.trim())) return undefined;
  const normalised = normalise(text);
  const parenthesised = PARENTHESISED.exec(normalised);
  if (parenthesised) {
    const inner = parenthesised[1].trim();
    if (/^[+-]|^[¥$][+-]/.test(inner)) return undefined;
    const value = parseUnsigned(inner);
    return value === undefined ? undefined : value === 0 ? 0 : -value;
  }
  return parseUnsigned(normalised);
}

/**
 * A dash that exports write for "no value" ("-", "--", "—", "–"): a number column reads it as blank,
 * as SUMIFS does (it ignores text), so live formulas and stored values agree.
 */
export function isNoValueDash(text: string): boolean {
  return /^(-{1,2}|—|–)$/.test(text.trim());
}

/**
 * A cell of a number column as a table holds it: the number; null for blank (or a no-value dash);
 * undefined when the rules cannot read it (text such as "n/a" or "1,5", TRUE/FALSE, ±Infinity).
 */
export function readNumberCell(
  cell: string | number | boolean | null | undefined
): number | null | undefined {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== "string") return undefined;
  if (cell.trim() === "" || isNoValueDash(cell)) return null;
  return parseNumberText(cell);
}

/** An amount: a number without %, e.g. a target, a budget or a cell of a sales column typed by hand. */
export function parseAmountText(text: string): number | undefined {
  return normalise(text).endsWith("%") ? undefined : parseNumberText(text);
}

export interface RatioTextOptions {
  /**
   * The largest ratio the field accepts (e.g. 1 for a base tier of at most 100%). A bare number above it
   * cannot be a ratio, so it is read as a percentage: "80" in a tier field is 80%. Without it a bare
   * number is always a ratio.
   */
  maxRatio?: number;
}

/** A ratio: "80%" and "0.8" are both 0.8; see RatioTextOptions for bare numbers such as "80". */
export function parseRatioText(text: string, options: RatioTextOptions = {}): number | undefined {
  const value = parseNumberText(text);
  if (value === undefined || normalise(text).endsWith("%")) return value;
  if (options.maxRatio !== undefined && value > options.maxRatio) return fromPercent(value);
  return value;
}

function parseUnsigned(text: string): number | undefined {
  const match = NUMBER.exec(text);
  if (!match) return undefined;
  const [, sign1, currency, sign2, groupedInteger, fraction = "", exponent, suffix] = match;
  if (sign1 && sign2) return undefined;
  if (currency && suffix === "%") return undefined;
  if (exponent !== undefined && suffix !== undefined) return undefined;
  const integer = groupedInteger.replace(/[, ]/g, "");
  if (integer === "" && fraction === "") return undefined;
  if (integer.length > 1 && integer.startsWith("0")) return undefined;
  if (integer.length > MAX_EXACT_DIGITS) return undefined;
  const power = Number(exponent ?? 0) + (suffix ? SUFFIX_POWER[suffix] : 0);
  // Through the string's exponent, not a multiplication: "3.25%" is exactly 0.0325's double and
  // "1.2亿" exactly 120000000.
  const value = Number(`${sign1 || sign2}${integer || "0"}${fraction}e${power}`);
  if (!Number.isFinite(value)) return undefined;
  return value === 0 ? 0 : value; // no -0 from "-0"
}

function fromPercent(value: number): number {
  const text = String(value);
  // "80" → "80e-2" rounds once; a value already in exponent form is divided (no exact string form).
  return text.includes("e") ? value / 100 : Number(`${text}e-2`);
}

/** Full-width forms to ASCII (NFKC), the minus sign U+2212 to "-", surrounding space removed. */
function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\u2212/g, "-")
    .trim();
}
