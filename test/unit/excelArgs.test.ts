/** How Excel's raw argument values become numbers and vectors (see excelArgs.ts for the shapes Excel passes). */
import {
  numberOrBlank,
  numberVector,
  numbersInRange,
  optionalNumber,
  optionalOption,
  requiredNumber,
} from "../../src/functions/excelArgs";
import { caughtOpsError } from "../support/errorAssertions";

describe("single numbers", () => {
  test.each([
    [12, 12],
    [0.95, 0.95],
    ["95%", 0.95],
    [" 12.5 ", 12.5],
    ["-3", -3],
    ["1e3", 1000],
    [".5", 0.5],
    [[[7]], 7],
  ])("%p reads as %p", (input, expected) => {
    expect(numberOrBlank(input, "x")).toBeCloseTo(expected, 15);
  });

  test.each([[""], [null], [undefined], [[[""]]]])("%p is blank", (input) => {
    expect(numberOrBlank(input, "x")).toBeNull();
    expect(optionalNumber(input, "x", 0.95)).toBe(0.95);
    expect(caughtOpsError(() => requiredNumber(input, "lead_time"))).toMatchObject({
      kind: "VALUE",
      key: "blankRequired",
      params: { arg: "lead_time" },
    });
  });

  test.each([["abc"], ["12 units"], ["1,000"], [true], [NaN], [Infinity], [[[1, 2]]]])(
    "%p is #VALUE!",
    (input) => {
      expect(caughtOpsError(() => numberOrBlank(input, "days"))).toMatchObject({
        kind: "VALUE",
        params: { arg: "days" },
      });
    }
  );
});

test("options are trimmed and lower-cased; blank takes the default", () => {
  expect(optionalOption("  Additive ", "method", "combined")).toBe("additive");
  expect(optionalOption(-1, "direction", "higher")).toBe("-1");
  expect(optionalOption(null, "method", "combined")).toBe("combined");
  expect(optionalOption([[""]], "method", "combined")).toBe("combined");
});

test("a range gives its numbers in reading order, blanks skipped, text named by position", () => {
  expect(
    numbersInRange(
      [
        [1, ""],
        [null, 4],
        ["5", 6],
      ],
      "demand"
    )
  ).toEqual([1, 4, 5, 6]);
  expect(numbersInRange(3, "demand")).toEqual([3]);
  expect(caughtOpsError(() => numbersInRange([[1], ["n/a"], [3]], "demand"))).toMatchObject({
    kind: "VALUE",
    key: "cellNotANumber",
    params: { arg: "demand", position: 2, got: "n/a" },
  });
});

test("a vector keeps blanks in place and accepts one row or one column only", () => {
  expect(numberVector([[1], [""], [3]], "recency")).toEqual([1, null, 3]);
  expect(numberVector([[1, "", 3]], "recency")).toEqual([1, null, 3]);
  expect(
    caughtOpsError(() =>
      numberVector(
        [
          [1, 2],
          [3, 4],
        ],
        "recency"
      )
    )
  ).toMatchObject({ kind: "VALUE", key: "notAColumn" });
});
