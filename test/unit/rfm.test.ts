/**
 * Core RFM math: a hand-worked 10-customer example, HyperFormula's native PERCENTILE.INC / COUNTIF /
 * AVERAGE as an independent engine over random populations, and properties every tiering must have.
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import {
  parseRfmLabelLanguage,
  parseRfmModel,
  rfmScores,
  rfmThresholds,
  rfmTiers,
  type RfmCustomer,
  type RfmRow,
} from "../../src/core/rfm";
import { percentileIncSorted } from "../../src/core/stats";
import { caughtOpsError } from "../support/errorAssertions";
import {
  HAND_CN8_EN,
  HAND_CN8_ZH,
  HAND_EXAMPLE,
  HAND_SCORES,
  HAND_SEGMENTS_EN,
  HAND_SEGMENTS_ZH,
} from "../support/rfmHandExample";

const customer = (recency: number, frequency: number, monetary: number): RfmCustomer => ({
  recency,
  frequency,
  monetary,
});

/** The segment table of the spec, written as conditions rather than as a grid. */
function expectedSegment(r: number, f: number): string {
  if (r <= 2) return f <= 2 ? "Hibernating" : f <= 4 ? "At Risk" : "Can't Lose Them";
  if (r === 3) return f <= 2 ? "About to Sleep" : f === 3 ? "Need Attention" : "Loyal Customers";
  if (r === 4) return f === 1 ? "Promising" : f <= 3 ? "Potential Loyalist" : "Loyal Customers";
  return f === 1 ? "New Customers" : f <= 3 ? "Potential Loyalist" : "Champions";
}

const digits = (score: number) => ({
  r: Math.floor(score / 100),
  f: Math.floor(score / 10) % 10,
  m: score % 10,
});

describe("PERCENTILE.INC cut points", () => {
  it("matches Microsoft's documented example PERCENTILE.INC({1,3,2,4}, 0.3) = 1.9", () => {
    expect(percentileIncSorted([1, 2, 3, 4], 0.3)).toBeCloseTo(1.9, 12);
  });

  it("cuts {1,3,2,4} at 20/40/60/80%: ranks 0.6, 1.2, 1.8, 2.4 → 1.6, 2.2, 2.8, 3.4", () => {
    const population = [1, 3, 2, 4].map((v) => customer(v, v, v));
    const cuts = rfmThresholds(population).frequency.cuts;
    [1.6, 2.2, 2.8, 3.4].forEach((expected, i) => expect(cuts[i]).toBeCloseTo(expected, 12));
  });
});

describe("hand-worked 10-customer example", () => {
  it("has the means and cut points derived by hand", () => {
    const t = rfmThresholds(HAND_EXAMPLE);
    expect([t.recency.mean, t.frequency.mean, t.monetary.mean]).toEqual([40, 5, 450]);
    const close = (actual: readonly number[], expected: number[]) =>
      expected.forEach((value, i) => expect(actual[i]).toBeCloseTo(value, 9));
    close(t.recency.cuts, [6.6, 16, 42, 66]);
    close(t.frequency.cuts, [1.8, 2.6, 5.8, 8.4]);
    close(t.monetary.cuts, [140, 180, 550, 820]);
  });

  it("cn8 in Chinese (the default labels) and English", () => {
    expect(rfmTiers(HAND_EXAMPLE, "cn8")).toEqual(HAND_CN8_ZH);
    expect(rfmTiers(HAND_EXAMPLE, "cn8", "en-US")).toEqual(HAND_CN8_EN);
  });

  it("score", () => {
    expect(rfmTiers(HAND_EXAMPLE, "score")).toEqual(HAND_SCORES);
  });

  it("segment in English (the default labels) and Chinese", () => {
    expect(rfmTiers(HAND_EXAMPLE, "segment")).toEqual(HAND_SEGMENTS_EN);
    expect(rfmTiers(HAND_EXAMPLE, "segment", "zh-CN")).toEqual(HAND_SEGMENTS_ZH);
  });
});

