import fc from "fast-check";
import {
  MAX_EXCEL_SERIAL,
  fiscalYearPeriods,
  isoWeek,
  periodOf,
  periodsBetween,
  samePeriodLastYear,
  serialFromYmd,
  shiftPeriod,
  weekdayOf,
  ymdFromSerial,
  type CalendarOptions,
  type Grain,
  type Period,
} from "../../src/core/calendar";
import { evaluateFormulas } from "../support/hyperformulaOracle";

const GRAINS: readonly Grain[] = ["day", "week", "month", "quarter"];
const serialArb = fc.integer({ min: 61, max: MAX_EXCEL_SERIAL });
/** Serials (1910..9989) whose shifted periods stay inside 1900-03..9999. */
const innerSerialArb = fc.integer({ min: 4000, max: MAX_EXCEL_SERIAL - 4000 });
const optionsArb: fc.Arbitrary<CalendarOptions> = fc.record({
  weekStart: fc.constantFrom("monday" as const, "sunday" as const),
  fiscalStartMonth: fc.integer({ min: 1, max: 12 }),
});

// ---------------------------------------------------------------------------------------------------
// A brute-force reading of the stated rules, independent of the module: dates via JavaScript's Date,
// weeks by walking day by day and counting days per fiscal year.

const MS_PER_DAY = 86_400_000;
const dateOf = (serial: number) => new Date(Date.UTC(1899, 11, 30) + serial * MS_PER_DAY);

/** Fiscal year of a day: named by the calendar year it ends in. */
function bruteFiscalYear(serial: number, fiscalStartMonth: number): number {
  const date = dateOf(serial);
  const year = date.getUTCFullYear();
  if (fiscalStartMonth === 1) return year;
  return date.getUTCMonth() + 1 >= fiscalStartMonth ? year + 1 : year;
}

function bruteWeekStart(serial: number, weekStart: "monday" | "sunday"): number {
  const wanted = weekStart === "monday" ? 1 : 0;
  let day = serial;
  while (dateOf(day).getUTCDay() !== wanted) day -= 1;
  return day;
}

/** The fiscal year holding at least 4 of the week's 7 days. */
function bruteWeekYear(weekStartSerial: number, fiscalStartMonth: number): number {
  const counts = new Map<number, number>();
  for (let d = 0; d < 7; d++) {
    const fy = bruteFiscalYear(weekStartSerial + d, fiscalStartMonth);
    counts.set(fy, (counts.get(fy) ?? 0) + 1);
  }
  return [...counts].find(([, count]) => count >= 4)![0];
}

function bruteWeek(serial: number, options: Required<CalendarOptions>) {
  const start = bruteWeekStart(serial, options.weekStart);
  const weekYear = bruteWeekYear(start, options.fiscalStartMonth);
  let week = 1;
  while (bruteWeekYear(start - 7 * week, options.fiscalStartMonth) === weekYear) week += 1;
  const middleMonth = dateOf(start + 3).getUTCMonth() + 1;
  const fiscalMonth = ((middleMonth - options.fiscalStartMonth + 12) % 12) + 1;
  return { start, weekYear, week, quarter: Math.ceil(fiscalMonth / 3) };
}

/** First day of fiscal year `fy` by Date arithmetic. */
function bruteFiscalYearStart(fiscalYear: number, fiscalStartMonth: number): number {
  const year = fiscalStartMonth === 1 ? fiscalYear : fiscalYear - 1;
  return (Date.UTC(year, fiscalStartMonth - 1, 1) - Date.UTC(1899, 11, 30)) / MS_PER_DAY;
}

// ---------------------------------------------------------------------------------------------------

