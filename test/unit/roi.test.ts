import fc from "fast-check";
import { breakEvenRoas, parseRoiMode, roi, type RoiMode } from "../../src/core/roi";
import { expectOpsError } from "../support/errorAssertions";

/** Ratios of large sums lose absolute digits, so properties compare relative to the size of the result. */
function expectRelativelyClose(actual: number, expected: number, tolerance = 1e-12): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(
    tolerance * Math.max(1, Math.abs(expected))
  );
}

describe("roi, DOMAIN.md's worked example (4 campaigns: spend 6.8M, sales 13.2M)", () => {
  test("roas is sales ÷ spend = 13.2 / 6.8 ≈ 1.94, which operators quote as 'ROI 1.9'", () => {
    const result = roi(13_200_000, 6_800_000, "roas");
    expect(result).toBeCloseTo(13.2 / 6.8, 12);
    expect(result).toBeCloseTo(1.9411764705882353, 12);
    expect(result.toFixed(1)).toBe("1.9");
  });

  test("roas is the default mode", () => {
    expect(roi(13_200_000, 6_800_000)).toBeCloseTo(13.2 / 6.8, 12);
  });

  test("net is finance's (13.2 − 6.8) / 6.8 = 6.4 / 6.8 ≈ 0.94", () => {
    expect(roi(13_200_000, 6_800_000, "net")).toBeCloseTo(6.4 / 6.8, 12);
  });

  test("profit at a 40% margin: (13.2 × 0.4 − 6.8) / 6.8 = (5.28 − 6.8) / 6.8 = −1.52 / 6.8 (loses money)", () => {
    expect(roi(13_200_000, 6_800_000, "profit", 0.4)).toBeCloseTo(-1.52 / 6.8, 12);
  });
});

describe("roi, other hand-worked cases", () => {
  const rows: [number, number, RoiMode, number | undefined, number, string][] = [
    // [return, cost, mode, margin, expected, how it is worked out]
    [10_000, 2_000, "roas", undefined, 5, "10000 / 2000"],
    [10_000, 2_000, "net", undefined, 4, "(10000 − 2000) / 2000 = 8000 / 2000"],
    [10_000, 2_000, "profit", 0.5, 1.5, "(10000 × 0.5 − 2000) / 2000 = 3000 / 2000"],
    [10_000, 2_000, "profit", 1, 4, "margin 100% equals net: (10000 − 2000) / 2000"],
    [
      5_000,
      2_000,
      "profit",
      0.4,
      0,
      "(5000 × 0.4 − 2000) / 2000 = 0: exactly break-even (ROAS 2.5)",
    ],
    [0, 2_000, "roas", undefined, 0, "no sales yet: 0 / 2000"],
    [0, 2_000, "net", undefined, -1, "(0 − 2000) / 2000: all spend lost"],
    [-500, 2_000, "roas", undefined, -0.25, "net refunds exceed sales: −500 / 2000"],
    [1, 0.5, "roas", undefined, 2, "fractional spend: 1 / 0.5"],
  ];
  test.each(rows)(
    "roi(%p, %p, %p, %p) = %p  [%s]",
    (returnAmount, cost, mode, margin, expected) => {
      expect(roi(returnAmount, cost, mode, margin)).toBeCloseTo(expected, 12);
    }
  );

  test("margin is accepted but unused in roas and net modes", () => {
    expect(roi(10_000, 2_000, "roas", 0.3)).toBe(5);
    expect(roi(10_000, 2_000, "net", 0.3)).toBe(4);
  });
});

describe("breakEvenRoas", () => {
  test.each([
    [0.4, 2.5, "1 ÷ 0.4: a 40% margin needs ROAS 2.5"],
    [0.25, 4, "1 ÷ 0.25"],
    [0.5, 2, "1 ÷ 0.5"],
    [1, 1, "1 ÷ 1: no cost of goods"],
    [0.8, 1.25, "1 ÷ 0.8"],
  ])("breakEvenRoas(%p) = %p  [%s]", (margin, expected) => {
    expect(breakEvenRoas(margin)).toBeCloseTo(expected, 12);
  });

  test("DOMAIN example: ROI 1.94 is below break-even 2.5 at a 40% margin, and profit ROI is negative", () => {
    expect(roi(13_200_000, 6_800_000)).toBeLessThan(breakEvenRoas(0.4));
    expect(roi(13_200_000, 6_800_000, "profit", 0.4)).toBeLessThan(0);
  });
});

