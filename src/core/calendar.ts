/**
 * Calendar arithmetic on Excel serial day numbers (1900 date system: 1 = 1900-01-01, 45658 = 2025-01-01):
 * days, weeks, months and quarters of calendar or fiscal years, for target decomposition and reports.
 *
 * Serial domain (the days themselves: calendarDays.ts). Excel counts as if 1900 were a leap year:
 * serial 60 is the fictitious 1900-02-29 and serials 1..59 (1900-01-01..02-28) are one day below the
 * true day count. So:
 * - serialFromYmd / ymdFromSerial cover 1900-01-01..9999-12-31 (serials 1..2958465) exactly as Excel
 *   numbers them, except serial 60, which names no real day and is rejected both ways (RangeError).
 * - weekdayOf gives the TRUE weekday of the date (for serials 1..59 that differs from Excel's WEEKDAY,
 *   which inherits the 1900 bug).
 * - Periods (periodOf, periodsBetween, …) need serials ≥ 61 (1900-03-01 on): a period never straddles
 *   the fictitious day. Fiscal years or weeks reaching back before that throw a RangeError.
 * Serials must be integers (dates, not date-times): floor a date-time first.
 *
 * Fiscal years. `fiscalStartMonth` F (1..12, default 1) is the month a fiscal year starts. A fiscal year
 * is NAMED by the calendar year in which it ENDS: with F = 4, FY2026 runs 2025-04-01..2026-03-31; with
 * F = 1 the fiscal year is the calendar year. Months and quarters are numbered within the fiscal year
 * (FY2026-M01 is April 2025, FY2026-Q1 is Apr–Jun 2025); month labels still show the calendar month.
 *
 * Weeks. Weeks run Monday–Sunday or Sunday–Saturday (`weekStart`, default monday). Week-year N starts on
 * the first day of the week that contains the 4th day of fiscal year N — the week holding most (≥ 4) of
 * its 7 days in the new fiscal year — and runs until week-year N+1 starts, so it has 52 or 53 whole
 * weeks and can begin up to 3 days before or after the fiscal year. With Monday start and F = 1 these
 * are exactly ISO 8601 weeks (week 1 holds January 4th, i.e. the year's first Thursday). A week's
 * `fiscalYear` is its week-year; its `quarter` is the fiscal quarter of its middle day (always inside
 * that fiscal year).
 *
 * Invalid arguments (non-integer serials, unknown options, impossible dates) are programming errors and
 * throw RangeError; user text is validated upstream (see parseDateCell).
 */
import {
  FICTITIOUS_LEAP_DAY_SERIAL,
  FIRST_PERIOD_SERIAL,
  assertExcelSerial,
  dayNumberFromYmd,
  daysInMonth,
  isoDateText,
  pad2,
  ymdFromDayNumber,
} from "./calendarDays";

// The days are the calendar's too: one import for callers.
export {
  FICTITIOUS_LEAP_DAY_SERIAL,
  FIRST_PERIOD_SERIAL,
  MAX_EXCEL_SERIAL,
  daysInMonth,
  isLeapYear,
  isValidYmd,
  serialFromYmd,
  serialToIsoDate,
  weekdayOf,
  ymdFromSerial,
  type Ymd,
} from "./calendarDays";

export type Grain = "day" | "week" | "month" | "quarter";
export type WeekStart = "monday" | "sunday";

export interface CalendarOptions {
  /** First day of a week; default "monday". */
  weekStart?: WeekStart;
  /** Month (1..12) a fiscal year starts in; default 1 (calendar years). */
  fiscalStartMonth?: number;
}

export interface Period {
  grain: Grain;
  /**
   * Stable, and sorts in time order within a grain (for fiscal years up to 9999):
   * "FY2025-M01", "FY2025-Q1", "FY2025-W01", "2025-01-03" (days).
   */
  key: string;
  /** First day, Excel serial. */
  start: number;
  /** Last day, inclusive. */
  end: number;
  /** Calendar year in which the fiscal year (for weeks: the week-year) ends. */
  fiscalYear: number;
  /** 1-based position within the fiscal year: month 1..12, quarter 1..4, week 1..53, day 1..366. */
  index: number;
  /** Fiscal quarter 1..4 the period falls in (weeks: the quarter of the middle day). */
  quarter: number;
  /** "Jan 2025", "Q1 2025" / "Q1 FY2026", "W01 2025" / "W01 FY2026", "2025-01-03". */
  labelEn: string;
  /** "2025年1月", "2025年Q1" / "2026财年Q1", "2025年第1周" / "2026财年第1周", "2025-01-03". */
  labelZh: string;
}

