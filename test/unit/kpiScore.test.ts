import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import {
  DEFAULT_CAP,
  kpiScore,
  parseKpiDirection,
  TARGET_SCORE,
  THRESHOLD_SCORE,
  validateKpiRule,
  type KpiDirection,
  type KpiScoreRule,
} from "../../src/core/kpiScore";
import { kpiScoreExcelFormula } from "../../src/builders/scorecard/kpiScoreFormula";
import { expectOpsError } from "../support/errorAssertions";

const rule = (
  target: number,
  direction: KpiDirection,
  extra: Partial<KpiScoreRule> = {}
): KpiScoreRule => ({
  target,
  direction,
  cap: DEFAULT_CAP,
  ...extra,
});

test("the scale's anchor scores", () => {
  expect([THRESHOLD_SCORE, TARGET_SCORE, DEFAULT_CAP]).toEqual([60, 100, 120]);
});

describe("ratio rule (no threshold, no stretch), worked by hand", () => {
  test.each([
    // [actual, rule, expected, how]
    [80, rule(100, "higher"), 80, "100 × 80/100"],
    [100, rule(100, "higher"), 100, "on target"],
    [115, rule(100, "higher"), 115, "100 × 115/100"],
    [130, rule(100, "higher"), 120, "100 × 130/100 = 130, capped at 120"],
    [130, rule(100, "higher", { cap: 150 }), 130, "100 × 130/100 under a cap of 150"],
    [0, rule(100, "higher"), 0, "100 × 0/100"],
    [-10, rule(100, "higher"), 0, "100 × −10/100 = −10, floored at 0"],
    [0.855, rule(0.9, "higher"), 95, "30-second response rate 85.5% vs 90%: 100 × 0.855/0.9"],
    [80, rule(100, "lower"), 120, "100 × (2 − 80/100) = 120"],
    [90, rule(100, "lower"), 110, "100 × (2 − 0.9)"],
    [150, rule(100, "lower"), 50, "100 × (2 − 1.5)"],
    [200, rule(100, "lower"), 0, "100 × (2 − 2)"],
    [250, rule(100, "lower"), 0, "100 × (2 − 2.5) = −50, floored at 0"],
    [50, rule(100, "lower"), 120, "100 × (2 − 0.5) = 150, capped at 120"],
    [8, rule(6, "lower"), 200 / 3, "cost per parcel 8 vs target 6: 100 × (2 − 8/6) = 66.67"],
    [5.4, rule(6, "lower"), 110, "100 × (2 − 5.4/6) = 100 × 1.1"],
    // Negative targets use 100 × (1 ± (A − T)/|T|).
    [-25, rule(-50, "higher", { cap: 200 }), 150, "100 × (1 + (−25 + 50)/50) = 100 × 1.5"],
    [-75, rule(-50, "higher", { cap: 200 }), 50, "100 × (1 + (−75 + 50)/50) = 100 × 0.5"],
    [-25, rule(-50, "higher"), 120, "150 capped at 120"],
    [-75, rule(-50, "lower", { cap: 200 }), 150, "100 × (1 − (−75 + 50)/50) = 100 × 1.5"],
    [-25, rule(-50, "lower", { cap: 200 }), 50, "100 × (1 − (−25 + 50)/50) = 100 × 0.5"],
    [-150, rule(-50, "higher"), 0, "100 × (1 − 100/50) = −100, floored at 0"],
    // Zero target: on target 100, better the cap, worse 0.
    [0, rule(0, "higher"), 100, "on a zero target"],
    [0.01, rule(0, "higher"), 120, "better than a zero target scores the cap"],
    [-0.01, rule(0, "higher"), 0, "worse than a zero target scores 0"],
    [-1, rule(0, "lower", { cap: 130 }), 130, "lower is better: −1 beats 0, the cap"],
    [1, rule(0, "lower"), 0, "lower is better: 1 misses 0"],
    [0, rule(0, "lower"), 100, "zero incidents against a zero target"],
  ] as [number, KpiScoreRule, number, string][])(
    "actual %p with %j scores %p  [%s]",
    (actual, kpiRule, expected) => {
      expect(kpiScore(actual, kpiRule)).toBeCloseTo(expected, 9);
    }
  );
});

