/**
 * Shows a cell value the way Excel would under its number format, for the playground grid. It covers
 * the codes plans use (src/plan/styles.ts: ¥#,##0.00, #,##0, 0, 0%, 0.0%, yyyy-mm-dd, yyyy-mm) and the
 * common shapes around them (a literal prefix/suffix, a negative section); anything else falls back to
 * General. Not a full Excel formatter: the grid is a preview, and the real file keeps the real code.
 */
import type { ComputedValue } from "../workbook/port";

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export function formatCell(value: ComputedValue, numberFormat?: string): string {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) return "#NUM!";
  if (!numberFormat || numberFormat.toLowerCase() === "general") return formatGeneral(value);
  const [positive, negative] = splitSections(numberFormat);
  if (value < 0 && negative !== undefined) return formatSection(-value, negative);
  return formatSection(value, positive);
}

/** Up to 11 significant characters, as Excel's General shows numbers in a normal-width column. */
export function formatGeneral(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const text = String(Number(value.toPrecision(10)));
  return text.length <= 12 ? text : value.toExponential(4).toUpperCase();
}

/** Sections separated by ";" outside quotes: positive;negative (zero and text sections are ignored). */
function splitSections(code: string): [string, string | undefined] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (const char of code) {
    if (char === '"') quoted = !quoted;
    if (char === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else current += char;
  }
  sections.push(current);
  return [sections[0], sections[1]];
}

function formatSection(value: number, section: string): string {
  const code = section.replace(/\[[^\]]*\]/g, ""); // colours and locales: [Red], [$¥-804]
  const plain = stripLiterals(code);
  if (/[ymd]/i.test(plain) && !/[0#]/.test(plain)) return formatDate(value, code);
  return formatNumber(value, code);
}

/** The code without quoted text and backslash-escaped characters, for deciding what kind it is. */
function stripLiterals(code: string): string {
  return code.replace(/"[^"]*"/g, "").replace(/\\./g, "");
}

function formatNumber(value: number, code: string): string {
  const match = /[#0,.]*[0#][#0,.]*/.exec(code);
  if (!match) return formatGeneral(value);
  const pattern = match[0];
  const percent = code.includes("%");
  const scaled = percent ? value * 100 : value;
  const [integerPart, fractionPart = ""] = pattern.split(".");
  const decimals = (fractionPart.match(/0/g) ?? []).length;
  const grouped = integerPart.includes(",");
  const minimumIntegerDigits = (integerPart.match(/0/g) ?? []).length;
  let digits = Math.abs(scaled).toFixed(decimals);
  let [whole, fraction] = digits.split(".");
  if (whole === "0" && minimumIntegerDigits === 0) whole = "";
  whole = whole.padStart(minimumIntegerDigits, "0");
  if (grouped) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  digits = fraction === undefined ? whole : `${whole}.${fraction}`;
  const sign = scaled < 0 && Number(digits.replace(/,/g, "")) !== 0 ? "-" : "";
  const before = literalText(code.slice(0, match.index));
  const after = literalText(code.slice(match.index + pattern.length));
  return `${sign}${before}${digits}${after}`;
}

/** Prefix or suffix text: quotes and backslashes removed, layout characters (_x, *x) dropped. */
function literalText(text: string): string {
  return text
    .replace(/_./g, "")
    .replace(/\*./g, "")
    .replace(/"([^"]*)"/g, "$1")
    .replace(/\\(.)/g, "$1");
}

function formatDate(serial: number, code: string): string {
  const date = new Date(EXCEL_EPOCH + Math.floor(serial) * MS_PER_DAY);
  const parts: Record<string, string> = {
    yyyy: String(date.getUTCFullYear()),
    yy: String(date.getUTCFullYear() % 100).padStart(2, "0"),
    mm: String(date.getUTCMonth() + 1).padStart(2, "0"),
    m: String(date.getUTCMonth() + 1),
    dd: String(date.getUTCDate()).padStart(2, "0"),
    d: String(date.getUTCDate()),
  };
  return literalText(code.replace(/yyyy|yy|mm|m|dd|d/gi, (token) => parts[token.toLowerCase()]));
}
