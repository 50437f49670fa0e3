/**
 * The fast path must never change a value: wherever it answers, typeCellText (and so a mapped amount
 * column, which reads numbers through parseNumberText) gives the same number; and it does answer for
 * plain decimals, so the report's read is fast where exports are plain.
 */
import fc from "fast-check";
import { parseNumberText } from "../../src/core/parseNumberText";
import { plainDecimal } from "../../src/io/plainDecimal";
import { typeCellText } from "../../src/table/typeCellText";

const RUNS = { numRuns: 5000 };

/** Texts near the edges of the rule set: signs, dots, zeros, separators, units, full-width forms. */
const nearNumber = fc
  .array(fc.constantFrom(..."0123456789-.+, %e万¥（）１．－\u00a0\u3000"), { maxLength: 20 })
  .map((chars) => chars.join(""));

const plainDecimalText = fc
  .tuple(
    fc.boolean(),
    fc.oneof(fc.nat(), fc.integer({ min: 0, max: 999_999_999_999_999 })),
    fc.option(fc.stringMatching(/^[0-9]{1,12}$/), { nil: undefined })
  )
  .map(
    ([negative, integer, fraction]) =>
      `${negative ? "-" : ""}${integer}${fraction === undefined ? "" : `.${fraction}`}`
  );

describe("plainDecimal", () => {
  it("answers only with the number typeCellText and parseNumberText give", () => {
    fc.assert(
      fc.property(fc.oneof(nearNumber, plainDecimalText, fc.string()), (text) => {
        const fast = plainDecimal(text);
        if (fast === undefined) return;
        expect(Object.is(typeCellText(text), fast)).toBe(true);
        expect(Object.is(parseNumberText(text), fast)).toBe(true);
      }),
      RUNS
    );
  });

  it("answers for plain decimals other than a year.month", () => {
    fc.assert(
      fc.property(plainDecimalText, (text) => {
        if (/^\d{4}\.\d\d$/.test(text)) return;
        expect(plainDecimal(text)).toBe(Number(text) === 0 ? 0 : Number(text));
      }),
      RUNS
    );
  });

  it("reads up to 15 digits by division exactly as Number() parses them", () => {
    const shortDecimal = fc
      .tuple(fc.integer({ min: 1, max: 15 }), fc.integer({ min: 0, max: 14 }), fc.nat())
      .map(([total, fraction, seed]) => {
        const digits = String(seed)
          .padStart(total, "7")
          .slice(-total)
          .replace(/^0+(?=\d)/, "");
        const cut = Math.max(1, digits.length - Math.min(fraction, digits.length - 1));
        return fraction > 0 && digits.length > 1
          ? `${digits.slice(0, cut)}.${digits.slice(cut)}`
          : digits;
      });
    fc.assert(
      fc.property(shortDecimal, fc.boolean(), (text, negative) => {
        const signed = negative ? `-${text}` : text;
        if (/^\d{4}\.\d\d$/.test(signed)) return;
        const expected = Number(signed) === 0 ? 0 : Number(signed);
        expect(Object.is(plainDecimal(signed), expected)).toBe(true);
      }),
      RUNS
    );
  });

  it.each([
    ["1234", 1234],
    ["123456789012.345", 123456789012.345],
    ["0.000000000000001", 1e-15],
    ["9.87654321098765", 9.87654321098765],
    ["-0.3", -0.3],
    ["-56.78", -56.78],
    [".5", 0.5],
    ["-0", 0],
    ["0.1", 0.1],
    ["999999999999999", 999_999_999_999_999],
  ])("reads %s as %d", (text, value) => expect(Object.is(plainDecimal(text), value)).toBe(true));

  it.each([
    "2025.11",
    "007",
    "1234567890123456",
    "1,234",
    "+5",
    "1.",
    "-",
    "",
    " 1",
    "12%",
    "１２",
  ])("leaves %j to the rules", (text) => expect(plainDecimal(text)).toBeUndefined());
});
