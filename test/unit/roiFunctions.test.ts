/** ROI and BREAKEVENROAS as Excel calls them, through src/functions/functions.ts. */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { breakEvenRoas, roi } from "../../src/functions/functions";
import { setFunctionMessageLocale } from "../../src/functions/runFunction";
import { excelError, shownError } from "../support/errorAssertions";

function expectRelativelyClose(actual: unknown, expected: number, tolerance = 1e-12): void {
  expect(typeof actual).toBe("number");
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(
    tolerance * Math.max(1, Math.abs(expected))
  );
}

describe("ROI argument shapes", () => {
  test("DOMAIN.md's example as plain numbers: 13.2M ÷ 6.8M", () => {
    expectRelativelyClose(roi(13_200_000 as any, 6_800_000 as any), 13.2 / 6.8);
  });

  test("as single cells [[n]]", () => {
    expectRelativelyClose(roi([[13_200_000]], [[6_800_000]]), 13.2 / 6.8);
  });

  test("as campaign ranges with blanks: sales 2.5M + 3.9M + 6.8M, spend 1.2M + 2.1M + 3.5M", () => {
    const sales = [
      [2_500_000, 3_900_000],
      [null, 6_800_000],
    ];
    const spend = [[1_200_000], [""], [2_100_000], [3_500_000]];
    expectRelativelyClose(roi(sales, spend), 13.2 / 6.8);
    expectRelativelyClose(roi(sales, spend, "net"), 6.4 / 6.8);
  });

  test("a row range and a column range", () => {
    expectRelativelyClose(roi([[100, 200, 300]], [[50], [50]]), 600 / 100);
  });

  test("numeric text, including '95%' as a margin: (10000 × 0.95 − 2000) ÷ 2000 = 3.75", () => {
    expectRelativelyClose(roi([["10000"]], [[" 2000 "]], "profit", "95%"), 3.75);
    expectRelativelyClose(roi(10_000 as any, 2_000 as any, "profit", [["95%"]]), 3.75);
  });

  test("a blank return range sums to 0, as SUM does", () => {
    expect(roi([[null, ""]], [[100]])).toBe(0);
  });

  test.each([
    ["omitted (undefined)", undefined],
    ["omitted (null)", null],
    ["a blank cell", ""],
    ["a blank cell as [[null]]", [[null]]],
  ])("mode %s defaults to roas", (_label, mode) => {
    expectRelativelyClose(roi([[10_000]], [[2_000]], mode), 5);
  });

  test.each([
    ["roas", 5],
    ["ROAS", 5],
    ["投产比", 5],
    ["投入产出比", 5],
    [" Net ", 4],
    ["净", 4],
    ["PROFIT", 1.5],
    ["利润", 1.5],
    [[["profit"]], 1.5],
  ])("mode %p: 10000 on 2000 at 50%% margin gives %p", (mode, expected) => {
    // roas 10000/2000 = 5; net (10000−2000)/2000 = 4; profit (10000×0.5−2000)/2000 = 1.5.
    expectRelativelyClose(roi([[10_000]], [[2_000]], mode, 0.5), expected);
  });

  test("an omitted margin is fine outside profit mode, whether undefined or null", () => {
    expectRelativelyClose(roi([[10_000]], [[2_000]], "net", undefined), 4);
    expectRelativelyClose(roi([[10_000]], [[2_000]], "net", null), 4);
  });
});

describe("BREAKEVENROAS argument shapes", () => {
  test.each([
    [0.4, 2.5],
    [[[0.4]], 2.5],
    ["40%", 2.5],
    [" 0.25 ", 4],
    [[["50%"]], 2],
    [1, 1],
  ])("breakEvenRoas(%p) = %p (1 ÷ margin)", (margin, expected) => {
    expectRelativelyClose(breakEvenRoas(margin), expected);
  });
});

describe("ROI bad input: error values, returned not thrown, naming the parameter", () => {
  test.each([
    // [case, code, parameter id, return_amount, cost, mode, margin]
    ["zero cost", "#DIV/0!", "cost", [[100]], [[0]], undefined, undefined],
    ["an all-blank cost range", "#DIV/0!", "cost", [[100]], [[null, ""]], undefined, undefined],
    ["costs that sum to 0", "#DIV/0!", "cost", [[100]], [[50], [-50]], "net", undefined],
    ["negative cost", "#VALUE!", "cost", [[100]], [[-5]], undefined, undefined],
    ["costs that sum below 0", "#VALUE!", "cost", [[100]], [[3, -5]], undefined, undefined],
    [
      "text in the return range",
      "#VALUE!",
      "return_amount",
      [[1, "abc"]],
      [[10]],
      undefined,
      undefined,
    ],
    ["a boolean return", "#VALUE!", "return_amount", [[true]], [[10]], undefined, undefined],
    ["text cost", "#VALUE!", "cost", [[100]], "abc", undefined, undefined],
    ["unknown mode", "#VALUE!", "mode", [[100]], [[10]], "gross", undefined],
    ["numeric mode", "#VALUE!", "mode", [[100]], [[10]], 1, undefined],
    ["profit without margin", "#VALUE!", "margin", [[100]], [[10]], "profit", undefined],
    ["profit with a blank margin cell", "#VALUE!", "margin", [[100]], [[10]], "profit", [[""]]],
    ["margin 0", "#VALUE!", "margin", [[100]], [[10]], "profit", 0],
    ["margin above 100%", "#VALUE!", "margin", [[100]], [[10]], "profit", 1.2],
    ["margin typed as 40 for 40%", "#VALUE!", "margin", [[100]], [[10]], "profit", "40"],
    ["text margin", "#VALUE!", "margin", [[100]], [[10]], "profit", "abc"],
    ["a two-cell margin", "#VALUE!", "margin", [[100]], [[10]], "profit", [[0.4, 0.5]]],
  ])("%s → %s naming %s", (_label, code, parameter, returnAmount, cost, mode, margin) => {
    const shown = shownError("ROI", roi, [returnAmount, cost, mode, margin]);
    expect(shown.code).toBe(code);
    expect(shown.reason).toContain(parameter);
  });
});