const MONTH_NAMES_EN = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

interface ResolvedOptions {
  weekStartDay: number; // 0 = Sunday, 1 = Monday
  fiscalStartMonth: number;
}

/** ISO 8601 week: Monday weeks, week 1 holds January 4th. Any Excel serial (60 excepted). */
export function isoWeek(serial: number): { weekYear: number; week: number } {
  assertExcelSerial(serial);
  const iso: ResolvedOptions = { weekStartDay: 1, fiscalStartMonth: 1 };
  const start = weekStartOf(serial < FICTITIOUS_LEAP_DAY_SERIAL ? serial + 1 : serial, iso);
  const weekYear = ymdFromDayNumber(start + 3).year; // the Thursday's year
  return { weekYear, week: (start - weekYearStart(weekYear, iso)) / 7 + 1 };
}

function assertPeriodSerial(serial: number): void {
  if (!Number.isInteger(serial) || serial < FIRST_PERIOD_SERIAL)
    throw new RangeError(
      `periods need an integer serial from ${FIRST_PERIOD_SERIAL} (1900-03-01): ${serial}`
    );
}

function resolveOptions(options: CalendarOptions = {}): ResolvedOptions {
  const { weekStart = "monday", fiscalStartMonth = 1 } = options;
  if (weekStart !== "monday" && weekStart !== "sunday")
    throw new RangeError(`weekStart must be "monday" or "sunday": ${String(weekStart)}`);
  if (!Number.isInteger(fiscalStartMonth) || fiscalStartMonth < 1 || fiscalStartMonth > 12)
    throw new RangeError(`fiscalStartMonth must be 1..12: ${fiscalStartMonth}`);
  return { weekStartDay: weekStart === "monday" ? 1 : 0, fiscalStartMonth };
}

// ---------------------------------------------------------------------------------------------------
// Fiscal years and months. A "month number" counts months: year * 12 + (month - 1).

function fiscalYearStart(fiscalYear: number, o: ResolvedOptions): number {
  const startYear = o.fiscalStartMonth === 1 ? fiscalYear : fiscalYear - 1;
  return dayNumberFromYmd(startYear, o.fiscalStartMonth, 1);
}

function fiscalYearOfMonthNumber(monthNumber: number, o: ResolvedOptions): number {
  // Months from the fiscal start month on belong to the fiscal year ending next calendar year (F > 1).
  const shifted = monthNumber - (o.fiscalStartMonth - 1);
  const year = Math.floor(shifted / 12);
  return o.fiscalStartMonth === 1 ? year : year + 1;
}

function fiscalMonthIndex(monthNumber: number, o: ResolvedOptions): number {
  return ((((monthNumber - (o.fiscalStartMonth - 1)) % 12) + 12) % 12) + 1;
}

function monthNumberOf(dayNumber: number): number {
  const { year, month } = ymdFromDayNumber(dayNumber);
  return year * 12 + month - 1;
}

function firstDayOfMonthNumber(monthNumber: number): number {
  return dayNumberFromYmd(Math.floor(monthNumber / 12), (monthNumber % 12) + 1, 1);
}

function fiscalPrefixEn(fiscalYear: number, o: ResolvedOptions): string {
  return o.fiscalStartMonth === 1 ? `${fiscalYear}` : `FY${fiscalYear}`;
}

function fiscalPrefixZh(fiscalYear: number, o: ResolvedOptions): string {
  return o.fiscalStartMonth === 1 ? `${fiscalYear}年` : `${fiscalYear}财年`;
}

function keyYear(fiscalYear: number): string {
  return `FY${String(fiscalYear).padStart(4, "0")}`;
}

// ---------------------------------------------------------------------------------------------------
// Periods of each grain.

