/**
 * Reading one OPS call out of a cell formula in English invariant syntax, as range.formulas gives it:
 * "," separates arguments, "" escapes a quote in a string, ;/, split an array constant's rows/cells,
 * '' escapes a quote in a sheet name, and 95% is the number 0.95 (Excel's typed-percent rule).
 */
import { parseOpsCall } from "../../src/functions/formulaCall";

test("literals, an omitted argument and references", () => {
  expect(parseOpsCall('=OPS.SAFETYSTOCK(B2:B31, $C$1, 95%, , -0.5, "max""avg")')).toEqual({
    functionId: "SAFETYSTOCK",
    args: [
      { kind: "reference", text: "B2:B31", request: { address: "B2:B31" } },
      { kind: "reference", text: "$C$1", request: { address: "C1" } },
      { kind: "literal", value: 0.95 },
      { kind: "omitted" },
      { kind: "literal", value: -0.5 },
      { kind: "literal", value: 'max"avg' },
    ],
  });
});

test("sheet-qualified references, names, booleans and array constants", () => {
  const call = parseOpsCall("=ops.roi('Bob''s data'!A1:A9,Spend!b2,TRUE,{1,2;3,4},Margin)");
  expect(call?.functionId).toBe("ROI");
  expect(call?.args).toEqual([
    {
      kind: "reference",
      text: "'Bob''s data'!A1:A9",
      request: { sheet: "Bob's data", address: "A1:A9" },
    },
    { kind: "reference", text: "Spend!b2", request: { sheet: "Spend", address: "B2" } },
    { kind: "literal", value: true },
    {
      kind: "literal",
      value: [
        [1, 2],
        [3, 4],
      ],
    },
    { kind: "reference", text: "Margin", request: { name: "Margin" } },
  ]);
});

test("nested calls and arithmetic are expressions; commas inside them do not split", () => {
  expect(parseOpsCall("=OPS.ROI(SUM(A1,A2), B1*2)")?.args).toEqual([
    { kind: "expression", text: "SUM(A1,A2)" },
    { kind: "expression", text: "B1*2" },
  ]);
});

test.each([
  ["a built-in", "=SUM(A1:A3)"],
  ["an OPS call inside arithmetic", "=OPS.ROI(A1,B1)*100"],
  ["two calls", "=OPS.ROI(A1,B1)+OPS.ROI(A2,B2)"],
  ["an unknown OPS function", "=OPS.NOPE(1)"],
  ["a value", "42"],
])("%s is not one OPS call", (_case, formula) => {
  expect(parseOpsCall(formula)).toBeUndefined();
});
