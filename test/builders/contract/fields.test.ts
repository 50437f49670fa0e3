/**
 * builders/fields.ts: every field kind reads typed text through core's one parser, defaults are read
 * by the same rules, and a refusal carries the field's id until a host names it.
 */
import type { FieldSpec } from "../../../src/builders/builder";
import { FieldError, readField, readFields } from "../../../src/builders/fields";

const label = { "en-US": "X", "zh-CN": "X" };
const spec = (kind: FieldSpec["kind"], extra: Partial<FieldSpec> = {}): FieldSpec => ({
  id: "x",
  kind,
  flag: "x",
  label,
  hint: label,
  ...extra,
});

test.each([
  ["amount", "3900万", 39_000_000],
  ["amount", "(1,234)", -1234],
  ["number", "2.35%", 0.0235],
  ["integer", "３０", 30],
  ["date", "2025/11/3", 45964],
  ["date", "20251103", 45964],
  ["month", "2025.11", 45962],
  ["month", "2025年11月份", 45962],
  ["text", "  天猫 ", "天猫"],
] as const)("%s %j → %p", (kind, text, value) => {
  expect(readField(spec(kind), text)).toBe(value);
});

test("ratios: a bare number above the field's largest ratio is a percentage", () => {
  const ratio = spec("ratio", { maxRatio: 1 });
  expect([readField(ratio, "95%"), readField(ratio, "0.95"), readField(ratio, "95")]).toEqual([
    0.95, 0.95, 0.95,
  ]);
});

test.each([
  ["amount", "1,5", "fieldNotAmount"],
  ["amount", "95%", "fieldNotAmount"],
  ["integer", "2.5", "fieldNotInteger"],
  ["date", "2025-11", "fieldNotDate"],
  ["date", "11/03/2025", "fieldNotDate"],
  ["month", "soon", "fieldNotMonth"],
  ["ratio", "eighty", "fieldNotRatio"],
] as const)("%s %j is refused with %s", (kind, text, key) => {
  let error: unknown;
  try {
    readField(spec(kind), text);
  } catch (thrown) {
    error = thrown;
  }
  expect(error).toBeInstanceOf(FieldError);
  expect((error as FieldError).key).toBe(key);
  expect((error as FieldError).withField("--x").messageIn("en-US")).toContain(`--x: “${text}”`);
});

test("choices by value or label in either language; defaults, required and bounds", () => {
  const grain = spec("choice", {
    choices: [{ value: "week", label: { "en-US": "Week", "zh-CN": "周" } }],
    default: "week",
  });
  expect([readField(grain, "WEEK"), readField(grain, "周"), readField(grain, "")]).toEqual([
    "week",
    "week",
    "week",
  ]);
  expect(() => readField(spec("amount", { required: true }), " ")).toThrow("x is required.");
  expect(() => readField(spec("integer", { min: 1, max: 365 }), "400")).toThrow(
    "x: “400” is outside 1 to 365."
  );
  expect(readFields([spec("flag"), { ...spec("number"), id: "y" }], { x: true })).toEqual({
    x: true,
    y: undefined,
  });
});