describe("segment table", () => {
  // Population 10, 20, 30, 40, 50: rank 4k → cuts 18, 26, 34, 42, so 10…50 score F/M 1…5 and R 5…1.
  const reference = rfmThresholds([10, 20, 30, 40, 50].map((v) => customer(v, v, v)));
  const recencyForR = (r: number) => 60 - 10 * r;
  const frequencyForF = (f: number) => 10 * f;

  it.each([1, 2, 3, 4, 5].flatMap((r) => [1, 2, 3, 4, 5].map((f) => [r, f])))(
    "R %i F %i",
    (r, f) => {
      const row = customer(recencyForR(r), frequencyForF(f), 30);
      expect(rfmScores(row, reference)).toEqual({ r, f, m: 3 });
      expect(rfmTiers([row], "segment", "en-US", reference)).toEqual([expectedSegment(r, f)]);
    }
  );

  it("labels every zh-CN segment as the spec names it", () => {
    const zh = (r: number, f: number) =>
      rfmTiers([customer(recencyForR(r), frequencyForF(f), 30)], "segment", "zh-CN", reference)[0];
    expect([zh(5, 5), zh(4, 4), zh(5, 2), zh(5, 1), zh(4, 1)]).toEqual([
      "冠军客户",
      "忠诚客户",
      "潜力忠诚客户",
      "新客户",
      "有潜力客户",
    ]);
    expect([zh(3, 3), zh(3, 1), zh(2, 3), zh(1, 5), zh(1, 1)]).toEqual([
      "需要关注客户",
      "即将沉睡客户",
      "有流失风险客户",
      "不能流失客户",
      "沉睡客户",
    ]);
  });
});

describe("options and errors", () => {
  it("parses models and label languages in any case", () => {
    expect(["cn8", " SCORE ", "Segment"].map(parseRfmModel)).toEqual(["cn8", "score", "segment"]);
    expect(["zh-CN", "ZH", "cn", "中文"].map(parseRfmLabelLanguage)).toEqual([
      "zh-CN",
      "zh-CN",
      "zh-CN",
      "zh-CN",
    ]);
    expect(["en-us", "EN", "English"].map(parseRfmLabelLanguage)).toEqual([
      "en-US",
      "en-US",
      "en-US",
    ]);
  });

  it("rejects unknown options with #VALUE!", () => {
    const model = caughtOpsError(() => parseRfmModel("rfm"));
    expect([model.kind, model.key, model.params.arg]).toEqual(["VALUE", "unknownOption", "model"]);
    const labels = caughtOpsError(() => parseRfmLabelLanguage("fr"));
    expect([labels.kind, labels.key, labels.params.arg]).toEqual([
      "VALUE",
      "unknownOption",
      "labels",
    ]);
  });

  it("an all-blank population is #N/A, a negative value #VALUE! at its 1-based row", () => {
    const empty = caughtOpsError(() => rfmThresholds([null, null]));
    expect([empty.kind, empty.key]).toEqual(["NA", "emptyRange"]);
    const negative = caughtOpsError(() =>
      rfmTiers([customer(1, 1, 1), null, customer(2, 3, -4)], "score")
    );
    expect([negative.kind, negative.key, negative.params]).toEqual([
      "VALUE",
      "cellNegative",
      { arg: "monetary", position: 3 },
    ]);
  });

  it("names the caller's argument ids in population errors", () => {
    const ids = { recency: "ref_recency", frequency: "ref_frequency", monetary: "ref_monetary" };
    expect(caughtOpsError(() => rfmThresholds([customer(1, -1, 1)], ids)).params).toEqual({
      arg: "ref_frequency",
      position: 1,
    });
  });

  it("scores against a reference population instead of the rows themselves", () => {
    const reference = rfmThresholds(HAND_EXAMPLE);
    // Customer 3 of the example alone: against itself every cut equals its values (R5 F1 M1).
    expect(rfmTiers([HAND_EXAMPLE[2]], "score")).toEqual([511]);
    expect(rfmTiers([HAND_EXAMPLE[2], null], "score", "en-US", reference)).toEqual([244, ""]);
  });
});

// ---------- HyperFormula as an independent engine ----------

const cents = fc.integer({ min: 0, max: 200_000 }).map((c) => c / 100);
/** Small ranges and a few repeated values so ties (with each other, with cut points) are common. */
const customerArb = fc.record({
  recency: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 400 })),
  frequency: fc.integer({ min: 0, max: 12 }),
  monetary: fc.oneof(cents, fc.constantFrom(0, 19.9, 99.5, 100)),
});
const rowsArb = (maxLength: number) =>
  fc
    .array(fc.option(customerArb, { nil: null, freq: 6 }), { minLength: 1, maxLength })
    .filter((rows) => rows.some((row) => row !== null));