describe("serials, documented values", () => {
  test("Excel's documented serials: 1900-01-01 = 1, 2008-01-01 = 39448, 9999-12-31 = 2958465", () => {
    // Microsoft's DATE help: "January 1, 2008 is serial number 39448"; 1 and 2958465 are Excel's limits.
    expect(serialFromYmd(1900, 1, 1)).toBe(1);
    expect(serialFromYmd(2008, 1, 1)).toBe(39448);
    expect(serialFromYmd(9999, 12, 31)).toBe(MAX_EXCEL_SERIAL);
    expect(ymdFromSerial(39448)).toEqual({ year: 2008, month: 1, day: 1 });
  });

  test("around Excel's fictitious 1900-02-29 (serial 60)", () => {
    expect(serialFromYmd(1900, 2, 28)).toBe(59);
    expect(serialFromYmd(1900, 3, 1)).toBe(61);
    expect(ymdFromSerial(59)).toEqual({ year: 1900, month: 2, day: 28 });
    expect(ymdFromSerial(61)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(() => ymdFromSerial(60)).toThrow(RangeError);
    expect(() => serialFromYmd(1900, 2, 29)).toThrow(RangeError); // not a real date
    // 1900-01-01 was a Monday (Excel's WEEKDAY says Sunday because of the 1900 bug); 1900-03-01 a Thursday.
    expect(weekdayOf(1)).toBe(1);
    expect(weekdayOf(61)).toBe(4);
    expect(() => periodOf(59, "day")).toThrow(RangeError);
  });

  test("impossible dates and non-serials throw", () => {
    expect(() => serialFromYmd(2025, 2, 29)).toThrow(RangeError);
    expect(() => serialFromYmd(2025, 13, 1)).toThrow(RangeError);
    expect(() => serialFromYmd(1899, 12, 31)).toThrow(RangeError);
    expect(() => ymdFromSerial(0)).toThrow(RangeError);
    expect(() => ymdFromSerial(45658.5)).toThrow(RangeError);
    expect(() => ymdFromSerial(MAX_EXCEL_SERIAL + 1)).toThrow(RangeError);
  });
});

/**
 * HyperFormula 3.5.0's ISOWEEKNUM gives 53 for a Monday–Wednesday on Dec 29–31, which ISO 8601 (and
 * Excel) put in week 1 of the next year: ISOWEEKNUM(DATE(2024,12,30)) is 1 in Excel, 53 in HyperFormula.
 * Those days are checked against the published ISO examples and the brute-force rule instead.
 */
function inHyperFormulaIsoWeekGap(month: number, day: number, weekday: number) {
  return month === 12 && day >= 29 && weekday >= 1 && weekday <= 3;
}

describe("serials against HyperFormula (independent engine)", () => {
  test("YEAR, MONTH, DAY, WEEKDAY and ISOWEEKNUM agree over thousands of serials", () => {
    fc.assert(
      fc.property(fc.array(serialArb, { minLength: 500, maxLength: 500 }), (serials) => {
        const formulas = serials.flatMap((_, i) => [
          `=YEAR(A${i + 1})`,
          `=MONTH(A${i + 1})`,
          `=DAY(A${i + 1})`,
          `=WEEKDAY(A${i + 1})`,
          `=ISOWEEKNUM(A${i + 1})`,
        ]);
        const results = evaluateFormulas(
          serials.map((s) => [s]),
          formulas
        );
        serials.forEach((serial, i) => {
          const [year, month, day, weekday, isoWeekNumber] = results.slice(i * 5, i * 5 + 5);
          expect(ymdFromSerial(serial)).toEqual({ year, month, day });
          expect(weekdayOf(serial)).toBe(weekday - 1); // WEEKDAY: 1 = Sunday
          if (!inHyperFormulaIsoWeekGap(month, day, weekday - 1))
            expect(isoWeek(serial).week).toBe(isoWeekNumber);
        });
      }),
      { numRuns: 6 }
    );
  });

  test("DATE(y, m, d) agrees with serialFromYmd over thousands of valid dates", () => {
    const ymdArb = fc
      .record({
        year: fc.integer({ min: 1901, max: 9999 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 31 }),
      })
      .filter(({ year, month, day }) => day <= new Date(Date.UTC(year, month, 0)).getUTCDate());
    fc.assert(
      fc.property(fc.array(ymdArb, { minLength: 500, maxLength: 500 }), (dates) => {
        const expected = evaluateFormulas(
          [],
          dates.map(({ year, month, day }) => `=DATE(${year},${month},${day})`)
        );
        dates.forEach(({ year, month, day }, i) => {
          expect(serialFromYmd(year, month, day)).toBe(expected[i]);
          expect(ymdFromSerial(expected[i])).toEqual({ year, month, day });
        });
      }),
      { numRuns: 4 }
    );
  });

  test("52/53-week ISO years match ISOWEEKNUM(DATE(y,12,28)) (Dec 28 is always in the last week)", () => {
    const years = Array.from({ length: 499 }, (_, i) => 1901 + i);
    const lastWeeks = evaluateFormulas(
      [],
      years.map((y) => `=ISOWEEKNUM(DATE(${y},12,28))`)
    );
    years.forEach((year, i) => expect(fiscalYearPeriods(year, "week")).toHaveLength(lastWeeks[i]));
  });
});

describe("ISO 8601 weeks, published examples", () => {
  // Wikipedia, "ISO week date", Examples table (date → ISO year-week-weekday).
  const examples: Array<[number, number, number, number, number, number]> = [
    [2005, 1, 1, 2004, 53, 6],
    [2005, 1, 2, 2004, 53, 7],
    [2005, 12, 31, 2005, 52, 6],
    [2006, 1, 1, 2005, 52, 7],
    [2006, 1, 2, 2006, 1, 1],
    [2006, 12, 31, 2006, 52, 7],
    [2007, 1, 1, 2007, 1, 1],
    [2007, 12, 30, 2007, 52, 7],
    [2007, 12, 31, 2008, 1, 1],
    [2008, 1, 1, 2008, 1, 2],
    [2008, 12, 28, 2008, 52, 7],
    [2008, 12, 29, 2009, 1, 1],
    [2008, 12, 30, 2009, 1, 2],
    [2008, 12, 31, 2009, 1, 3],
    [2009, 1, 1, 2009, 1, 4],
    [2009, 12, 31, 2009, 53, 4],
    [2010, 1, 1, 2009, 53, 5],
    [2010, 1, 2, 2009, 53, 6],
    [2010, 1, 3, 2009, 53, 7],
  ];
  test.each(examples)("%i-%i-%i is %i-W%i-%i", (y, m, d, weekYear, week, isoWeekday) => {
    const serial = serialFromYmd(y, m, d);
    expect(isoWeek(serial)).toEqual({ weekYear, week });
    expect(weekdayOf(serial)).toBe(isoWeekday % 7); // ISO 7 = Sunday = 0
    const period = periodOf(serial, "week");
    expect(period.key).toBe(`FY${weekYear}-W${String(week).padStart(2, "0")}`);
    expect(serial - period.start).toBe(isoWeekday - 1);
  });

  test("long ISO years: 71 in every 400-year cycle; 2004, 2009, 2015, 2020, 2026 among them", () => {
    const long = Array.from({ length: 400 }, (_, i) => 2000 + i).filter(
      (y) => fiscalYearPeriods(y, "week").length === 53
    );
    expect(long).toHaveLength(71);
    expect(long.slice(0, 5)).toEqual([2004, 2009, 2015, 2020, 2026]);
  });
});

describe("Sunday-start and fiscal weeks against a brute-force reading of the rule", () => {
  test("week start, week-year, week number and quarter", () => {
    fc.assert(
      fc.property(innerSerialArb, optionsArb, (serial, options) => {
        const expected = bruteWeek(serial, options as Required<CalendarOptions>);
        const period = periodOf(serial, "week", options);
        expect(period.start).toBe(expected.start);
        expect(period.end).toBe(expected.start + 6);
        expect(period.fiscalYear).toBe(expected.weekYear);
        expect(period.index).toBe(expected.week);
        expect(period.quarter).toBe(expected.quarter);
      }),
      { numRuns: 2000 }
    );
  });

  test("hand example: Sunday weeks of 2025 start on Sun 2024-12-29 (the week holding Sat Jan 4)", () => {
    // 2025-01-01 is a Wednesday, so Sun Dec 29 – Sat Jan 4 holds 4 days of 2025: week 1.
    const week1 = periodOf(serialFromYmd(2025, 1, 1), "week", { weekStart: "sunday" });
    expect(week1.start).toBe(serialFromYmd(2024, 12, 29));
    expect(week1.key).toBe("FY2025-W01");
    expect(week1.labelEn).toBe("W01 2025");
    expect(week1.labelZh).toBe("2025年第1周");
  });

  test("hand example: April fiscal year — FY2026 week 1 is the Monday week holding Fri 2025-04-04", () => {
    // FY2026 starts Tue 2025-04-01; its 4th day, Fri Apr 4, sits in Mon Mar 31 – Sun Apr 6.
    const options = { fiscalStartMonth: 4 };
    const week1 = periodOf(serialFromYmd(2025, 4, 4), "week", options);
    expect(week1.start).toBe(serialFromYmd(2025, 3, 31));
    expect(week1.key).toBe("FY2026-W01");
    expect(week1.labelEn).toBe("W01 FY2026");
    expect(week1.labelZh).toBe("2026财年第1周");
    // Sun 2025-03-30 is the last day of the previous week-year.
    expect(periodOf(serialFromYmd(2025, 3, 30), "week", options).fiscalYear).toBe(2025);
  });
});

describe("months, quarters and days of a fiscal year, hand examples", () => {
  const april = { fiscalStartMonth: 4 };
  const jan3 = serialFromYmd(2025, 1, 3);

  test("calendar year: 2025-01-03", () => {
    expect(periodOf(jan3, "month")).toMatchObject({
      key: "FY2025-M01",
      start: serialFromYmd(2025, 1, 1),
      end: serialFromYmd(2025, 1, 31),
      fiscalYear: 2025,
      index: 1,
      quarter: 1,
      labelEn: "Jan 2025",
      labelZh: "2025年1月",
    });
    expect(periodOf(jan3, "quarter")).toMatchObject({
      key: "FY2025-Q1",
      end: serialFromYmd(2025, 3, 31),
      labelEn: "Q1 2025",
      labelZh: "2025年Q1",
    });
    expect(periodOf(jan3, "day")).toMatchObject({
      key: "2025-01-03",
      start: jan3,
      end: jan3,
      index: 3,
      labelEn: "2025-01-03",
    });
  });

  test("April fiscal year: 2025-01-03 is month 10 and Q4 of FY2025; day 278", () => {
    // FY2025 = 2024-04-01..2025-03-31. Apr..Dec 2024 = 30+31+30+31+31+30+31+30+31 = 275 days → Jan 3 is 278.
    expect(periodOf(jan3, "month", april)).toMatchObject({
      key: "FY2025-M10",
      fiscalYear: 2025,
      index: 10,
      quarter: 4,
      labelEn: "Jan 2025",
    });
    expect(periodOf(jan3, "quarter", april)).toMatchObject({
      key: "FY2025-Q4",
      start: serialFromYmd(2025, 1, 1),
      end: serialFromYmd(2025, 3, 31),
      labelEn: "Q4 FY2025",
      labelZh: "2025财年Q4",
    });
    expect(periodOf(jan3, "day", april)).toMatchObject({
      fiscalYear: 2025,
      index: 278,
      quarter: 4,
    });
    const months = fiscalYearPeriods(2026, "month", april);
    expect(months[0]).toMatchObject({
      key: "FY2026-M01",
      labelEn: "Apr 2025",
      labelZh: "2025年4月",
    });
    expect(months[11]).toMatchObject({ key: "FY2026-M12", end: serialFromYmd(2026, 3, 31) });
  });

  test("same period last year", () => {
    const leapDay = periodOf(serialFromYmd(2024, 2, 29), "day");
    expect(samePeriodLastYear(leapDay).start).toBe(serialFromYmd(2023, 2, 28));
    const w53 = fiscalYearPeriods(2026, "week")[52]; // 2026 has 53 ISO weeks, 2025 has 52
    expect(samePeriodLastYear(w53).key).toBe("FY2025-W52");
    expect(samePeriodLastYear(periodOf(serialFromYmd(2021, 3, 10), "week")).key).toBe("FY2020-W10");
    const apr2025 = periodOf(serialFromYmd(2025, 4, 15), "month", april);
    expect(samePeriodLastYear(apr2025, april)).toMatchObject({
      key: "FY2025-M01",
      start: serialFromYmd(2024, 4, 1),
    });
    expect(samePeriodLastYear(periodOf(jan3, "quarter", april), april).key).toBe("FY2024-Q4");
  });

  test("bad options and mismatched periods throw", () => {
    expect(() => periodOf(jan3, "month", { fiscalStartMonth: 13 })).toThrow(RangeError);
    expect(() => periodOf(jan3, "week", { weekStart: "friday" as "monday" })).toThrow(RangeError);
    expect(() => periodsBetween(jan3, jan3 - 1, "day")).toThrow(RangeError);
    expect(() => shiftPeriod(periodOf(jan3, "month"), 1, april)).toThrow(RangeError);
    expect(() => periodOf(jan3 + 0.5, "day")).toThrow(RangeError);
  });
});

describe("period properties", () => {
  const fiscalYearArb = fc.integer({ min: 1902, max: 9998 });

  function expectContiguous(periods: readonly Period[]): void {
    periods.forEach((p, i) => {
      expect(p.start).toBeLessThanOrEqual(p.end);
      if (i > 0) {
        expect(p.start).toBe(periods[i - 1].end + 1);
        expect(p.key > periods[i - 1].key).toBe(true); // keys sort in time order
      }
    });
  }

  test("a fiscal year's periods are contiguous, numbered 1..n and cover exactly the (week-)year", () => {
    fc.assert(
      fc.property(fiscalYearArb, optionsArb, fc.constantFrom(...GRAINS), (fy, options, grain) => {
        const periods = fiscalYearPeriods(fy, grain, options);
        expectContiguous(periods);
        periods.forEach((p, i) => {
          expect(p.index).toBe(i + 1);
          expect(p.fiscalYear).toBe(fy);
          expect(p.grain).toBe(grain);
        });
        const fiscalStart = bruteFiscalYearStart(fy, options.fiscalStartMonth!);
        const nextStart = bruteFiscalYearStart(fy + 1, options.fiscalStartMonth!);
        if (grain === "week") {
          expect([52, 53]).toContain(periods.length);
          // first week holds the fiscal year's 4th day; the next week-year's first week follows the last
          expect(periods[0].start).toBe(bruteWeekStart(fiscalStart + 3, options.weekStart!));
          expect(periods[periods.length - 1].end + 1).toBe(
            bruteWeekStart(nextStart + 3, options.weekStart!)
          );
        } else {
          const expectedCount = { day: nextStart - fiscalStart, month: 12, quarter: 4 }[grain];
          expect(periods).toHaveLength(expectedCount);
          expect(periods[0].start).toBe(fiscalStart);
          expect(periods[periods.length - 1].end).toBe(nextStart - 1);
        }
      }),
      { numRuns: 60 }
    );
  });

  test("periodOf(s) holds s, and is the same period for its first and last day", () => {
    fc.assert(
      fc.property(
        innerSerialArb,
        optionsArb,
        fc.constantFrom(...GRAINS),
        (serial, options, grain) => {
          const period = periodOf(serial, grain, options);
          expect(period.start).toBeLessThanOrEqual(serial);
          expect(serial).toBeLessThanOrEqual(period.end);
          expect(periodOf(period.start, grain, options)).toEqual(period);
          expect(periodOf(period.end, grain, options)).toEqual(period);
          expect(fiscalYearPeriods(period.fiscalYear, grain, options)[period.index - 1]).toEqual(
            period
          );
        }
      ),
      { numRuns: 500 }
    );
  });

  test("shiftPeriod: +by then −by is the identity; +1 starts the day after the end", () => {
    fc.assert(
      fc.property(
        innerSerialArb,
        optionsArb,
        fc.constantFrom(...GRAINS),
        fc.integer({ min: -20, max: 20 }),
        (serial, options, grain, by) => {
          const period = periodOf(serial, grain, options);
          expect(shiftPeriod(shiftPeriod(period, by, options), -by, options)).toEqual(period);
          expect(shiftPeriod(period, 1, options).start).toBe(period.end + 1);
          expect(shiftPeriod(period, -1, options).end).toBe(period.start - 1);
        }
      ),
      { numRuns: 500 }
    );
  });

  test("periodsBetween: contiguous, first holds `from`, last holds `to`", () => {
    fc.assert(
      fc.property(
        innerSerialArb,
        fc.integer({ min: 0, max: 400 }),
        optionsArb,
        fc.constantFrom(...GRAINS),
        (from, length, options, grain) => {
          const periods = periodsBetween(from, from + length, grain, options);
          expectContiguous(periods);
          expect(periods[0]).toEqual(periodOf(from, grain, options));
          expect(periods[periods.length - 1]).toEqual(periodOf(from + length, grain, options));
        }
      ),
      { numRuns: 100 }
    );
  });

  test("samePeriodLastYear: months/quarters 12 months back, days the same date, weeks the same number", () => {
    fc.assert(
      fc.property(
        innerSerialArb,
        optionsArb,
        fc.constantFrom(...GRAINS),
        (serial, options, grain) => {
          const period = periodOf(serial, grain, options);
          const last = samePeriodLastYear(period, options);
          expect(last.grain).toBe(grain);
          expect(last.fiscalYear).toBe(period.fiscalYear - 1);
          const { year, month, day } = ymdFromSerial(period.start);
          const before = ymdFromSerial(last.start);
          if (grain === "week") {
            const weeksLastYear = fiscalYearPeriods(period.fiscalYear - 1, "week", options).length;
            expect(last.index).toBe(Math.min(period.index, weeksLastYear));
          } else if (grain === "day") {
            const feb29 = month === 2 && day === 29;
            expect(before).toEqual({ year: year - 1, month, day: feb29 ? 28 : day });
          } else {
            expect(before).toEqual({ year: year - 1, month, day: 1 });
            expect(last.index).toBe(period.index);
          }
        }
      ),
      { numRuns: 500 }
    );
  });
});
