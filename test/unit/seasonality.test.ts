import fc from "fast-check";
import {
  CHINESE_NEW_YEAR,
  EVENT_MONTHS,
  applyEventUplifts,
  centredMovingAverage12,
  chineseNewYearMonth,
  indexToShares,
  seasonalIndex,
  sharesToIndex,
  type MonthlyObservation,
  type SeasonalMethod,
} from "../../src/core/seasonality";
import { expectOpsError } from "../support/errorAssertions";

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

function expectAllClose(actual: readonly number[], expected: readonly number[], digits = 12): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => expect(a).toBeCloseTo(expected[i], digits));
}

/** Observations for consecutive months from (year, month), one per value. */
function monthsFrom(year: number, month: number, values: readonly number[]): MonthlyObservation[] {
  return values.map((value, i) => {
    const key = year * 12 + (month - 1) + i;
    return { year: Math.floor(key / 12), period: (key % 12) + 1, value };
  });
}

describe("priorYear and averageShare", () => {
  const year2024 = [3, 2.5, 3, 3, 3.2, 3, 3.5, 3.8, 4.2, 3.3, 3, 3.5];
  const year2025 = [4.1, 3.9, 4.5, 4.4, 4.8, 6.3, 4, 4, 4, 4, 8, 4];

  test("priorYear: the last full year's shares (a partial later year is ignored)", () => {
    const history = [
      ...monthsFrom(2024, 1, year2024),
      ...monthsFrom(2025, 1, year2025),
      ...monthsFrom(2026, 1, [9, 9]),
    ];
    expectAllClose(
      seasonalIndex(history, "priorYear"),
      year2025.map((v) => v / sum(year2025))
    );
  });

  test("averageShare: each year's shares averaged month by month", () => {
    const history = [...monthsFrom(2024, 1, year2024), ...monthsFrom(2025, 1, year2025)];
    const expected = year2024.map((v, m) => (v / sum(year2024) + year2025[m] / sum(year2025)) / 2);
    expectAllClose(seasonalIndex(history, "averageShare"), expected);
  });

  test("a month-ordered array starts in January; duplicate year-months are summed", () => {
    expectAllClose(
      seasonalIndex(year2024, "priorYear"),
      year2024.map((v) => v / sum(year2024))
    );
    const perChannel = [...monthsFrom(2024, 1, year2024), ...monthsFrom(2024, 1, year2024)];
    expectAllClose(
      seasonalIndex(perChannel, "priorYear"),
      year2024.map((v) => v / sum(year2024))
    );
  });

  test("equal and custom", () => {
    expect(seasonalIndex([], "equal")).toEqual(new Array(12).fill(1 / 12));
    const custom = [1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 3, 1];
    expectAllClose(
      seasonalIndex([], "custom", custom),
      custom.map((c) => c / 15)
    );
  });
});

describe("ratioToMovingAverage (classical decomposition)", () => {
  test("hand-computed: 24 months of 10 with December at 22 → CMA 11 everywhere, index 10/11 and December 2", () => {
    // Each 2×12 window holds one whole December (or two half ones): (5 + 10·10 + 22 + 5)/12 = 132/12 = 11.
    // Ratios: 10/11 for Jan–Nov, 22/11 = 2 for December; they already sum to 11·10/11 + 2 = 12.
    const series = Array.from({ length: 24 }, (_, t) => (t % 12 === 11 ? 22 : 10));
    expect(centredMovingAverage12(series).slice(6, 18)).toEqual(new Array(12).fill(11));
    const index = sharesToIndex(seasonalIndex(series, "ratioToMovingAverage"));
    expectAllClose(index, [...new Array(11).fill(10 / 11), 2]);
    expect(sum(index)).toBeCloseTo(12, 12);
  });

  test("a series with pure multiplicative seasonality and no trend returns its seasonal factors", () => {
    const factors = [0.8, 0.7, 0.9, 1, 1, 1.3, 0.9, 0.9, 1, 1, 1.6, 0.9]; // sums to 12
    const series = Array.from({ length: 36 }, (_, t) => 500 * factors[t % 12]);
    expectAllClose(sharesToIndex(seasonalIndex(series, "ratioToMovingAverage")), factors);
  });

  /** Independent computation: 2×12 MA as the mean of two adjacent plain 12-month means. */
  function referenceIndex(series: readonly number[], firstMonth: number): number[] {
    const mean12 = (from: number) => sum(series.slice(from, from + 12)) / 12;
    const ratios: number[][] = Array.from({ length: 12 }, () => []);
    for (let t = 6; t + 6 < series.length; t++) {
      const cma = (mean12(t - 6) + mean12(t - 5)) / 2;
      ratios[(firstMonth + t) % 12].push(series[t] / cma);
    }
    const average = ratios.map((r) => sum(r) / r.length);
    return average.map((a) => (12 * a) / sum(average));
  }

  test("matches an independent computation on trending, noisy series starting in any month", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 24, max: 60 }),
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.double({ min: 0.5, max: 2, noNaN: true }), { minLength: 60, maxLength: 60 }),
        (length, startMonth, noise) => {
          const series = Array.from(
            { length },
            (_, t) => (1000 + 25 * t) * (1 + 0.3 * Math.sin(t)) * noise[t]
          );
          const history = monthsFrom(2020, startMonth, series);
          const index = sharesToIndex(seasonalIndex(history, "ratioToMovingAverage"));
          expectAllClose(index, referenceIndex(series, startMonth - 1), 9);
          expect(sum(index)).toBeCloseTo(12, 9);
        }
      )
    );
  });

  test("needs at least 24 consecutive months", () => {
    expectOpsError(
      () => seasonalIndex(new Array(23).fill(1), "ratioToMovingAverage"),
      "VALUE",
      "atLeast",
      { min: 24 }
    );
    expectOpsError(() => seasonalIndex([], "ratioToMovingAverage"), "VALUE", "atLeast");
    const gap = monthsFrom(2024, 1, new Array(30).fill(1)).filter(
      (o) => !(o.year === 2024 && o.period === 5)
    );
    expectOpsError(() => seasonalIndex(gap, "ratioToMovingAverage"), "VALUE", "blankRequired", {
      arg: "history 2024-5",
    });
  });
});