describe("threshold / target / stretch bands, worked by hand", () => {
  const higher = rule(100, "higher", { threshold: 80, stretch: 120 });
  const responseSeconds = rule(20, "lower", { threshold: 30, stretch: 10 });
  test.each([
    [90, higher, 80, "60 + 40 × (90 − 80)/(100 − 80) = 60 + 20"],
    [95, higher, 90, "60 + 40 × 15/20"],
    [110, higher, 110, "100 + (120 − 100) × (110 − 100)/(120 − 100) = 100 + 10"],
    [79, higher, 0, "worse than threshold"],
    [80, higher, 60, "exactly threshold"],
    [100, higher, 100, "exactly target"],
    [120, higher, 120, "exactly stretch: the cap"],
    [150, higher, 120, "beyond stretch stays at the cap"],
    [110, { ...higher, cap: 150 }, 125, "cap 150: 100 + 50 × 10/20"],
    [25, responseSeconds, 80, "lower 30/20/10 s: 60 + 40 × (30 − 25)/(30 − 20)"],
    [15, responseSeconds, 110, "100 + 20 × (20 − 15)/(20 − 10)"],
    [31, responseSeconds, 0, "slower than the 30 s threshold"],
    [30, responseSeconds, 60, "exactly the threshold"],
    [20, responseSeconds, 100, "exactly the target"],
    [10, responseSeconds, 120, "exactly the stretch"],
    [5, responseSeconds, 120, "faster than the stretch stays at the cap"],
    [
      0.9,
      rule(1, "higher", { threshold: 0.8, stretch: 1.2 }),
      80,
      "GMV completion 90% with base 80%: 60 + 40 × 0.1/0.2",
    ],
    [
      2.25,
      rule(3, "higher", { threshold: 1.5 }),
      80,
      "paid ROI 2.25, pause at 1.5, target 3: 60 + 40 × 0.75/1.5",
    ],
    // Threshold only: better than target follows the ratio rule.
    [110, rule(100, "higher", { threshold: 80 }), 110, "100 × 110/100"],
    [130, rule(100, "higher", { threshold: 80 }), 120, "130 capped"],
    [90, rule(100, "higher", { threshold: 80 }), 80, "band: 60 + 40 × 10/20"],
    [90, rule(100, "lower", { threshold: 150 }), 110, "lower, threshold only: 100 × (2 − 0.9)"],
    // Stretch only: worse than target follows the ratio rule.
    [125, rule(100, "higher", { stretch: 150, cap: 150 }), 125, "100 + 50 × 25/50"],
    [50, rule(100, "higher", { stretch: 150 }), 50, "ratio: 100 × 50/100"],
    [200, rule(100, "higher", { stretch: 150, cap: 150 }), 150, "beyond stretch: the cap"],
    [150, rule(100, "lower", { stretch: 50 }), 50, "lower, stretch only: 100 × (2 − 1.5)"],
    [75, rule(100, "lower", { stretch: 50 }), 110, "lower, stretch only: 100 + 20 × 25/50"],
    // Bands around a zero or negative target.
    [-5, rule(0, "higher", { threshold: -10, stretch: 10 }), 80, "60 + 40 × 5/10"],
    [5, rule(0, "higher", { threshold: -10, stretch: 10 }), 110, "100 + 20 × 5/10"],
    [-15, rule(-10, "lower", { threshold: 0, stretch: -20 }), 110, "100 + 20 × 5/10"],
  ] as [number, KpiScoreRule, number, string][])(
    "actual %p with %j scores %p  [%s]",
    (actual, kpiRule, expected) => {
      expect(kpiScore(actual, kpiRule)).toBeCloseTo(expected, 9);
    }
  );
});

describe("rule validation", () => {
  test("a cap below 100 is #VALUE! atLeast", () => {
    expectOpsError(() => validateKpiRule(rule(100, "higher", { cap: 99.9 })), "VALUE", "atLeast", {
      arg: "cap",
      min: 100,
    });
    expectOpsError(() => kpiScore(100, rule(100, "higher", { cap: 0 })), "VALUE", "atLeast", {
      arg: "cap",
    });
    expect(() => validateKpiRule(rule(100, "higher", { cap: 100 }))).not.toThrow();
  });

  test.each([
    [rule(100, "higher", { threshold: 100 }), "threshold", "threshold < target"],
    [
      rule(100, "higher", { threshold: 120, stretch: 150 }),
      "threshold",
      "threshold < target < stretch",
    ],
    [
      rule(100, "higher", { threshold: 80, stretch: 100 }),
      "stretch",
      "threshold < target < stretch",
    ],
    [rule(100, "higher", { stretch: 90 }), "stretch", "target < stretch"],
    [
      rule(100, "lower", { threshold: 80, stretch: 50 }),
      "threshold",
      "threshold > target > stretch",
    ],
    [
      rule(100, "lower", { threshold: 150, stretch: 120 }),
      "stretch",
      "threshold > target > stretch",
    ],
    [rule(100, "lower", { stretch: 100 }), "stretch", "target > stretch"],
    [rule(-10, "lower", { threshold: -20 }), "threshold", "threshold > target"],
  ])("%j is #VALUE! thresholdOrder naming %s", (kpiRule, arg, order) => {
    expectOpsError(() => validateKpiRule(kpiRule), "VALUE", "thresholdOrder", {
      arg,
      direction: kpiRule.direction,
      order,
    });
    expectOpsError(() => kpiScore(kpiRule.target, kpiRule), "VALUE", "thresholdOrder", { order });
  });
});

