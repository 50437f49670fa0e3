import { parseNumber, typeCellText } from "../../src/io/typeCellText";

describe("typeCellText", () => {
  it.each([
    ["", null],
    ["   ", null],
    ["\u3000", null],
    ["TRUE", true],
    ["false", false],
    ["True", true],
    ["是", "是"],
    ["  销售额 ", "销售额"],
    ["2025-01-03", "2025-01-03"],
    ["2025/1/3 12:00", "2025/1/3 12:00"],
    ["#N/A", "#N/A"],
    ["-", "-"],
  ])("%j → %j", (text, expected) => {
    expect(typeCellText(text)).toBe(expected);
  });

  it('keeps ids forced to text with ="…" as text', () => {
    expect(typeCellText('="3456789012345678901"')).toBe("3456789012345678901");
    expect(typeCellText('="00123"')).toBe("00123");
  });
});

describe("parseNumber: numbers only when unambiguous", () => {
  it.each([
    ["0", 0],
    ["-0", 0],
    ["42", 42],
    ["-12.5", -12.5],
    ["+3", 3],
    [".5", 0.5],
    ["0.25", 0.25],
    ["1,234", 1234],
    ["1,234.50", 1234.5],
    ["12,345,678.9", 12345678.9],
    ["-1,234", -1234],
    ["¥1,234", 1234],
    ["￥1,234.50", 1234.5],
    ["$99", 99],
    ["-¥12", -12],
    ["¥-12", -12],
    ["3.25%", 0.0325],
    ["-12.5%", -0.125],
    ["100%", 1],
    ["123456789012345", 123456789012345],
  ])("%j → %d", (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it.each([
    ["1,5", "a European decimal comma: refused rather than read as 15"],
    ["1,23", "groups of other than three"],
    ["1234,567", "a first group longer than three"],
    ["1.234,5", "European grouping"],
    ["1,234,", "a trailing separator"],
    ["007", "a leading zero (codes, postcodes)"],
    ["0123.5", "a leading zero"],
    ["1234567890123456", "more than 15 digits: an order or tracking number"],
    ["3456789012345678901", "a 19-digit Taobao order number"],
    ["1E5", "an exponent"],
    ["(12)", "an accounting negative"],
    ["12元", "a unit"],
    ["１２", "full-width digits"],
    ["¥12%", "currency and percent together"],
    ["-+1", "two signs"],
    ["-¥-1", "two signs around the currency"],
    ["5.", "a bare trailing dot"],
    ["%", "no digits"],
    ["¥", "no digits"],
    ["1 234", "a space as separator"],
  ])("%j stays text: %s", (text) => {
    expect(parseNumber(text)).toBeUndefined();
    expect(typeCellText(text)).toBe(text);
  });

  it("rounds a percentage once, as the decimal it is written as", () => {
    expect(parseNumber("3.25%")).toBe(0.0325);
    expect(parseNumber("0.07%")).toBe(0.0007);
  });
});
