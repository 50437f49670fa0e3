/**
 * RFMTIER as Excel calls it (functions.ts): ranges arrive as 2-D arrays, omitted arguments as null or
 * undefined, errors come back as CustomFunctions.Error values with en-US messages naming the argument.
 */
import { rfmTier } from "../../src/functions/functions";
import { setFunctionMessageLocale } from "../../src/functions/runFunction";
import {
  HAND_CN8_EN,
  HAND_CN8_ZH,
  HAND_FREQUENCY,
  HAND_MONETARY,
  HAND_RECENCY,
  HAND_SCORES,
  HAND_SEGMENTS_EN,
} from "../support/rfmHandExample";

type Cell = number | string | boolean | null;
const column = (...cells: Cell[]): Cell[][] => cells.map((cell) => [cell]);
const row = (...cells: Cell[]): Cell[][] => [cells];
/** Excel passes null for an omitted optional argument; the signature's types only allow undefined. */
const OMITTED = null as never;

// The shared hand-worked example (test/support/rfmHandExample.ts derives every tier step by step).
const R = column(...HAND_RECENCY);
const F = column(...HAND_FREQUENCY);
const M = column(...HAND_MONETARY);
const asColumn = (values: (string | number)[]) => values.map((value) => [value]);

function expectExcelError(result: unknown, code: string, argumentId: string): void {
  expect(result).toBeInstanceOf(CustomFunctions.Error);
  const error = result as CustomFunctions.Error;
  expect(error.code).toBe(code);
  expect(error.message).toContain(argumentId);
}

describe("RFMTIER over the whole list", () => {
  it("defaults to cn8 with Chinese labels, spilled as a column", () => {
    expect(rfmTier(R, F, M)).toEqual(asColumn(HAND_CN8_ZH));
    expect(rfmTier(R, F, M, null, null, OMITTED, OMITTED, OMITTED)).toEqual(asColumn(HAND_CN8_ZH));
  });

  it("score ignores labels; segment defaults to English", () => {
    expect(rfmTier(R, F, M, "score")).toEqual(asColumn(HAND_SCORES));
    expect(rfmTier(R, F, M, "score", "en")).toEqual(asColumn(HAND_SCORES));
    expect(rfmTier(R, F, M, "segment")).toEqual(asColumn(HAND_SEGMENTS_EN));
  });

  it("reads model and labels in any case and in every alias", () => {
    expect(rfmTier(R, F, M, " SCORE ")).toEqual(asColumn(HAND_SCORES));
    for (const english of ["en-US", "EN", "english"])
      expect(rfmTier(R, F, M, "CN8", english)).toEqual(asColumn(HAND_CN8_EN));
    for (const chinese of ["zh-cn", "ZH", "cn", "中文"]) {
      expect((rfmTier(R, F, M, "Segment", chinese) as string[][])[0]).toEqual(["冠军客户"]);
    }
  });

  it("accepts numbers typed as text, as excelArgs parses them", () => {
    const textMonetary = column(...HAND_MONETARY.map(String));
    expect(rfmTier(R, F, textMonetary, "score")).toEqual(asColumn(HAND_SCORES));
  });

  it("row in → row out", () => {
    expect(
      rfmTier(row(...HAND_RECENCY), row(...HAND_FREQUENCY), row(...HAND_MONETARY), "score")
    ).toEqual([HAND_SCORES]);
  });

  it("a row with any blank cell gives '' and is left out of the population", () => {
    const withGap = (values: number[], at: number, blank: Cell) =>
      column(...values.slice(0, at), blank, ...values.slice(at));
    // Customer inserted as row 4 with only recency and monetary: not a customer to tier, and not counted.
    const result = rfmTier(
      withGap(HAND_RECENCY, 3, 1),
      withGap(HAND_FREQUENCY, 3, ""),
      withGap(HAND_MONETARY, 3, 99999),
      "score"
    );
    expect(result).toEqual(asColumn([...HAND_SCORES.slice(0, 3), "", ...HAND_SCORES.slice(3)]));
  });
});

describe("RFMTIER for single customers against reference columns", () => {
  it("scores one customer (cells or plain values) with the list's thresholds", () => {
    // Customer 3 of the list: 60 days, 8 orders, 700 → 244 / 重要保持客户 against the list.
    expect(rfmTier([[60]], [[8]], [[700]], "score", null, R, F, M)).toEqual([[244]]);
    expect(rfmTier(60 as never, 8 as never, 700 as never, undefined, undefined, R, F, M)).toEqual([
      ["重要保持客户"],
    ]);
  });

  it("scores a few rows against the references, in the inputs' orientation", () => {
    const result = rfmTier(row(5, 120, ""), row(10, 1, 3), row(800, 50, 7), "score", null, R, F, M);
    expect(result).toEqual([[554, 111, ""]]);
  });

  it("a single blank customer gives ''", () => {
    expect(rfmTier([[""]], [[8]], [[700]], "score", null, R, F, M)).toEqual([[""]]);
  });
});