const CN8_ZH_BY_INDEX = [
  "重要价值客户",
  "重要发展客户",
  "重要保持客户",
  "重要挽留客户",
  "一般价值客户",
  "一般发展客户",
  "一般保持客户",
  "一般挽留客户",
];

interface EngineRow {
  r: number;
  f: number;
  m: number;
  cn8: string;
  frequencyCuts: number[];
}

/**
 * Sheet: A:C the customers (blank rows left blank), J:L rows 1–4 the cut points with PERCENTILE.INC,
 * D:F each row's R, F, M score with COUNTIF over the cuts, G its cn8 class by AVERAGE and CHOOSE.
 */
function engineTiers(rows: readonly RfmRow[]): (EngineRow | null)[] {
  const n = rows.length;
  const col = (letter: string) => `$${letter}$1:$${letter}$${n}`;
  const height = Math.max(n, 4);
  const sheet: (number | string | null)[][] = Array.from({ length: height }, () =>
    Array(12).fill(null)
  );
  rows.forEach((row, i) => {
    if (row === null) return;
    const at = i + 1;
    sheet[i][0] = row.recency;
    sheet[i][1] = row.frequency;
    sheet[i][2] = row.monetary;
    sheet[i][3] = `=5-COUNTIF($J$1:$J$4,"<"&A${at})`;
    sheet[i][4] = `=1+COUNTIF($K$1:$K$4,"<"&B${at})`;
    sheet[i][5] = `=1+COUNTIF($L$1:$L$4,"<"&C${at})`;
    sheet[i][6] =
      `=CHOOSE(1+IF(C${at}>=AVERAGE(${col("C")}),0,4)+IF(A${at}<=AVERAGE(${col("A")}),0,2)` +
      `+IF(B${at}>=AVERAGE(${col("B")}),0,1),${CN8_ZH_BY_INDEX.map((label) => `"${label}"`).join(",")})`;
  });
  [0.2, 0.4, 0.6, 0.8].forEach((k, i) => {
    sheet[i][9] = `=PERCENTILE.INC(${col("A")},${k})`;
    sheet[i][10] = `=PERCENTILE.INC(${col("B")},${k})`;
    sheet[i][11] = `=PERCENTILE.INC(${col("C")},${k})`;
  });
  const hf = HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3", smartRounding: false });
  try {
    const values = hf.getSheetValues(0);
    const frequencyCuts = [0, 1, 2, 3].map((i) => values[i][10] as number);
    return rows.map((row, i) =>
      row === null
        ? null
        : {
            r: values[i][3] as number,
            f: values[i][4] as number,
            m: values[i][5] as number,
            cn8: values[i][6] as string,
            frequencyCuts,
          }
    );
  } finally {
    hf.destroy();
  }
}

describe("agrees with HyperFormula's native formulas", () => {
  it("score, segment and cn8 for every row of random populations", () => {
    fc.assert(
      fc.property(rowsArb(40), (rows) => {
        const engine = engineTiers(rows);
        const scores = rfmTiers(rows, "score");
        const segments = rfmTiers(rows, "segment", "en-US");
        const cn8 = rfmTiers(rows, "cn8", "zh-CN");
        engine.forEach((expected, i) => {
          if (expected === null) {
            expect([scores[i], segments[i], cn8[i]]).toEqual(["", "", ""]);
            return;
          }
          expect(scores[i]).toBe(expected.r * 100 + expected.f * 10 + expected.m);
          expect(segments[i]).toBe(expectedSegment(expected.r, expected.f));
          expect(cn8[i]).toBe(expected.cn8);
        });
      }),
      { numRuns: 80 }
    );
  });

  it("cut points equal PERCENTILE.INC for arbitrary non-negative numbers", () => {
    const value = fc.double({ min: 0, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 30 }), (values) => {
        const ours = rfmThresholds(values.map((v) => customer(v, v, v))).frequency.cuts;
        const engine = engineTiers(values.map((v) => customer(v, v, v))).find(
          (row) => row !== null
        )!.frequencyCuts;
        ours.forEach((cut, i) => expect(cut).toBeCloseTo(engine[i], 6));
      }),
      { numRuns: 40 }
    );
  });
});

