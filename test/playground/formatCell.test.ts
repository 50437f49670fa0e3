import { formatCell, formatGeneral } from "../../src/playground/formatCell";
import { NUMBER_FORMATS } from "../../src/plan/styles";

test.each([
  [1234567.891, "¥#,##0", "¥1,234,568"],
  [1234.5, NUMBER_FORMATS.yuanWhole, "¥1,235"],
  [-1234.5, NUMBER_FORMATS.yuanWhole, "-¥1,235"],
  [1234.5, NUMBER_FORMATS.yuan, "¥1,234.50"],
  [-0.5, NUMBER_FORMATS.yuan, "-¥0.50"],
  [1234567, "#,##0", "1,234,567"],
  [-1234567, "#,##0", "-1,234,567"],
  [999.5, "#,##0", "1,000"],
  [12.6, "0", "13"],
  [1234.567, "#,##0.00", "1,234.57"],
  [0.1234, "0.0%", "12.3%"],
  [-0.05, "0.0%", "-5.0%"],
  [0.5, "0%", "50%"],
  [45826, "yyyy-mm-dd", "2025-06-18"],
  [45658.75, "yyyy-mm-dd", "2025-01-01"],
  [45826, "yyyy-mm", "2025-06"],
  [3, '0" pcs"', "3 pcs"],
  [-0.001, "#,##0", "0"],
])("%p in %p → %p", (value, code, shown) => {
  expect(formatCell(value, code)).toBe(shown);
});

test("text, blanks, booleans and errors ignore the number format", () => {
  expect(formatCell("天猫 Tmall", "#,##0")).toBe("天猫 Tmall");
  expect(formatCell(null, "0.0%")).toBe("");
  expect(formatCell(true)).toBe("TRUE");
  expect(formatCell({ error: "#DIV/0!" }, "0.0%")).toBe("#DIV/0!");
});

test("without a format numbers show as General", () => {
  expect(formatCell(45826)).toBe("45826");
  expect(formatCell(0.1 + 0.2)).toBe("0.3");
  expect(formatCell(1 / 3, "General")).toBe("0.3333333333");
  expect(formatGeneral(1.5e20)).toBe("1.5000E+20");
});