describe("parseKpiDirection", () => {
  test.each([
    ["higher", "higher"],
    ["HIGHER", "higher"],
    [" High ", "higher"],
    ["1", "higher"],
    ["高", "higher"],
    ["越高越好", "higher"],
    ["lower", "lower"],
    ["Low", "lower"],
    ["-1", "lower"],
    ["低", "lower"],
    ["越低越好", "lower"],
  ])("%p → %p", (text, direction) => {
    expect(parseKpiDirection(text)).toBe(direction);
  });

  test.each(["", "up", "0", "2", "+1", "true", "高好"])("%p is #VALUE! unknownOption", (text) => {
    expectOpsError(() => parseKpiDirection(text), "VALUE", "unknownOption", { arg: "direction" });
  });
});

/**
 * Valid rules on a grid of quarters (exact in binary), so sums and reflections like 2T − A stay exact
 * and "equal to the threshold" means exactly equal, in our code and in the spreadsheet engine.
 */
const gridValue = (max: number) => fc.integer({ min: -max * 4, max: max * 4 }).map((k) => k / 4);
const gap = fc.integer({ min: 1, max: 4_000 }).map((k) => k / 4);
const ruleArb: fc.Arbitrary<KpiScoreRule> = fc
  .record({
    target: gridValue(1_000),
    direction: fc.constantFrom<KpiDirection>("higher", "lower"),
    thresholdGap: fc.option(gap, { nil: undefined }),
    stretchGap: fc.option(gap, { nil: undefined }),
    cap: fc.oneof(fc.constant(DEFAULT_CAP), fc.integer({ min: 100, max: 300 })),
  })
  .map(({ target, direction, thresholdGap, stretchGap, cap }) => {
    const sign = direction === "higher" ? 1 : -1;
    return {
      target,
      direction,
      threshold: thresholdGap === undefined ? undefined : target - sign * thresholdGap,
      stretch: stretchGap === undefined ? undefined : target + sign * stretchGap,
      cap,
    };
  });
/** An actual for a rule: anywhere on the grid, or exactly on one of its band edges. */
const ruleAndActual = ruleArb.chain((kpiRule) =>
  fc.tuple(
    fc.constant(kpiRule),
    fc.oneof(
      gridValue(3_000),
      fc.double({ min: -3_000, max: 3_000, noNaN: true }),
      fc.constantFrom(
        ...[kpiRule.target, kpiRule.threshold, kpiRule.stretch].filter((v) => v !== undefined)
      )
    )
  )
);