describe("BREAKEVENROAS bad input", () => {
  test.each([
    ["omitted (undefined)", undefined, "#VALUE!"],
    ["omitted (null)", null, "#VALUE!"],
    ["a blank cell", "", "#VALUE!"],
    ["a blank cell [[null]]", [[null]], "#VALUE!"],
    ["text", "abc", "#VALUE!"],
    ["text in a cell", [["abc"]], "#VALUE!"],
    ["a boolean", true, "#VALUE!"],
    ["a two-cell range", [[0.4, 0.5]], "#VALUE!"],
    ["0", 0, "#VALUE!"],
    ["0%", "0%", "#VALUE!"],
    ["negative", -0.1, "#VALUE!"],
    ["above 1", 1.5, "#VALUE!"],
    ["150%", "150%", "#VALUE!"],
    ["40 meant as 40%", [[40]], "#VALUE!"],
  ])("%s → %s naming margin", (_label, margin, code) => {
    const shown = shownError("BREAKEVENROAS", breakEvenRoas, [margin]);
    expect(shown.code).toBe(code);
    expect(shown.reason).toContain("margin");
  });
});

describe("messages", () => {
  afterEach(() => setFunctionMessageLocale(undefined));

  test("en-US names the parameter as Excel shows it and gives the interval", () => {
    expect(excelError(() => breakEvenRoas(2)).message).toBe(
      "margin must be greater than 0 and at most 1."
    );
  });

  test("zh-CN names the parameter in Chinese", () => {
    setFunctionMessageLocale("zh-CN");
    // #DIV/0! reaches Excel bare; the panel's explanation carries the reason.
    expect(excelError(() => roi([[1]], [[0]])).message).toBe("");
    expect(shownError("ROI", roi, [[[1]], [[0]]], "zh-CN").reason).toContain("投入");
    expect(excelError(() => breakEvenRoas(2)).message).toContain("毛利率");
  });
});

describe("ROI against HyperFormula's SUM over generated ranges", () => {
  const ROWS = 5;
  const COLS = 3;
  /** A cell as Excel hands it over: a number, or a blank given as null or "". */
  const cell = fc.oneof(
    {
      weight: 3,
      arbitrary: fc.double({ min: -1e7, max: 1e7, noNaN: true, noDefaultInfinity: true }),
    },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 1_000_000 }) },
    { weight: 1, arbitrary: fc.constantFrom(null, "") }
  );
  const costCell = fc.oneof(
    { weight: 3, arbitrary: fc.double({ min: 0, max: 1e7, noNaN: true }) },
    { weight: 1, arbitrary: fc.constantFrom(null, "") }
  );
  const range = (arb: fc.Arbitrary<number | string | null>) =>
    fc.array(fc.array(arb, { minLength: COLS, maxLength: COLS }), {
      minLength: ROWS,
      maxLength: ROWS,
    });
  const formulas = {
    roas: "=SUM(A1:C5)/SUM(E1:G5)",
    net: "=(SUM(A1:C5)-SUM(E1:G5))/SUM(E1:G5)",
    profit: "=(SUM(A1:C5)*I1-SUM(E1:G5))/SUM(E1:G5)",
  };

  /** Sales in A1:C5, spend in E1:G5, margin in I1, the formula in J1. HyperFormula wants null for blanks. */
  function hyperFormulaRoi(
    returns: unknown[][],
    costs: unknown[][],
    margin: number,
    formula: string
  ): number {
    const blankAsNull = (value: unknown) => (value === "" ? null : value);
    const rows = returns.map((returnRow, r) => [
      ...returnRow.map(blankAsNull),
      null,
      ...costs[r].map(blankAsNull),
      null,
      r === 0 ? margin : null,
      r === 0 ? formula : null,
    ]);
    // precisionEpsilon 0: plain IEEE arithmetic, without HyperFormula's snapping of near-cancelling sums to 0.
    const hf = HyperFormula.buildFromArray(rows as any, {
      licenseKey: "gpl-v3",
      smartRounding: false,
      precisionEpsilon: 0,
    });
    const value = hf.getSheetValues(0)[0][9];
    hf.destroy();
    return value as number;
  }

  test("roas, net and profit match =SUM()/SUM() forms within 1e-12 relative", () => {
    fc.assert(
      fc.property(
        range(cell),
        range(costCell),
        fc.constantFrom("roas", "net", "profit") as fc.Arbitrary<keyof typeof formulas>,
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (returns, costs, mode, margin) => {
          const costTotal = costs
            .flat()
            .reduce<number>((sum, c) => sum + (typeof c === "number" ? c : 0), 0);
          fc.pre(costTotal > 1e-6);
          const expected = hyperFormulaRoi(returns, costs, margin, formulas[mode]);
          expect(typeof expected).toBe("number");
          expectRelativelyClose(roi(returns as any, costs as any, mode, margin), expected);
        }
      ),
      { numRuns: 300 }
    );
  });
});
