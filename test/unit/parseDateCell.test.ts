import fc from "fast-check";
import { parseDateCell } from "../../src/core/parseDateCell";
import { evaluateFormulas } from "../support/hyperformulaOracle";

/** Serial of a date by HyperFormula's DATE, an engine independent of our calendar. */
function excelDate(year: number, month: number, day: number): number {
  return evaluateFormulas([], [`=DATE(${year},${month},${day})`])[0];
}

const pad2 = (n: number) => String(n).padStart(2, "0");

describe("parseDateCell, day precision", () => {
  const jan3 = () => excelDate(2025, 1, 3);

  test.each([
    "2025-01-03",
    "2025/1/3",
    "2025/01/03",
    "2025.1.3",
    "2025-1-3",
    "20250103",
    "2025年1月3日",
    "2025年01月03日",
    "2025-01-03 12:34:56",
    "2025/1/3 8:00",
    "2025-01-03T12:34:56",
    "2025-01-03T12:34:56.789Z",
    "2025-01-03T23:59:59+08:00",
    "2025年1月3日 09:30",
    "  2025-01-03  ",
  ])("%j is 2025-01-03", (text) => {
    expect(parseDateCell(text)).toEqual({ serial: jan3(), precision: "day" });
  });

  test("numbers are Excel serials; a time fraction is dropped", () => {
    expect(parseDateCell(45660)).toEqual({ serial: 45660, precision: "day" });
    expect(parseDateCell(45660.75)).toEqual({ serial: 45660, precision: "day" });
    expect(parseDateCell(1)).toEqual({ serial: 1, precision: "day" });
    expect(parseDateCell(2958465)).toEqual({ serial: 2958465, precision: "day" });
  });

  test("leap day: 2024-02-29 is valid, 2025-02-29 is not", () => {
    expect(parseDateCell("2024-02-29")).toEqual({
      serial: excelDate(2024, 2, 29),
      precision: "day",
    });
    expect(parseDateCell("2024年2月29日")?.serial).toBe(excelDate(2024, 2, 29));
    expect(parseDateCell("2025-02-29")).toBeUndefined();
    expect(parseDateCell("20250229")).toBeUndefined();
  });

  test("year change: 2024-12-31 and 2025-01-01 are consecutive serials", () => {
    const dec31 = parseDateCell("2024/12/31")!.serial;
    const jan1 = parseDateCell("2025/1/1")!.serial;
    expect(dec31).toBe(excelDate(2024, 12, 31));
    expect(jan1).toBe(dec31 + 1);
  });

  test("every valid date in each day format agrees with DATE()", () => {
    const ymdArb = fc
      .record({
        year: fc.integer({ min: 1901, max: 9999 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 31 }),
      })
      .filter(({ year, month, day }) => day <= new Date(Date.UTC(year, month, 0)).getUTCDate());
    fc.assert(
      fc.property(fc.array(ymdArb, { minLength: 200, maxLength: 200 }), (dates) => {
        const expected = evaluateFormulas(
          [],
          dates.map(({ year, month, day }) => `=DATE(${year},${month},${day})`)
        );
        dates.forEach(({ year: y, month: m, day: d }, i) => {
          for (const text of [
            `${y}-${pad2(m)}-${pad2(d)}`,
            `${y}/${m}/${d}`,
            `${y}.${m}.${d}`,
            `${y}${pad2(m)}${pad2(d)}`,
            `${y}年${m}月${d}日`,
            `${y}-${pad2(m)}-${pad2(d)}T08:00:00`,
          ])
            expect(parseDateCell(text)).toEqual({ serial: expected[i], precision: "day" });
        });
      }),
      { numRuns: 5 }
    );
  });
});

describe("parseDateCell, month precision", () => {
  test.each(["2025-01", "2025/1", "2025/01", "202501", "2025年1月", "2025年01月", " 2025-01 "])(
    "%j is January 2025, from its first day",
    (text) => {
      expect(parseDateCell(text)).toEqual({ serial: excelDate(2025, 1, 1), precision: "month" });
    }
  );

  test("December and month 13", () => {
    expect(parseDateCell("2024-12")?.serial).toBe(excelDate(2024, 12, 1));
    expect(parseDateCell("2024-13")).toBeUndefined();
    expect(parseDateCell("202400")).toBeUndefined();
  });
});

