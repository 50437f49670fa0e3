import fc from "fast-check";
import { roundToUnit } from "../../src/core/largestRemainder";
import { spread, type SpreadMethod } from "../../src/core/spreading";
import { expectOpsError } from "../support/errorAssertions";

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

function expectRelativelyClose(actual: number, expected: number, tolerance = 1e-9): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(
    tolerance * Math.max(1, Math.abs(expected))
  );
}

/** The seeds' year: quarterly sales 8.5M, 9.2M, 11.5M, 9.8M (39.0M); next year's plan is +50% = 58.5M. */
const LAST_YEAR_QUARTERS = [8.5e6, 9.2e6, 11.5e6, 9.8e6];

describe("spread, worked examples", () => {
  test("proportional: 58.5M next year over last year's quarters is last year × 1.5", () => {
    const { values, notes } = spread(58.5e6, LAST_YEAR_QUARTERS, { method: "proportional" });
    values.forEach((v, i) => expectRelativelyClose(v, LAST_YEAR_QUARTERS[i] * 1.5, 1e-12));
    expect(notes).toEqual([]);
  });

  test("proportional over an all-zero reference falls back to equal, with a note", () => {
    expect(spread(100, [0, 0, 0, 0], { method: "proportional" })).toEqual({
      values: [25, 25, 25, 25],
      notes: [{ kind: "zeroReferenceFellBackToEqual" }],
    });
  });

  test("proportional: a zero reference only among the unheld cells also falls back", () => {
    const { values, notes } = spread(100, [50, 0, 0], {
      method: "proportional",
      holds: [40, null, null],
    });
    expect(values).toEqual([40, 30, 30]);
    expect(notes).toEqual([{ kind: "zeroReferenceFellBackToEqual" }]);
  });

  test("equal: total / n", () => {
    expect(spread(120, [9, 9, 9], { method: "equal" }).values).toEqual([40, 40, 40]);
  });

  test("repeat: every unheld cell gets the total (not total-preserving)", () => {
    expect(spread(500, [1, 2, 3], { method: "repeat", holds: [null, 7] }).values).toEqual([
      500, 7, 500,
    ]);
  });

  test("growth: reference × (1 + rate); the total is ignored", () => {
    const { values } = spread(0, LAST_YEAR_QUARTERS, { method: "growth", growthRate: 0.5 });
    values.forEach((v, i) => expectRelativelyClose(v, LAST_YEAR_QUARTERS[i] * 1.5, 1e-12));
  });

  test("straightLine with a start value: the end is solved so the line sums to the total", () => {
    // 4 cells summing to 100 from 10: end = 2·100/4 − 10 = 40; step 10 → 10, 20, 30, 40
    expect(spread(100, [0, 0, 0, 0], { method: "straightLine", startValue: 10 }).values).toEqual([
      10, 20, 30, 40,
    ]);
    expect(spread(100, [0, 0, 0, 0], { method: "straightLine", endValue: 10 }).values).toEqual([
      40, 30, 20, 10,
    ]);
    expect(spread(100, [0, 0, 0, 0], { method: "straightLine" }).values).toEqual([25, 25, 25, 25]);
  });

  test("straightLine with both ends interpolates and ignores the total; holds are skipped", () => {
    expect(
      spread(0, [0, 0, 0, 0], { method: "straightLine", startValue: 1, endValue: 4 }).values
    ).toEqual([1, 2, 3, 4]);
    expect(
      spread(100, [0, 0, 0, 0], { method: "straightLine", startValue: 10, holds: [null, 5] }).values
    ).toEqual([10, 5, 95 / 3, 2 * (95 / 3) - 10]);
  });

  test("mid-year re-forecast: Jan–Jun actuals held, the rest of the 58.5M target spread by last year's months", () => {
    const lastYear = [3, 2.5, 3, 3, 3.2, 3, 3.5, 3.8, 4.2, 3.3, 3, 3.5].map((m) => m * 1e6);
    const actuals = [4.1, 3.9, 4.5, 4.4, 4.8, 6.3].map((m) => m * 1e6);
    const holds = [...actuals, ...new Array<null>(6).fill(null)];
    const { values, notes } = spread(58.5e6, lastYear, { method: "proportional", holds });
    expect(values.slice(0, 6)).toEqual(actuals);
    expectRelativelyClose(sum(values), 58.5e6);
    const remainder = 58.5e6 - sum(actuals);
    const lastYearH2 = sum(lastYear.slice(6));
    values
      .slice(6)
      .forEach((v, j) => expectRelativelyClose(v, (remainder * lastYear[6 + j]) / lastYearH2));
    expect(notes).toEqual([]);
  });

  test("negative remainder (actuals past the target) is allowed and noted", () => {
    const { values, notes } = spread(100, [1, 1, 1], { method: "equal", holds: [130] });
    expect(values).toEqual([130, -15, -15]);
    expect(notes).toEqual([{ kind: "negativeRemainder", remainder: -30 }]);
  });

  test("all cells held and adding up to the total is fine", () => {
    expect(spread(10, [1, 1], { method: "proportional", holds: [4, 6] }).values).toEqual([4, 6]);
  });
});

