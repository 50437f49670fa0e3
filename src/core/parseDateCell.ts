/**
 * A date cell from a platform export → Excel serial day. Numbers are taken as Excel serials (a time
 * fraction is dropped); text must be YEAR-FIRST: Chinese platform exports (Taobao/Tmall, JD, Douyin,
 * Pinduoduo …) write dates as 2025-01-03, 2025/1/3, 20250103 or 2025年1月3日. Day-first or month-first
 * text (1/3/2025, 03-01-2025) is refused rather than guessed: 03-01 is 3 January in one locale and
 * 1 March in another, and a silently wrong date is worse than a reported unreadable one.
 *
 * Accepted text (surrounding spaces ignored):
 * - day:   2025-01-03, 2025/1/3, 2025.1.3 (one separator used throughout), 20250103, 2025年1月3日;
 *          each may carry a time, which is dropped: "2025-01-03 12:34:56", "2025/1/3 8:00",
 *          "2025-01-03T12:34:56.789Z". The date is taken as written, whatever the zone suffix says.
 * - month: 2025-01, 2025/1, 2025.01, 202501, 2025年1月 / 2025年01月 / 2025年1月份 → the 1st, precision
 *          "month". (Not "2025.1": as a number 2025.10 is 2025.1, so a one-digit month after a dot
 *          may have lost its zero.)
 * Years 1900..9999 (Excel's range). Impossible dates (2025-02-30, month 13, month 0) → undefined.
 *
 * Numbers (a workbook's cells, or a CSV's digits typed as a number):
 * - 20251103 (8 digits, a valid date) → that day; 202511 (6 digits, a valid month) → that month: the
 *   digits exports write, which as serials would lie beyond year 2400 or 9999;
 * - 1900 ≤ n < 10000 → undefined: a year, or a year.month that became a number (2025.11), not the
 *   1905–1927 day the serial would be;
 * - otherwise an Excel serial from 1 (1900-01-01) to 9999-12-31; a time fraction is dropped.
 */
import { MAX_EXCEL_SERIAL, isValidYmd, serialFromYmd } from "./calendar";

import type { CellValue as DateCellValue } from "./cellValue";

export interface ParsedDate {
  serial: number;
  precision: "day" | "month";
}

/** Optional time after a date: " 8:00", " 12:34:56", "T12:34:56.789Z", "T08:00+08:00". */
const TIME = String.raw`(?:(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;

const DAY_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`),
  new RegExp(String.raw`^(\d{4})()(\d{2})(\d{2})${TIME}$`),
  new RegExp(String.raw`^(\d{4})\s*(年)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日${TIME}$`),
];

const MONTH_PATTERNS: readonly RegExp[] = [
  /^(\d{4})[-/](\d{1,2})$/,
  /^(\d{4})\.(\d{2})$/,
  /^(\d{4})(\d{2})$/,
  /^(\d{4})\s*年\s*(\d{1,2})\s*月份?$/,
];

export function parseDateCell(value: DateCellValue): ParsedDate | undefined {
  if (typeof value === "number") return parseSerial(value);
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  for (const pattern of DAY_PATTERNS) {
    const match = pattern.exec(text);
    if (match) return parseDayMatch(match);
  }
  for (const pattern of MONTH_PATTERNS) {
    const match = pattern.exec(text);
    if (match) return dateOrUndefined(Number(match[1]), Number(match[2]), 1, "month");
  }
  return undefined;
}

function parseSerial(value: number): ParsedDate | undefined {
  if (!Number.isFinite(value)) return undefined;
  if (Number.isInteger(value) && value >= 19000101 && value <= 99991231)
    return dateOrUndefined(
      Math.floor(value / 10000),
      Math.floor(value / 100) % 100,
      value % 100,
      "day"
    );
  // Six digits are a month or nothing: 202513 is no month, and a day in year 2454 would be a guess.
  if (Number.isInteger(value) && value >= 190001 && value <= 999912)
    return dateOrUndefined(Math.floor(value / 100), value % 100, 1, "month");
  if (value >= 1900 && value < 10000) return undefined;
  const serial = Math.floor(value);
  return serial >= 1 && serial <= MAX_EXCEL_SERIAL ? { serial, precision: "day" } : undefined;
}

/** Groups: 1 year, 2 separator, 3 month, 4 day, 5–7 optional hour, minute, second. */
function parseDayMatch(match: RegExpExecArray): ParsedDate | undefined {
  const [hour, minute, second] = [match[5], match[6], match[7]].map((g) => Number(g ?? 0));
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return dateOrUndefined(Number(match[1]), Number(match[3]), Number(match[4]), "day");
}

function dateOrUndefined(
  year: number,
  month: number,
  day: number,
  precision: ParsedDate["precision"]
): ParsedDate | undefined {
  if (year < 1900 || !isValidYmd(year, month, day)) return undefined;
  return { serial: serialFromYmd(year, month, day), precision };
}
