import fc from "fast-check";
import { roundHalfAwayFromZero, roundToUnit } from "../../src/core/largestRemainder";
import { expectOpsError } from "../support/errorAssertions";

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

describe("roundToUnit, worked examples", () => {
  test("102 over four equal parts gives 25, 26, 25, 26 (leftovers spread evenly, not 25/25/25/27)", () => {
    expect(roundToUnit([25.5, 25.5, 25.5, 25.5], 1)).toEqual([25, 26, 25, 26]);
  });

  test("one leftover among four ties goes to the last; three go to positions 1, 2, 4", () => {
    expect(roundToUnit([25.25, 25.25, 25.25, 25.25], 1)).toEqual([25, 25, 25, 26]);
    expect(roundToUnit([25.75, 25.75, 25.75, 25.75], 1)).toEqual([26, 26, 25, 26]);
  });

  test("largest remainders win before ties are considered", () => {
    // floors 10, 20, 30 = 60; total 61.5 → 62 (half away from zero): 2 leftovers to .8 and .5
    expect(roundToUnit([10.8, 20.5, 30.2], 1)).toEqual([11, 21, 30]);
  });

  test("1,000-yuan unit: 3.9M year over three months 1,234,567 / 1,333,333 / 1,332,100 (sum 3,900,000)", () => {
    // quotas in thousands: 1234.567, 1333.333, 1332.1 → floors 1234 + 1333 + 1332 = 3899; 1 leftover to .567
    const result = roundToUnit([1_234_567, 1_333_333, 1_332_100], 1000);
    expect(result).toEqual([1_235_000, 1_333_000, 1_332_000]);
    expect(sum(result)).toBe(3_900_000);
  });

  test("10,000-yuan unit: the seeds' year 39.0M split as Q1–Q4 8.5M, 9.2M, 11.5M, 9.8M × 1.5 for next year", () => {
    // next year 58.5M: 12.75M, 13.8M, 17.25M, 14.7M; in 万: 1275, 1380, 1725, 1470 — already on the unit
    const next = [8.5e6, 9.2e6, 11.5e6, 9.8e6].map((q) => q * 1.5);
    expect(roundToUnit(next, 10_000)).toEqual([12_750_000, 13_800_000, 17_250_000, 14_700_000]);
    // 58.5M over 12 equal months = 4,875,000 = 487.5 万 each: 6 leftovers among 12 ties, every other month
    const months = roundToUnit(new Array(12).fill(58.5e6 / 12), 10_000);
    expect(months.filter((m) => m === 4_880_000)).toHaveLength(6);
    expect(months.map((m, i) => (m === 4_880_000 ? i : -1)).filter((i) => i >= 0)).toEqual([
      1, 3, 5, 7, 9, 11,
    ]);
    expect(sum(months)).toBe(58_500_000);
  });

  test("explicit total: values scaled as Hamilton quotas, then rounded", () => {
    // quotas 100 × 1/3 each = 33.33…: 1 leftover among three ties → the last
    expect(roundToUnit([1, 1, 1], 1, 100)).toEqual([33, 33, 34]);
  });

  test("explicit total absorbs floating drift without scaling", () => {
    const parts = [0.1 + 0.2, 0.3, 0.4].map((x) => x * 1000); // 300.00000000000006, 300, 400
    expect(roundToUnit(parts, 100, 1000)).toEqual([300, 300, 400]);
  });

  test("held parts stay; leftovers go to the others", () => {
    // held 30 actual; remaining 72.9 → 73 total 103 → leftover among the two 36.45s
    expect(roundToUnit([30, 36.45, 36.45], 1, undefined, [true, false, false])).toEqual([
      30, 36, 37,
    ]);
    expect(roundToUnit([3000, 1, 1], 1000, 5000, [true, false, false])).toEqual([3000, 1000, 1000]);
  });

  test("negative parts round by floor too and still tie out", () => {
    const result = roundToUnit([-2.5, -2.5, 10], 1);
    expect(sum(result)).toBe(5);
    expect(result).toEqual([-3, -2, 10]);
  });

  test("totals round half away from zero, like Excel ROUND", () => {
    expect(roundHalfAwayFromZero(2.5)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3);
    expect(roundToUnit([0, 0], 1)).toEqual([0, 0]);
    expect(Object.is(roundToUnit([-0.2, 0.2], 1)[0], -0)).toBe(false);
  });
});