function monthPeriod(monthNumber: number, o: ResolvedOptions): Period {
  const fiscalYear = fiscalYearOfMonthNumber(monthNumber, o);
  const index = fiscalMonthIndex(monthNumber, o);
  const year = Math.floor(monthNumber / 12);
  const month = (monthNumber % 12) + 1;
  return checkedPeriod({
    grain: "month",
    key: `${keyYear(fiscalYear)}-M${pad2(index)}`,
    start: firstDayOfMonthNumber(monthNumber),
    end: firstDayOfMonthNumber(monthNumber + 1) - 1,
    fiscalYear,
    index,
    quarter: Math.ceil(index / 3),
    labelEn: `${MONTH_NAMES_EN[month - 1]} ${year}`,
    labelZh: `${year}年${month}月`,
  });
}

function quarterPeriod(fiscalYear: number, quarter: number, o: ResolvedOptions): Period {
  const firstMonth = monthNumberOf(fiscalYearStart(fiscalYear, o)) + (quarter - 1) * 3;
  return checkedPeriod({
    grain: "quarter",
    key: `${keyYear(fiscalYear)}-Q${quarter}`,
    start: firstDayOfMonthNumber(firstMonth),
    end: firstDayOfMonthNumber(firstMonth + 3) - 1,
    fiscalYear,
    index: quarter,
    quarter,
    labelEn: `Q${quarter} ${fiscalPrefixEn(fiscalYear, o)}`,
    labelZh: `${fiscalPrefixZh(fiscalYear, o)}Q${quarter}`,
  });
}

/** First day of the weekStart-day week holding `dayNumber`. */
function weekStartOf(dayNumber: number, o: ResolvedOptions): number {
  const weekday = (dayNumber + 6) % 7;
  return dayNumber - ((weekday - o.weekStartDay + 7) % 7);
}

/** First day of week-year N: the start of the week holding the fiscal year's 4th day. */
function weekYearStart(fiscalYear: number, o: ResolvedOptions): number {
  return weekStartOf(fiscalYearStart(fiscalYear, o) + 3, o);
}

function weekPeriod(weekYear: number, week: number, o: ResolvedOptions): Period {
  const start = weekYearStart(weekYear, o) + (week - 1) * 7;
  const middle = start + 3;
  const fiscalMonth = fiscalMonthIndex(monthNumberOf(middle), o);
  return checkedPeriod({
    grain: "week",
    key: `${keyYear(weekYear)}-W${pad2(week)}`,
    start,
    end: start + 6,
    fiscalYear: weekYear,
    index: week,
    quarter: Math.ceil(fiscalMonth / 3),
    labelEn: `W${pad2(week)} ${fiscalPrefixEn(weekYear, o)}`,
    labelZh: `${fiscalPrefixZh(weekYear, o)}第${week}周`,
  });
}

function weekPeriodOf(dayNumber: number, o: ResolvedOptions): Period {
  const start = weekStartOf(dayNumber, o);
  // The week's middle day lies in the fiscal year that names its week-year.
  const weekYear = fiscalYearOfMonthNumber(monthNumberOf(start + 3), o);
  return weekPeriod(weekYear, (start - weekYearStart(weekYear, o)) / 7 + 1, o);
}

function dayPeriod(dayNumber: number, o: ResolvedOptions): Period {
  const monthNumber = monthNumberOf(dayNumber);
  const fiscalYear = fiscalYearOfMonthNumber(monthNumber, o);
  const text = isoDateText(dayNumber);
  return checkedPeriod({
    grain: "day",
    key: text,
    start: dayNumber,
    end: dayNumber,
    fiscalYear,
    index: dayNumber - fiscalYearStart(fiscalYear, o) + 1,
    quarter: Math.ceil(fiscalMonthIndex(monthNumber, o) / 3),
    labelEn: text,
    labelZh: text,
  });
}

function checkedPeriod(period: Period): Period {
  assertPeriodSerial(period.start);
  return period;
}

function periodOfResolved(serial: number, grain: Grain, o: ResolvedOptions): Period {
  assertPeriodSerial(serial);
  switch (grain) {
    case "day":
      return dayPeriod(serial, o);
    case "week":
      return weekPeriodOf(serial, o);
    case "month":
      return monthPeriod(monthNumberOf(serial), o);
    case "quarter": {
      const monthNumber = monthNumberOf(serial);
      const quarter = Math.ceil(fiscalMonthIndex(monthNumber, o) / 3);
      return quarterPeriod(fiscalYearOfMonthNumber(monthNumber, o), quarter, o);
    }
    default:
      throw new RangeError(`unknown grain: ${String(grain)}`);
  }
}

