/** KPISCORE as Excel calls it, through src/functions/functions.ts. */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { kpiScore } from "../../src/functions/functions";
import { setFunctionMessageLocale } from "../../src/functions/runFunction";
import { kpiScoreExcelFormula } from "../../src/builders/scorecard/kpiScoreFormula";
import { excelError, shownError } from "../support/errorAssertions";

describe("KPISCORE argument shapes", () => {
  test("numbers and single cells give the same score: 100 × 80/100 = 80", () => {
    expect(kpiScore(80, 100)).toBeCloseTo(80, 9);
    expect(kpiScore([[80]], [[100]])).toBeCloseTo(80, 9);
    expect(kpiScore("80", " 100 ")).toBeCloseTo(80, 9);
  });

  test("'95%' text is 0.95: 30-second response rate 95% against 90% scores 100 × 0.95/0.9", () => {
    expect(kpiScore("95%", "90%")).toBeCloseTo((100 * 0.95) / 0.9, 9);
    expect(kpiScore([["95%"]], 0.9)).toBeCloseTo((100 * 0.95) / 0.9, 9);
  });

  test.each([
    ["undefined", undefined],
    ["null", null],
    ["a blank cell", ""],
    ["[[null]]", [[null]]],
    ["[['']]", [[""]]],
  ])(
    "omitted optional arguments as %s use the defaults (higher, no bands, cap 120)",
    (_label, omitted) => {
      // 100 × 130/100 = 130, capped at the default 120; 100 × 90/100 = 90.
      expect(kpiScore(130, 100, omitted, omitted, omitted, omitted)).toBe(120);
      expect(kpiScore(90, 100, omitted, omitted, omitted, omitted)).toBeCloseTo(90, 9);
    }
  );

  test.each([
    ["higher", 80],
    ["HIGHER", 80],
    ["high", 80],
    [1, 80],
    ["1", 80],
    [[[1]], 80],
    ["高", 80],
    ["越高越好", 80],
    ["lower", 120],
    [" Lower ", 120],
    ["LOW", 120],
    [-1, 120],
    ["-1", 120],
    ["低", 120],
    ["越低越好", 120],
  ])("direction %p: actual 80 on target 100 scores %p", (direction, expected) => {
    // higher: 100 × 80/100 = 80; lower: 100 × (2 − 80/100) = 120.
    expect(kpiScore(80, 100, direction)).toBeCloseTo(expected, 9);
  });

  test("bands 80 / 100 / 120 (higher), from the spec", () => {
    const score = (actual: number) => kpiScore(actual, 100, "higher", 80, 120);
    expect(score(90)).toBeCloseTo(80, 9); // 60 + 40 × 10/20
    expect(score(110)).toBeCloseTo(110, 9); // 100 + 20 × 10/20
    expect(score(79)).toBe(0);
    expect(score(80)).toBe(60);
    expect(score(130)).toBe(120);
  });

  test("response time in seconds, lower is better, bands 30 / 20 / 10 with a cap of 150", () => {
    const score = (actual: number) => kpiScore(actual, 20, "越低越好", [[30]], [[10]], [[150]]);
    expect(score(25)).toBeCloseTo(80, 9); // 60 + 40 × (30 − 25)/(30 − 20)
    expect(score(15)).toBeCloseTo(125, 9); // 100 + 50 × (20 − 15)/(20 − 10)
    expect(score(31)).toBe(0);
    expect(score(8)).toBe(150);
  });

  test("threshold given, stretch blank: better than target follows the ratio rule", () => {
    expect(kpiScore(110, 100, "higher", 80, "")).toBeCloseTo(110, 9); // 100 × 110/100
  });

  test.each([
    ["undefined", undefined],
    ["null", null],
    ["a blank cell", ""],
    ["[[null]]", [[null]]],
    ["[['']]", [[""]]],
  ])("a blank actual (%s) gives a blank score", (_label, blank) => {
    expect(kpiScore(blank, 100)).toBe("");
    expect(kpiScore(blank, 20, "lower", 30, 10, 150)).toBe("");
  });

  test("a blank actual still reports a broken rule, so templates show errors before actuals arrive", () => {
    expect(excelError(() => kpiScore("", 100, "higher", 120)).code).toBe("#VALUE!");
    expect(excelError(() => kpiScore(null, "")).code).toBe("#VALUE!");
  });
});

