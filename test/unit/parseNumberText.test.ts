/** The rule table of what people type (test/support/typedTextRules.ts) through the core parser. */
import { parseAmountText, parseNumberText, parseRatioText } from "../../src/core/parseNumberText";
import { typeCellText } from "../../src/table/typeCellText";
import { NUMBER_RULES } from "../support/typedTextRules";

describe("parseNumberText: the rule table", () => {
  it.each(NUMBER_RULES)("%j → %p (%s)", (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });
});

describe("parseAmountText", () => {
  it("is parseNumberText without percentages", () => {
    for (const [text, expected] of NUMBER_RULES) {
      const isPercent = /[%％]\s*$/.test(text);
      expect(parseAmountText(text)).toBe(isPercent ? undefined : expected);
    }
  });
});

describe("parseRatioText", () => {
  it.each([
    ["80%", undefined, 0.8],
    ["0.8", undefined, 0.8],
    ["８０％", undefined, 0.8],
    ["80", undefined, 80],
    ["80", 1, 0.8],
    ["0.8", 1, 0.8],
    ["1", 1, 1],
    ["120", 5, 1.2],
    ["1.2", 5, 1.2],
    ["5", 5, 5],
    ["1e3", 5, 10],
    ["eighty", 1, undefined],
    ["1,5", 1, undefined],
  ] as const)("%j with maxRatio %p → %p", (text, maxRatio, expected) => {
    expect(parseRatioText(text, { maxRatio })).toBe(expected);
  });
});

describe("typeCellText: a file's generic view never disagrees with the column rules", () => {
  it.each([
    ["", null],
    ["   ", null],
    ["\u3000", null],
    ["TRUE", true],
    ["false", false],
    ["是", "是"],
    ["  销售额 ", "销售额"],
    ["2025-01-03", "2025-01-03"],
    ["2025/1/3 12:00", "2025/1/3 12:00"],
    ["2025.11", "2025.11"],
    ["#N/A", "#N/A"],
    ["-", "-"],
    ['="3456789012345678901"', "3456789012345678901"],
    ['="00123"', "00123"],
    ["1,234.50", 1234.5],
    ["-¥12", -12],
    ["3.25%", 0.0325],
    ["2025.1", 2025.1],
  ])("%j → %j", (text, expected) => {
    expect(typeCellText(text)).toBe(expected);
  });

  it("types as a number only texts that the full rules read as that same number", () => {
    for (const [text, expected] of NUMBER_RULES) {
      const typed = typeCellText(text);
      if (typeof typed === "number") expect(typed).toBe(expected);
      if (expected === undefined) expect(typeof typed).not.toBe("number");
    }
  });

  it.each(["1E5", "(12)", "１２", "1 234", "3900万"])(
    "%j stays text in the generic view (a mapped column reads it)",
    (text) => {
      expect(typeCellText(text)).toBe(text);
      expect(parseNumberText(text)).toBeDefined();
    }
  );
});