describe("spread then roundToUnit: parts that tie out exactly", () => {
  test("102 spread equally over four months rounds to 25, 26, 25, 26", () => {
    expect(roundToUnit(spread(102, [1, 1, 1, 1], { method: "equal" }).values, 1, 102)).toEqual([
      25, 26, 25, 26,
    ]);
  });

  test("re-forecast in 10,000s: held actuals stay, the rest rounds to the unit and sums to the target", () => {
    const holds = [4_100_000, 3_900_000, null, null, null];
    const { values } = spread(25_000_000, [1, 1, 3, 3, 3], { method: "proportional", holds });
    const rounded = roundToUnit(
      values,
      10_000,
      25_000_000,
      holds.map((h) => h !== null)
    );
    expect(rounded).toEqual([4_100_000, 3_900_000, 5_670_000, 5_660_000, 5_670_000]);
    expect(sum(rounded)).toBe(25_000_000);
  });
});

describe("spread, errors", () => {
  test("a negative proportional reference names its position", () => {
    expectOpsError(
      () => spread(100, [1, -2, 3], { method: "proportional" }),
      "NUM",
      "cellNegative",
      {
        arg: "reference",
        position: 2,
      }
    );
  });
  test("a negative reference under a hold does not matter", () => {
    expect(spread(10, [-5, 1], { method: "proportional", holds: [3] }).values).toEqual([3, 7]);
  });
  test("all cells held but not adding up to the total", () => {
    expectOpsError(
      () => spread(10, [1, 1], { method: "equal", holds: [4, 5] }),
      "NUM",
      "holdsDoNotMatchTotal",
      { held: 9, total: 10 }
    );
  });
  test("empty reference, non-numbers, too many holds, unknown method", () => {
    expectOpsError(() => spread(1, [], { method: "equal" }), "VALUE", "emptyRange");
    expectOpsError(() => spread(NaN, [1], { method: "equal" }), "VALUE", "notANumber", {
      arg: "total",
    });
    expectOpsError(() => spread(1, [1, Infinity], { method: "equal" }), "VALUE", "cellNotANumber", {
      position: 2,
    });
    expectOpsError(
      () => spread(1, [1], { method: "equal", holds: [null, 2] }),
      "VALUE",
      "lengthMismatch"
    );
    expectOpsError(
      () => spread(1, [1], { method: "equal", holds: [NaN] }),
      "VALUE",
      "cellNotANumber"
    );
    expectOpsError(
      () => spread(1, [1], { method: "bogus" as SpreadMethod }),
      "VALUE",
      "unknownOption"
    );
  });
  test("growth needs a rate of at least −100%", () => {
    expectOpsError(() => spread(1, [1], { method: "growth" }), "VALUE", "blankRequired", {
      arg: "growthRate",
    });
    expectOpsError(() => spread(1, [1], { method: "growth", growthRate: -1.5 }), "NUM", "atLeast");
  });
});