// ---------- properties ----------

describe("properties", () => {
  it("tiers do not depend on row order", () => {
    const rowsAndOrder = rowsArb(30).chain((rows) =>
      fc.tuple(
        fc.constant(rows),
        fc.shuffledSubarray(
          rows.map((_, i) => i),
          { minLength: rows.length, maxLength: rows.length }
        )
      )
    );
    fc.assert(
      fc.property(rowsAndOrder, ([rows, order]) => {
        const shuffled = order.map((i) => rows[i]);
        for (const model of ["cn8", "score", "segment"] as const) {
          const original = rfmTiers(rows, model);
          expect(rfmTiers(shuffled, model)).toEqual(order.map((i) => original[i]));
        }
      })
    );
  });

  it("equal values get equal scores, every score digit is 1–5", () => {
    fc.assert(
      fc.property(rowsArb(40), (rows) => {
        const tiers = rfmTiers(rows, "score");
        const seen = {
          r: new Map<number, number>(),
          f: new Map<number, number>(),
          m: new Map<number, number>(),
        };
        rows.forEach((row, i) => {
          if (row === null) return;
          const score = digits(tiers[i] as number);
          for (const [digit, value] of [
            ["r", row.recency],
            ["f", row.frequency],
            ["m", row.monetary],
          ] as const) {
            expect(score[digit]).toBeGreaterThanOrEqual(1);
            expect(score[digit]).toBeLessThanOrEqual(5);
            const earlier = seen[digit].get(value);
            if (earlier !== undefined) expect(score[digit]).toBe(earlier);
            seen[digit].set(value, score[digit]);
          }
        });
      })
    );
  });

  it("blank rows give '' and leave everyone else's tier as in the list without them", () => {
    fc.assert(
      fc.property(rowsArb(30), (rows) => {
        const complete = rows.filter((row) => row !== null);
        for (const model of ["cn8", "score", "segment"] as const) {
          const withBlanks = rfmTiers(rows, model);
          const withoutBlanks = rfmTiers(complete, model);
          expect(withBlanks.filter((_, i) => rows[i] !== null)).toEqual(withoutBlanks);
          expect(withBlanks.filter((_, i) => rows[i] === null).every((tier) => tier === "")).toBe(
            true
          );
        }
      })
    );
  });

  it("more monetary or frequency never lowers M or F; more recency never raises R", () => {
    const change = rowsArb(30).chain((rows) =>
      fc.tuple(
        fc.constant(rows),
        fc.constantFrom(...rows.flatMap((row, i) => (row === null ? [] : [i]))),
        fc.integer({ min: 1, max: 5000 }).map((c) => c / 10)
      )
    );
    fc.assert(
      fc.property(change, ([rows, index, increase]) => {
        const before = digits(rfmTiers(rows, "score")[index] as number);
        const raise = (field: keyof RfmCustomer) =>
          rows.map((row, i) =>
            i === index && row !== null ? { ...row, [field]: row[field] + increase } : row
          );
        expect(
          digits(rfmTiers(raise("monetary"), "score")[index] as number).m
        ).toBeGreaterThanOrEqual(before.m);
        expect(
          digits(rfmTiers(raise("frequency"), "score")[index] as number).f
        ).toBeGreaterThanOrEqual(before.f);
        expect(digits(rfmTiers(raise("recency"), "score")[index] as number).r).toBeLessThanOrEqual(
          before.r
        );
      })
    );
  });
});

describe("values equal to the mean up to rounding", () => {
  test("customers who all spent 19.9 are at the mean, so M is high (the float mean is 19.900000000000002)", () => {
    // Mathematically every value equals the mean; Excel compares to 15 significant digits and agrees.
    expect([19.9, 19.9, 19.9, 19.9, 19.9, 19.9].reduce((a, b) => a + b) / 6).not.toBe(19.9);
    const rows = Array.from({ length: 6 }, () => ({ recency: 10, frequency: 2, monetary: 19.9 }));
    expect(rfmTiers(rows, "cn8", "zh-CN")).toEqual(Array(6).fill("重要价值客户"));
  });
});