describe("shares, index and event uplifts", () => {
  test("every method returns 12 non-negative shares summing to 1", () => {
    const history = Array.from({ length: 36 }, (_, t) => 100 + 10 * (t % 12) + t);
    for (const method of [
      "priorYear",
      "averageShare",
      "ratioToMovingAverage",
      "equal",
    ] as SeasonalMethod[]) {
      const shares = seasonalIndex(history, method);
      expect(shares).toHaveLength(12);
      expect(sum(shares)).toBeCloseTo(1, 12);
      for (const s of shares) expect(s).toBeGreaterThanOrEqual(0);
    }
  });

  test("sharesToIndex sums to 12; indexToShares goes back", () => {
    const shares = seasonalIndex([], "custom", [1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 3, 1]);
    expect(sum(sharesToIndex(shares))).toBeCloseTo(12, 12);
    expectAllClose(indexToShares(sharesToIndex(shares)), shares);
  });

  test("618 ×2 and Double 11 ×3 on an equal split, renormalised", () => {
    const lifted = applyEventUplifts(seasonalIndex([], "equal"), [
      { month: EVENT_MONTHS["618"], factor: 2 },
      { month: EVENT_MONTHS.double11, factor: 3 },
    ]);
    expectAllClose(
      lifted,
      [1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 3, 1].map((w) => w / 15)
    );
  });

  test("uplifts keep an index's sum of 12; repeated months multiply", () => {
    const lifted = applyEventUplifts(new Array(12).fill(1), [
      { month: 2, factor: 1.5 },
      { month: 2, factor: 2 },
    ]);
    expect(sum(lifted)).toBeCloseTo(12, 12);
    expect(lifted[1] / lifted[0]).toBeCloseTo(3, 12);
  });

  test("Chinese New Year month from the 2020–2030 table", () => {
    expect(chineseNewYearMonth(2024)).toBe(2);
    expect(chineseNewYearMonth(2025)).toBe(1);
    expect(chineseNewYearMonth(2026)).toBe(2);
    expect(chineseNewYearMonth(2027)).toBe(2);
    expect(Object.keys(CHINESE_NEW_YEAR)).toHaveLength(11);
    // Always between 21 January and 20 February.
    for (const date of Object.values(CHINESE_NEW_YEAR)) {
      const [, month, day] = date.split("-").map(Number);
      expect(month === 1 ? day >= 21 : month === 2 && day <= 20).toBe(true);
    }
    expectOpsError(() => chineseNewYearMonth(2031), "NUM", "openInterval");
  });
});

describe("seasonality errors", () => {
  test("bad history rows name their position", () => {
    expectOpsError(
      () => seasonalIndex([{ year: 2024, period: 13, value: 1 }], "priorYear"),
      "VALUE",
      "cellNotANumber",
      { position: 1 }
    );
    expectOpsError(() => seasonalIndex([1, -1], "priorYear"), "NUM", "cellNegative", {
      position: 2,
    });
    expectOpsError(() => seasonalIndex([1, NaN], "priorYear"), "VALUE", "cellNotANumber", {
      position: 2,
    });
  });
  test("no full year, or a full year of zeros", () => {
    expectOpsError(() => seasonalIndex([1, 2, 3], "priorYear"), "VALUE", "atLeast", { min: 12 });
    expectOpsError(() => seasonalIndex(new Array(12).fill(0), "priorYear"), "DIV0", "divideByZero");
    expectOpsError(
      () => seasonalIndex(new Array(12).fill(0), "averageShare"),
      "DIV0",
      "divideByZero"
    );
  });
  test("custom needs 12 non-negative weights; uplifts need months 1–12 and factors ≥ 0", () => {
    expectOpsError(() => seasonalIndex([], "custom"), "VALUE", "blankRequired", { arg: "custom" });
    expectOpsError(() => seasonalIndex([], "custom", [1, 2]), "VALUE", "lengthMismatch");
    expectOpsError(
      () => seasonalIndex([], "custom", [...new Array(11).fill(1), -1]),
      "NUM",
      "cellNegative",
      { position: 12 }
    );
    expectOpsError(
      () => applyEventUplifts(new Array(12).fill(1), [{ month: 0, factor: 2 }]),
      "VALUE",
      "cellNotANumber"
    );
    expectOpsError(
      () => applyEventUplifts(new Array(12).fill(1), [{ month: 6, factor: -1 }]),
      "NUM",
      "cellNegative"
    );
    expectOpsError(() => seasonalIndex([], "bogus" as SeasonalMethod), "VALUE", "unknownOption");
  });
});