describe("spread, properties", () => {
  const references = fc.array(fc.double({ min: 0, max: 1e7, noNaN: true }), {
    minLength: 1,
    maxLength: 24,
  });
  const totals = fc.double({ min: -1e9, max: 1e9, noNaN: true });
  /** Reference plus holds of the same length, at least one cell left unheld. */
  const withHolds = references.chain((reference) =>
    fc
      .array(fc.option(fc.double({ min: 0, max: 1e7, noNaN: true }), { nil: null }), {
        minLength: reference.length,
        maxLength: reference.length,
      })
      .filter((holds) => holds.some((h) => h === null))
      .map((holds) => ({ reference, holds }))
  );
  const preserving = fc.constantFrom<SpreadMethod>("proportional", "equal", "straightLine");

  test("total-preserving methods add up to the total within 1e-9 relative", () => {
    fc.assert(
      fc.property(
        withHolds,
        totals,
        preserving,
        fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true })),
        ({ reference, holds }, total, method, start) => {
          const { values } = spread(total, reference, {
            method,
            holds,
            startValue: start ?? undefined,
          });
          const scale = Math.max(
            Math.abs(total),
            ...holds.map((h) => Math.abs(h ?? 0)),
            Math.abs(start ?? 0)
          );
          expect(Math.abs(sum(values) - total)).toBeLessThanOrEqual(1e-9 * Math.max(1, scale));
        }
      )
    );
  });

  test("holds are returned exactly, for every method", () => {
    fc.assert(
      fc.property(
        withHolds,
        totals,
        fc.constantFrom<SpreadMethod>("proportional", "equal", "repeat", "growth", "straightLine"),
        ({ reference, holds }, total, method) => {
          const { values } = spread(total, reference, { method, holds, growthRate: 0.1 });
          holds.forEach((h, i) => h !== null && expect(values[i]).toBe(h));
        }
      )
    );
  });

  test("proportional keeps the reference's proportions among the unheld cells", () => {
    fc.assert(
      fc.property(withHolds, totals, ({ reference, holds }, total) => {
        const { values, notes } = spread(total, reference, { method: "proportional", holds });
        const unheld = reference.map((_, i) => i).filter((i) => holds[i] === null);
        const refSum = sum(unheld.map((i) => reference[i]));
        const partSum = sum(unheld.map((i) => values[i]));
        if (refSum === 0)
          return expect(notes).toContainEqual({ kind: "zeroReferenceFellBackToEqual" });
        for (const i of unheld)
          // The share first: partSum × reference[i] would underflow for subnormal references.
          expect(Math.abs(values[i] - partSum * (reference[i] / refSum))).toBeLessThanOrEqual(
            1e-9 * Math.max(1, Math.abs(partSum))
          );
      })
    );
  });

  test("a zero reference over the unheld cells gives equal parts and the note", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 24 }), totals, (n, total) => {
        const { values, notes } = spread(total, new Array(n).fill(0), { method: "proportional" });
        for (const v of values) expect(v).toBe(total / n);
        expect(notes).toContainEqual({ kind: "zeroReferenceFellBackToEqual" });
      })
    );
  });
});

test("proportional keeps the total with tiny (subnormal) and huge reference values", () => {
  // Found by the property above (seed -1914271754): 8e-323 × −1e-9 underflows to −0, losing the total.
  const tiny = spread(0, [8e-323, 7.9e-162, 8.6e-225, 1.5e-292], {
    method: "proportional",
    holds: [null, 1e-9, 0, 0],
  });
  expect(tiny.values[0]).toBe(-1e-9);
  // Two equal huge weights overflow a plain sum (1e308 + 1e308 = Infinity): each still gets half.
  expect(spread(10, [1e308, 1e308], { method: "proportional" }).values).toEqual([5, 5]);
});