describe("roundToUnit, errors", () => {
  test("unit must be positive", () => {
    expectOpsError(() => roundToUnit([1], 0), "NUM", "mustBePositive", { arg: "unit" });
    expectOpsError(() => roundToUnit([1], -100), "NUM", "mustBePositive", { arg: "unit" });
  });
  test("values must be non-empty finite numbers", () => {
    expectOpsError(() => roundToUnit([], 1), "VALUE", "emptyRange");
    expectOpsError(() => roundToUnit([1, NaN], 1), "VALUE", "cellNotANumber", { position: 2 });
  });
  test("scaling zero values to a non-zero total divides by zero", () => {
    expectOpsError(() => roundToUnit([0, 0], 1, 10), "DIV0", "divideByZero");
  });
  test("held values must already be on the unit; held must match values in length", () => {
    expectOpsError(
      () => roundToUnit([1500, 1], 1000, undefined, [true, false]),
      "VALUE",
      "notMultipleOfUnit",
      { position: 1, got: "1500", unit: 1000 }
    );
    expectOpsError(() => roundToUnit([1, 1], 1, undefined, [true]), "VALUE", "lengthMismatch");
  });
});

describe("roundToUnit, properties", () => {
  const units = fc.constantFrom(1, 100, 1000, 10_000, 0.01, 5);
  const amounts = fc.array(fc.double({ min: 0, max: 1e8, noNaN: true }), {
    minLength: 1,
    maxLength: 24,
  });

  test("the parts sum exactly to the total rounded to the unit, each part on the unit", () => {
    fc.assert(
      fc.property(amounts, fc.constantFrom(1, 100, 1000, 10_000), (values, unit) => {
        const result = roundToUnit(values, unit);
        expect(sum(result)).toBe(roundHalfAwayFromZero(sum(values) / unit) * unit);
        for (const part of result) expect(Number.isInteger(part / unit)).toBe(true);
      })
    );
  });

  test("every part is within one unit of its exact share", () => {
    fc.assert(
      fc.property(amounts, units, (values, unit) => {
        roundToUnit(values, unit).forEach((part, i) => {
          expect(Math.abs(part - values[i])).toBeLessThanOrEqual(unit * (1 + 1e-9));
        });
      })
    );
  });

  test("with an explicit total the parts sum to it in units, and stay within a unit of their quotas", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (weights, total) => {
          const result = roundToUnit(weights, 1, total);
          expect(sum(result)).toBe(total);
          const weightSum = sum(weights);
          result.forEach((part, i) =>
            expect(Math.abs(part - (total * weights[i]) / weightSum)).toBeLessThan(1 + 1e-9)
          );
        }
      )
    );
  });

  test("monotone: a larger exact share never gets a smaller rounded part", () => {
    fc.assert(
      fc.property(amounts, units, (values, unit) => {
        const result = roundToUnit(values, unit);
        for (let a = 0; a < values.length; a++)
          for (let b = 0; b < values.length; b++)
            if (values[a] - values[b] > 1e-6 * unit)
              expect(result[a]).toBeGreaterThanOrEqual(result[b]);
      })
    );
  });

  test("idempotent: values already on the unit come back unchanged", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 24 }),
        fc.constantFrom(1, 100, 1000),
        (ks, unit) => {
          const values = ks.map((k) => k * unit);
          expect(roundToUnit(values, unit)).toEqual(values.map((v) => v + 0));
        }
      )
    );
  });

  test("held parts are returned exactly", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 1e6 }),
            fc.boolean(),
            fc.double({ min: 0, max: 1e6, noNaN: true })
          ),
          {
            minLength: 1,
            maxLength: 12,
          }
        ),
        (cells) => {
          const values = cells.map(([k, isHeld, free]) => (isHeld ? k * 100 : free));
          const held = cells.map(([, isHeld]) => isHeld);
          const result = roundToUnit(values, 100, undefined, held);
          held.forEach((h, i) => h && expect(result[i]).toBe(values[i]));
          expect(sum(result)).toBe(roundHalfAwayFromZero(sum(values) / 100) * 100);
        }
      )
    );
  });

  test("equal parts: the rounded parts differ by at most one unit and leftovers are evenly spaced", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 0, max: 10_000 }),
        (n, total) => {
          const result = roundToUnit(new Array(n).fill(total / n), 1, total);
          expect(sum(result)).toBe(total);
          expect(Math.max(...result) - Math.min(...result)).toBeLessThanOrEqual(1);
          // evenly spaced: any window of consecutive parts has ⌊or⌈ its fair share of leftovers
          const low = Math.floor(total / n);
          const ups = result.map((r) => r - low);
          const leftover = sum(ups);
          for (let w = 1; w <= n; w++) {
            const count = sum(ups.slice(0, w));
            expect(Math.abs(count - (leftover * w) / n)).toBeLessThan(1);
          }
        }
      )
    );
  });
});