describe("roi properties", () => {
  const amount = fc.double({ min: 0, max: 1e9, noNaN: true });
  const positiveCost = fc.double({ min: 1e-3, max: 1e9, noNaN: true });
  const margin = fc.double({ min: 1e-3, max: 1, noNaN: true });

  test("net = roas − 1", () => {
    fc.assert(
      fc.property(amount, positiveCost, (r, c) => {
        expectRelativelyClose(roi(r, c, "net"), roi(r, c, "roas") - 1);
      })
    );
  });

  test("profit = roas × margin − 1", () => {
    fc.assert(
      fc.property(amount, positiveCost, margin, (r, c, m) => {
        expectRelativelyClose(roi(r, c, "profit", m), roi(r, c, "roas") * m - 1);
      })
    );
  });

  test("profit ROI is positive exactly when ROAS beats break-even ROAS (away from the tie)", () => {
    fc.assert(
      fc.property(amount, positiveCost, margin, (r, c, m) => {
        const roas = roi(r, c, "roas");
        const breakEven = breakEvenRoas(m);
        fc.pre(Math.abs(roas - breakEven) > 1e-9 * breakEven);
        expect(roi(r, c, "profit", m) > 0).toBe(roas > breakEven);
      })
    );
  });

  test("roas scales with return and inversely with cost", () => {
    fc.assert(
      fc.property(amount, positiveCost, fc.integer({ min: 2, max: 10 }), (r, c, k) => {
        expectRelativelyClose(roi(k * r, c), k * roi(r, c));
        expectRelativelyClose(roi(r, k * c), roi(r, c) / k);
      })
    );
  });
});

describe("roi and breakEvenRoas errors", () => {
  test("zero cost is #DIV/0! naming cost", () => {
    expectOpsError(() => roi(100, 0), "DIV0", "divideByZero", { arg: "cost" });
    expectOpsError(() => roi(100, -0, "net"), "DIV0", "divideByZero", { arg: "cost" });
  });

  test("negative cost is #VALUE! mustNotBeNegative", () => {
    expectOpsError(() => roi(100, -1), "VALUE", "mustNotBeNegative", { arg: "cost" });
  });

  test("profit without a margin is #VALUE! blankRequired", () => {
    expectOpsError(() => roi(100, 50, "profit"), "VALUE", "blankRequired", { arg: "margin" });
  });

  test.each([0, -0.2, 1.0000001, 40, Number.NaN])(
    "margin %p is #VALUE! halfOpenInterval (0, 1]",
    (m) => {
      expectOpsError(() => roi(100, 50, "profit", m), "VALUE", "halfOpenInterval", {
        arg: "margin",
        min: 0,
        max: 1,
      });
      expectOpsError(() => roi(100, 50, "roas", m), "VALUE", "halfOpenInterval", { arg: "margin" });
      expectOpsError(() => breakEvenRoas(m), "VALUE", "halfOpenInterval", {
        arg: "margin",
        min: 0,
        max: 1,
      });
    }
  );
});

describe("parseRoiMode", () => {
  test.each([
    ["roas", "roas"],
    ["ROAS", "roas"],
    [" Roas ", "roas"],
    ["投产比", "roas"],
    ["投入产出比", "roas"],
    ["net", "net"],
    ["NET", "net"],
    ["净", "net"],
    ["profit", "profit"],
    ["Profit", "profit"],
    ["利润", "profit"],
  ])("%p → %p", (text, mode) => {
    expect(parseRoiMode(text)).toBe(mode);
  });

  test.each(["", "gross", "roi", "1", "毛利"])("%p is #VALUE! unknownOption", (text) => {
    expectOpsError(() => parseRoiMode(text), "VALUE", "unknownOption", {
      arg: "mode",
      options: "roas, net, profit",
    });
  });
});