describe("RFMTIER bad input", () => {
  const block2x2 = [
    [1, 2],
    [3, 4],
  ];
  /** The third customer of the list scored against reference columns. */
  const againstRefs = (refRecency: unknown, refFrequency: unknown, refMonetary: unknown) =>
    rfmTier(
      [[60]],
      [[8]],
      [[700]],
      null,
      null,
      refRecency as never,
      refFrequency as never,
      refMonetary as never
    );
  const two = column(1, 2);
  const NOT_SAME_LENGTH = "must have the same number of rows";
  // [case, Excel error, parameter id the message names, part of the en-US message, the call]
  const cases: [string, string, string, string, () => unknown][] = [
    [
      "columns of different lengths",
      "#VALUE!",
      "frequency",
      NOT_SAME_LENGTH,
      () => rfmTier(R, F.slice(1), M),
    ],
    [
      "monetary of another length",
      "#VALUE!",
      "monetary",
      NOT_SAME_LENGTH,
      () => rfmTier(R, F, column(1, 2)),
    ],
    [
      "a 2-D block",
      "#VALUE!",
      "recency",
      "single column or a single row",
      () => rfmTier(block2x2, F, M),
    ],
    [
      "text in a cell",
      "#VALUE!",
      "frequency",
      'position 2 is "many"',
      () => rfmTier(two, column(1, "many"), two),
    ],
    [
      "a negative amount",
      "#VALUE!",
      "monetary",
      "position 2 is negative",
      () => rfmTier(two, two, column(1, -2)),
    ],
    [
      "a negative recency",
      "#VALUE!",
      "recency",
      "position 1 is negative",
      () => rfmTier(column(-1, 2), two, two),
    ],
    [
      "an all-blank list",
      "#N/A",
      "recency",
      "contains no numbers",
      () => rfmTier(column("", null), column("", ""), column(null, "")),
    ],
    [
      "a customer without references",
      "#N/A",
      "recency",
      "reference columns",
      () => rfmTier([[60]], [[8]], [[700]]),
    ],
    [
      "an unknown model",
      "#VALUE!",
      "model",
      '"quintile" is not known',
      () => rfmTier(R, F, M, "quintile"),
    ],
    [
      "an unknown label language",
      "#VALUE!",
      "labels",
      '"fr" is not known',
      () => rfmTier(R, F, M, "cn8", "fr"),
    ],
    [
      "a missing ref_monetary",
      "#VALUE!",
      "ref_monetary",
      "is required",
      () => againstRefs(R, F, OMITTED),
    ],
    [
      "a missing ref_recency",
      "#VALUE!",
      "ref_recency",
      "is required",
      () => againstRefs(undefined, F, M),
    ],
    [
      "references of different lengths",
      "#VALUE!",
      "ref_frequency",
      NOT_SAME_LENGTH,
      () => againstRefs(R, column(1), M),
    ],
    [
      "text in a reference",
      "#VALUE!",
      "ref_monetary",
      "not a number",
      () => againstRefs(R, F, column("x")),
    ],
    [
      "a negative reference",
      "#VALUE!",
      "ref_recency",
      "is negative",
      () => againstRefs(column(-5), [[1]], [[1]]),
    ],
    [
      "all-blank references",
      "#N/A",
      "ref_recency",
      "contains no numbers",
      () => againstRefs(column("", ""), column("", ""), column("", "")),
    ],
    [
      "a negative single customer",
      "#VALUE!",
      "frequency",
      "is negative",
      () => rfmTier([[60]], [[-8]], [[700]], null, null, R, F, M),
    ],
  ];

  it.each(cases)("%s → %s naming %s", (_case, code, argumentId, messagePart, call) => {
    let result: unknown;
    expect(() => (result = call())).not.toThrow();
    expectExcelError(result, code, argumentId);
    expect((result as CustomFunctions.Error).message).toContain(messagePart);
  });

  it("says which row is wrong", () => {
    const result = rfmTier(
      R,
      F,
      column(1, 2, 3, 4, 5, 6, 7, 8, -9, 10)
    ) as unknown as CustomFunctions.Error;
    expect(result.message).toBe("monetary: the value at position 9 is negative.");
  });

  it("names the argument in Chinese when Excel runs in Chinese", () => {
    setFunctionMessageLocale("zh-CN");
    try {
      expectExcelError(
        rfmTier([[60]], [[8]], [[700]], null, null, R, F, OMITTED),
        "#VALUE!",
        "参考消费金额"
      );
    } finally {
      setFunctionMessageLocale(undefined);
    }
  });
});
