/**
 * Days on Excel's serial line (1900 date system: 1 = 1900-01-01, 45658 = 2025-01-01): a date ↔ its
 * serial, weekdays, month lengths, ISO date text. calendar.ts builds periods on these and re-exports
 * them, so callers import the calendar from one place.
 *
 * Excel counts as if 1900 were a leap year: serial 60 is the fictitious 1900-02-29 and serials 1..59
 * (1900-01-01..02-28) are one day below the true day count. serialFromYmd / ymdFromSerial cover
 * 1900-01-01..9999-12-31 (serials 1..2958465) exactly as Excel numbers them, except serial 60, which
 * names no real day and is rejected both ways (RangeError). weekdayOf gives the TRUE weekday (for serials
 * 1..59 that differs from Excel's WEEKDAY, which inherits the 1900 bug).
 */
import { dateToExcelSerial } from "./excelSerial";

/** Last serial Excel accepts: 9999-12-31. */
export const MAX_EXCEL_SERIAL = 2_958_465;
/** Excel's fictitious 1900-02-29. */
export const FICTITIOUS_LEAP_DAY_SERIAL = 60;
/** First serial periods accept: 1900-03-01, after which serials are true day counts. */
export const FIRST_PERIOD_SERIAL = 61;

const MS_PER_DAY = 86_400_000;
const SERIAL_ZERO_MS = Date.UTC(1899, 11, 30);

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

// ---------------------------------------------------------------------------------------------------
// Day numbers. Internally a "day number" is the true count of days since 1899-12-30 (proleptic
// Gregorian, UTC), which equals the Excel serial from 61 on.

export function dayNumberFromYmd(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year, month - 1, day); // Date.UTC maps years 0..99 to 1900..1999; this does not
  return Math.round(dateToExcelSerial(date));
}

export function ymdFromDayNumber(dayNumber: number): Ymd {
  const date = new Date(SERIAL_ZERO_MS + dayNumber * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** True when year-month-day is a real Gregorian date. */
export function isValidYmd(year: number, month: number, day: number): boolean {
  if (![year, month, day].every(Number.isInteger)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Excel serial of a real date 1900-01-01..9999-12-31 (DATE(year, month, day) without rollover). */
export function serialFromYmd(year: number, month: number, day: number): number {
  if (!isValidYmd(year, month, day)) throw new RangeError(`not a date: ${year}-${month}-${day}`);
  if (year < 1900 || year > 9999)
    throw new RangeError(`year ${year} is outside Excel's 1900..9999`);
  const dayNumber = dayNumberFromYmd(year, month, day);
  // Before the fictitious 1900-02-29 Excel's serials are one below the true day count.
  return dayNumber < FIRST_PERIOD_SERIAL ? dayNumber - 1 : dayNumber;
}

/** The date Excel shows for a serial 1..2958465 (60, Excel's 1900-02-29, is rejected: no such day). */
export function ymdFromSerial(serial: number): Ymd {
  assertExcelSerial(serial);
  return ymdFromDayNumber(serial < FICTITIOUS_LEAP_DAY_SERIAL ? serial + 1 : serial);
}

/** 0 = Sunday … 6 = Saturday: the real weekday (1899-12-30, day number 0, was a Saturday). */
export function weekdayOf(serial: number): number {
  assertExcelSerial(serial);
  const dayNumber = serial < FICTITIOUS_LEAP_DAY_SERIAL ? serial + 1 : serial;
  return (dayNumber + 6) % 7;
}

/** Refuses what is not an Excel date serial: a programming error (user text is checked upstream). */
export function assertExcelSerial(serial: number): void {
  if (!Number.isInteger(serial) || serial < 1 || serial > MAX_EXCEL_SERIAL)
    throw new RangeError(`not an Excel date serial (integer 1..${MAX_EXCEL_SERIAL}): ${serial}`);
  if (serial === FICTITIOUS_LEAP_DAY_SERIAL)
    throw new RangeError("serial 60 is Excel's fictitious 1900-02-29");
}

/** Two digits, for months, days and week numbers in keys and ISO dates. */
export const pad2 = (n: number) => String(n).padStart(2, "0");

/** An Excel serial as its ISO date, "2025-11-03": how messages and notes show a day. */
export function serialToIsoDate(serial: number): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/** A day number (true day count, see above) as its ISO date. */
export function isoDateText(dayNumber: number): string {
  const { year, month, day } = ymdFromDayNumber(dayNumber);
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}