describe("KPISCORE bad input: error values, returned not thrown, naming the parameter", () => {
  test.each([
    // [case, code, parameter id, [actual, target, direction, threshold, stretch, cap]]
    ["blank target", "#VALUE!", "target", [80, undefined]],
    ["blank target cell", "#VALUE!", "target", [80, [[""]]]],
    ["text target", "#VALUE!", "target", [80, "abc"]],
    ["text actual", "#VALUE!", "actual", ["n/a", 100]],
    ["boolean actual", "#VALUE!", "actual", [true, 100]],
    ["a two-cell actual", "#VALUE!", "actual", [[[80, 90]], 100]],
    ["unknown direction", "#VALUE!", "direction", [80, 100, "up"]],
    ["direction 2", "#VALUE!", "direction", [80, 100, 2]],
    ["direction 0", "#VALUE!", "direction", [80, 100, "0"]],
    ["text threshold", "#VALUE!", "threshold", [80, 100, "higher", "abc"]],
    ["text stretch", "#VALUE!", "stretch", [80, 100, "higher", 80, "abc"]],
    ["text cap", "#VALUE!", "cap", [80, 100, "higher", 80, 120, "max"]],
    ["cap below 100", "#VALUE!", "cap", [80, 100, "higher", 80, 120, 99]],
    ["cap 0", "#VALUE!", "cap", [80, 100, undefined, undefined, undefined, 0]],
    ["higher, threshold above target", "#VALUE!", "threshold", [80, 100, "higher", 110]],
    ["higher, threshold equal to target", "#VALUE!", "threshold", [80, 100, "higher", 100, 120]],
    ["higher, stretch below target", "#VALUE!", "stretch", [80, 100, "higher", 80, 90]],
    ["lower, threshold below target", "#VALUE!", "threshold", [25, 20, "lower", 10]],
    ["lower, stretch above target", "#VALUE!", "stretch", [25, 20, "lower", 30, 25]],
    ["lower, stretch equal to target", "#VALUE!", "stretch", [25, 20, -1, undefined, 20]],
  ] as [string, string, string, unknown[]][])(
    "%s → %s naming %s",
    (_label, code, parameter, args) => {
      const shown = shownError("KPISCORE", kpiScore, args);
      expect(shown.code).toBe(code);
      expect(shown.message).toContain(parameter);
    }
  );

  test("the band-order message states the order for the direction", () => {
    expect(excelError(() => kpiScore(25, 20, "lower", 10, 5)).message).toBe(
      'With direction "lower" the values must satisfy threshold > target > stretch.'
    );
  });

  test("zh-CN messages name the parameter in Chinese", () => {
    setFunctionMessageLocale("zh-CN");
    try {
      expect(
        excelError(() => kpiScore(80, 100, "higher", undefined, undefined, 50)).message
      ).toContain("上限");
      expect(excelError(() => kpiScore(80, "")).message).toContain("目标");
    } finally {
      setFunctionMessageLocale(undefined);
    }
  });
});

describe("KPISCORE against the native Excel formula in HyperFormula, blanks included", () => {
  const quarter = (max: number) => fc.integer({ min: -max * 4, max: max * 4 }).map((k) => k / 4);
  const gap = fc.integer({ min: 1, max: 2_000 }).map((k) => k / 4);
  /** One sheet row: actual, target, direction sign, threshold, stretch, cap; null is a blank cell. */
  const row = fc
    .record({
      actual: fc.option(quarter(2_000), { nil: null }),
      target: quarter(500),
      sign: fc.constantFrom(1, -1),
      thresholdGap: fc.option(gap, { nil: null }),
      stretchGap: fc.option(gap, { nil: null }),
      cap: fc.option(fc.integer({ min: 100, max: 200 }), { nil: null }),
    })
    .map(({ actual, target, sign, thresholdGap, stretchGap, cap }) => [
      actual,
      target,
      sign,
      thresholdGap === null ? null : target - sign * thresholdGap,
      stretchGap === null ? null : target + sign * stretchGap,
      cap,
    ]);

  test("KPISCORE(cells) equals the formula over the same cells", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (rows) => {
        const sheet = rows.map((cells, i) => {
          const r = i + 1;
          const refs = {
            actual: `A${r}`,
            target: `B${r}`,
            direction: `C${r}`,
            threshold: `D${r}`,
            stretch: `E${r}`,
            cap: `F${r}`,
          };
          return [...cells, kpiScoreExcelFormula(refs)];
        });
        const hf = HyperFormula.buildFromArray(sheet, {
          licenseKey: "gpl-v3",
          smartRounding: false,
          precisionEpsilon: 0,
        });
        const values = hf.getSheetValues(0);
        hf.destroy();
        rows.forEach((cells, i) => {
          const ours = kpiScore(...(cells.map((c) => [[c]]) as [any, any, any, any, any, any]));
          const expected = values[i][6];
          if (expected === "") expect(ours).toBe("");
          else expect(Math.abs((ours as number) - (expected as number))).toBeLessThanOrEqual(1e-9);
        });
      }),
      { numRuns: 60 }
    );
  });
});
