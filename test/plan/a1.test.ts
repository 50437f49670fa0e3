/** A1 addressing against Excel's own column lettering and grid size (XFD = column 16,384; row 1,048,576). */
import fc from "fast-check";
import {
  columnIndex,
  columnLetters,
  parseCell,
  parseRange,
  rangeA1,
  absoluteRangeA1,
  quoteSheetName,
  splitSheetAddress,
} from "../../src/plan/a1";

test("column letters follow Excel: A, Z, AA, AZ, BA, ZZ, AAA, XFD", () => {
  expect([0, 25, 26, 51, 52, 701, 702, 16_383].map(columnLetters)).toEqual([
    "A",
    "Z",
    "AA",
    "AZ",
    "BA",
    "ZZ",
    "AAA",
    "XFD",
  ]);
  expect(columnIndex("xfd")).toBe(16_383);
});

test("letters and indexes round-trip", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 16_383 }), (i) => columnIndex(columnLetters(i)) === i)
  );
});

test("cells inside the grid parse; cells outside do not", () => {
  expect(parseCell("B2")).toEqual({ row: 1, column: 1 });
  expect(parseCell("$XFD$1048576")).toEqual({ row: 1_048_575, column: 16_383 });
  for (const outside of ["XFE1", "A1048577", "A0", "B", "2", "B2C"])
    expect(parseCell(outside)).toBeUndefined();
});

test("ranges normalise their corners and print back", () => {
  expect(rangeA1(parseRange("D10:B2")!)).toBe("B2:D10");
  expect(rangeA1(parseRange("C3")!)).toBe("C3");
  expect(absoluteRangeA1(parseRange("B4:B15")!)).toBe("$B$4:$B$15");
  expect(parseRange("A1:B2:C3")).toBeUndefined();
});

test("sheet names are quoted with inner quotes doubled", () => {
  expect(quoteSheetName("Bob's 目标")).toBe("'Bob''s 目标'");
});

test("Excel's range.address splits into sheet and address, quoted names unquoted", () => {
  // Excel quotes names with spaces or punctuation and doubles inner quotes ('Bob''s data'!A1:C9).
  expect(splitSheetAddress("Sheet1!A1:F200")).toEqual({ sheet: "Sheet1", address: "A1:F200" });
  expect(splitSheetAddress("'Q1 data'!B2:D5")).toEqual({ sheet: "Q1 data", address: "B2:D5" });
  expect(splitSheetAddress("'Bob''s 目标'!C3")).toEqual({ sheet: "Bob's 目标", address: "C3" });
  expect(splitSheetAddress("订单!A1:H9")).toEqual({ sheet: "订单", address: "A1:H9" });
  // Property: whatever the name, quoting then splitting gives it back.
  fc.assert(
    fc.property(fc.string({ minLength: 1, maxLength: 31 }), (name) => {
      expect(splitSheetAddress(`${quoteSheetName(name)}!A1:B2`)).toEqual({
        sheet: name,
        address: "A1:B2",
      });
    })
  );
  expect(splitSheetAddress("A1:F200")).toBeUndefined();
  expect(splitSheetAddress("Table Sales")).toBeUndefined();
});