describe("parseDateCell, refused", () => {
  test.each([
    ["2025-02-30", "no such day"],
    ["2025-13-01", "month 13"],
    ["2025-00-10", "month 0"],
    ["2025-01-00", "day 0"],
    ["2025年2月30日", "no such day"],
    ["1/3/2025", "month- or day-first: ambiguous"],
    ["03-01-2025", "month- or day-first: ambiguous"],
    ["25-01-03", "two-digit year"],
    ["2025-01/03", "mixed separators"],
    ["2025.1", "reads as a decimal number"],
    ["2025-01-03 25:00", "no such hour"],
    ["2025-01-03 12:60", "no such minute"],
    ["1899-12-31", "before Excel's calendar"],
    ["", "empty"],
    ["   ", "blank"],
    ["soon", "not a date"],
    ["45660", "a serial as text is not a date"],
  ])("%j (%s)", (text) => {
    expect(parseDateCell(text)).toBeUndefined();
  });

  test("non-text, non-serial values", () => {
    expect(parseDateCell(null)).toBeUndefined();
    expect(parseDateCell(true)).toBeUndefined();
    expect(parseDateCell(false)).toBeUndefined();
    expect(parseDateCell(0)).toBeUndefined();
    expect(parseDateCell(0.5)).toBeUndefined(); // a time of day, no date
    expect(parseDateCell(-1)).toBeUndefined();
    expect(parseDateCell(2958466)).toBeUndefined(); // after 9999-12-31
    expect(parseDateCell(Number.NaN)).toBeUndefined();
    expect(parseDateCell(Number.POSITIVE_INFINITY)).toBeUndefined();
  });

  test("a day past the month's end is refused in every format", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1901, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 3 }),
        (y, m, past) => {
          // DAY(EOMONTH(…)) is the month's length by HyperFormula.
          const length = evaluateFormulas([], [`=DAY(EOMONTH(DATE(${y},${m},1),0))`])[0];
          const d = length + past;
          for (const text of [
            `${y}-${pad2(m)}-${pad2(d)}`,
            `${y}${pad2(m)}${pad2(d)}`,
            `${y}年${m}月${d}日`,
          ])
            expect(parseDateCell(text)).toBeUndefined();
        }
      ),
      { numRuns: 200 }
    );
  });
});

describe("parseDateCell, the forms of issue 12", () => {
  test.each([
    ["2025-11", 2025, 11],
    ["2025/11", 2025, 11],
    ["2025.11", 2025, 11],
    ["202511", 2025, 11],
    ["2025年11月", 2025, 11],
    ["2025年11月份", 2025, 11],
  ])("%j is a month", (text, year, month) => {
    expect(parseDateCell(text)).toEqual({
      serial: excelDate(year, month, 1),
      precision: "month",
    });
  });

  test.each([
    "2025-11-03",
    "2025/11/3",
    "2025.11.03",
    "20251103",
    "2025年11月3日",
    "2025-11-03 09:15",
  ])("%j is 2025-11-03", (text) => {
    expect(parseDateCell(text)).toEqual({ serial: excelDate(2025, 11, 3), precision: "day" });
  });

  test("the digits of exports as numbers: 20251103 is a day, 202511 a month", () => {
    expect(parseDateCell(20251103)).toEqual({ serial: excelDate(2025, 11, 3), precision: "day" });
    expect(parseDateCell(202511)).toEqual({ serial: excelDate(2025, 11, 1), precision: "month" });
    expect(parseDateCell(20250229)).toBeUndefined();
    expect(parseDateCell(202513)).toBeUndefined();
  });

  test("a year or a year.month that became a number is refused, not read as a 1905 day", () => {
    expect(parseDateCell(2025.11)).toBeUndefined();
    expect(parseDateCell(2025)).toBeUndefined();
    expect(parseDateCell(1900)).toBeUndefined();
    expect(parseDateCell(9999.5)).toBeUndefined();
    expect(parseDateCell(10000)).toEqual({ serial: 10000, precision: "day" });
  });
});