/** The period of `grain` holding the day `serial` (≥ 61). */
export function periodOf(serial: number, grain: Grain, options?: CalendarOptions): Period {
  return periodOfResolved(serial, grain, resolveOptions(options));
}

/** Every period of `grain` touching fromSerial..toSerial (inclusive), in order. */
export function periodsBetween(
  fromSerial: number,
  toSerial: number,
  grain: Grain,
  options?: CalendarOptions
): Period[] {
  const o = resolveOptions(options);
  assertPeriodSerial(fromSerial);
  assertPeriodSerial(toSerial);
  if (fromSerial > toSerial)
    throw new RangeError(`range runs backwards: ${fromSerial} > ${toSerial}`);
  return periodsBetweenResolved(fromSerial, toSerial, grain, o);
}

/**
 * All periods of one fiscal year in order: 12 months, 4 quarters, every day, or the 52 or 53 weeks of
 * week-year `fiscalYear` (which may begin up to 3 days before or after the fiscal year itself).
 */
export function fiscalYearPeriods(
  fiscalYear: number,
  grain: Grain,
  options?: CalendarOptions
): Period[] {
  const o = resolveOptions(options);
  if (!Number.isInteger(fiscalYear)) throw new RangeError(`fiscal year must be an integer`);
  if (grain === "week") {
    const count = (weekYearStart(fiscalYear + 1, o) - weekYearStart(fiscalYear, o)) / 7;
    return Array.from({ length: count }, (_, i) => weekPeriod(fiscalYear, i + 1, o));
  }
  const first = fiscalYearStart(fiscalYear, o);
  return periodsBetweenResolved(first, fiscalYearStart(fiscalYear + 1, o) - 1, grain, o);
}

function periodsBetweenResolved(
  from: number,
  to: number,
  grain: Grain,
  o: ResolvedOptions
): Period[] {
  const periods = [periodOfResolved(from, grain, o)];
  while (periods[periods.length - 1].end < to)
    periods.push(periodOfResolved(periods[periods.length - 1].end + 1, grain, o));
  return periods;
}

/** Throws when `period` is not what periodOf makes with these options (e.g. other fiscal start). */
function assertPeriodMatches(period: Period, o: ResolvedOptions): void {
  const expected = periodOfResolved(period.start, period.grain, o);
  if (expected.key !== period.key || expected.start !== period.start || expected.end !== period.end)
    throw new RangeError(`period ${period.key} was not made with these calendar options`);
}

/** The period `by` steps later (negative: earlier) of the same grain. Pass the options it was made with. */
export function shiftPeriod(period: Period, by: number, options?: CalendarOptions): Period {
  const o = resolveOptions(options);
  assertPeriodMatches(period, o);
  if (!Number.isInteger(by)) throw new RangeError(`shift must be a whole number: ${by}`);
  switch (period.grain) {
    case "day":
      return dayPeriod(period.start + by, o);
    case "week":
      return weekPeriodOf(period.start + 7 * by, o);
    case "month":
      return monthPeriod(monthNumberOf(period.start) + by, o);
    case "quarter":
      return periodOfResolved(
        firstDayOfMonthNumber(monthNumberOf(period.start) + 3 * by),
        "quarter",
        o
      );
  }
}

/**
 * The same period a year earlier: month/quarter → 12 months earlier; week → the same week number of
 * the previous week-year (its last week when that year has no W53); day → the same date a year
 * earlier (Feb 29 → Feb 28).
 */
export function samePeriodLastYear(period: Period, options?: CalendarOptions): Period {
  const o = resolveOptions(options);
  assertPeriodMatches(period, o);
  switch (period.grain) {
    case "day": {
      const { year, month, day } = ymdFromDayNumber(period.start);
      const lastYearDay = Math.min(day, daysInMonth(year - 1, month));
      return dayPeriod(dayNumberFromYmd(year - 1, month, lastYearDay), o);
    }
    case "week": {
      const weekYear = period.fiscalYear - 1;
      const weeks = (weekYearStart(weekYear + 1, o) - weekYearStart(weekYear, o)) / 7;
      return weekPeriod(weekYear, Math.min(period.index, weeks), o);
    }
    case "month":
      return monthPeriod(monthNumberOf(period.start) - 12, o);
    case "quarter":
      return quarterPeriod(period.fiscalYear - 1, period.index, o);
  }
}