describe("kpiScore properties", () => {
  test("the score lies in [0, cap]", () => {
    fc.assert(
      fc.property(ruleAndActual, ([kpiRule, actual]) => {
        const score = kpiScore(actual, kpiRule);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(kpiRule.cap);
      })
    );
  });

  test("the score never falls as the actual gets better in the rule's direction", () => {
    fc.assert(
      fc.property(ruleArb, gridValue(3_000), gridValue(3_000), (kpiRule, x, y) => {
        const [worse, better] =
          kpiRule.direction === "higher"
            ? [Math.min(x, y), Math.max(x, y)]
            : [Math.max(x, y), Math.min(x, y)];
        expect(kpiScore(worse, kpiRule)).toBeLessThanOrEqual(kpiScore(better, kpiRule));
      })
    );
  });

  test("on target scores 100, threshold 60, stretch the cap", () => {
    fc.assert(
      fc.property(ruleArb, (kpiRule) => {
        expect(kpiScore(kpiRule.target, kpiRule)).toBe(TARGET_SCORE);
        if (kpiRule.threshold !== undefined)
          expect(kpiScore(kpiRule.threshold, kpiRule)).toBe(THRESHOLD_SCORE);
        if (kpiRule.stretch !== undefined)
          expect(kpiScore(kpiRule.stretch, kpiRule)).toBe(kpiRule.cap);
      })
    );
  });

  test("mirror: flipping the direction and reflecting the bands about the target scores A like 2T − A", () => {
    fc.assert(
      fc.property(ruleArb, gridValue(3_000), (kpiRule, actual) => {
        const reflect = (v: number | undefined) =>
          v === undefined ? undefined : 2 * kpiRule.target - v;
        const mirrored: KpiScoreRule = {
          ...kpiRule,
          direction: kpiRule.direction === "higher" ? "lower" : "higher",
          threshold: reflect(kpiRule.threshold),
          stretch: reflect(kpiRule.stretch),
        };
        expect(kpiScore(actual, kpiRule)).toBeCloseTo(
          kpiScore(2 * kpiRule.target - actual, mirrored),
          9
        );
      })
    );
  });

  test("ratio rule: where neither is clamped, higher + lower = 200 (100 × A/T and 100 × (2 − A/T))", () => {
    fc.assert(
      fc.property(
        gridValue(1_000),
        gridValue(3_000),
        fc.integer({ min: 100, max: 300 }),
        (target, actual, cap) => {
          fc.pre(target !== 0);
          const higher = kpiScore(actual, { target, direction: "higher", cap });
          const lower = kpiScore(actual, { target, direction: "lower", cap });
          fc.pre(higher > 0 && higher < cap && lower > 0 && lower < cap);
          expect(higher + lower).toBeCloseTo(200, 9);
        }
      )
    );
  });

  test("ratio rule for a positive target is 100 × A/T (higher) and 100 × (2 − A/T) (lower), clamped", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (target, actual) => {
          const clamp = (score: number) => Math.min(DEFAULT_CAP, Math.max(0, score));
          expect(kpiScore(actual, rule(target, "higher"))).toBeCloseTo(
            clamp((100 * actual) / target),
            9
          );
          expect(kpiScore(actual, rule(target, "lower"))).toBeCloseTo(
            clamp(100 * (2 - actual / target)),
            9
          );
        }
      )
    );
  });
});

describe("kpiScore against the native Excel formula in HyperFormula", () => {
  const cells = (row: number) => ({
    actual: `A${row}`,
    target: `B${row}`,
    direction: `C${row}`,
    threshold: `D${row}`,
    stretch: `E${row}`,
    cap: `F${row}`,
  });

  test("the formula and kpiScore agree within 1e-9 on generated rules and actuals", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(ruleAndActual, fc.boolean()), { minLength: 1, maxLength: 30 }),
        (cases) => {
          const rows = cases.map(([[kpiRule, actual], capBlank], i) => [
            actual,
            kpiRule.target,
            kpiRule.direction === "higher" ? 1 : -1,
            kpiRule.threshold ?? null,
            kpiRule.stretch ?? null,
            capBlank && kpiRule.cap === DEFAULT_CAP ? null : kpiRule.cap,
            kpiScoreExcelFormula(cells(i + 1)),
          ]);
          // precisionEpsilon 0: compare and subtract as IEEE doubles, as our code does.
          const hf = HyperFormula.buildFromArray(rows, {
            licenseKey: "gpl-v3",
            smartRounding: false,
            precisionEpsilon: 0,
          });
          const values = hf.getSheetValues(0);
          hf.destroy();
          cases.forEach(([[kpiRule, actual]], i) => {
            const expected = values[i][6];
            expect(typeof expected).toBe("number");
            expect(Math.abs(kpiScore(actual, kpiRule) - (expected as number))).toBeLessThanOrEqual(
              1e-9
            );
          });
        }
      ),
      { numRuns: 100 }
    );
  });

  test("the formula gives the hand-worked band scores (threshold 80, target 100, stretch 120)", () => {
    const rows = [90, 110, 79, 80, 150].map((actual, i) => [
      actual,
      100,
      1,
      80,
      120,
      null,
      kpiScoreExcelFormula(cells(i + 1)),
    ]);
    const hf = HyperFormula.buildFromArray(rows, { licenseKey: "gpl-v3", smartRounding: false });
    expect(hf.getSheetValues(0).map((row) => row[6])).toEqual([80, 110, 0, 60, 120]);
    hf.destroy();
  });

  test("the formula gives a blank for a blank actual", () => {
    const hf = HyperFormula.buildFromArray(
      [[null, 100, 1, null, null, null, kpiScoreExcelFormula(cells(1))]],
      {
        licenseKey: "gpl-v3",
      }
    );
    expect(hf.getSheetValues(0)[0][6]).toBe("");
    hf.destroy();
  });
});
