/**
 * The Targets page (derived from the targets builder module) → builder options → sheets in the memory
 * workbook (HyperFormula computes them). Expected figures are worked by hand in each test from the data
 * the test writes.
 */
import type { TableData } from "../../src/table/tableData";
import { targetsBuilder, targetsOptions } from "../../src/builders/targets";
import { TargetHistoryError } from "../../src/builders/targets/targetHistory";
import { TARGET_NAMES, TARGETS_SHEET } from "../../src/builders/targets/targetsPlan";
import { TARGETS_MODULE_TEXTS } from "../../src/builders/targets/texts";
import { BUILDER_TEXTS } from "../../src/builders/texts";
import type { TypedFields } from "../../src/builders/fields";
import { isLocalizedError } from "../../src/core/localizedError";
import { format } from "../../src/i18n/locale";
import type { Locale } from "../../src/i18n/locale";
import {
  builderRequest,
  defaultTypedFields,
  prepareBuilderBuild,
} from "../../src/taskpane/pages/builderPageModel";
import { parseFormNumber } from "../../src/taskpane/pages/templateEditorModel";
import { MemoryWorkbook } from "../../src/workbook/memory/MemoryWorkbook";

/** Excel serial of the 1st of a month in 2025: 45658 is 2025-01-01. */
const MONTH_START_2025 = [
  45658, 45689, 45717, 45748, 45778, 45809, 45839, 45870, 45901, 45931, 45962, 45992,
];

/**
 * Monthly rows for 2025, two shops: Shop A sells 100 a month, Shop B 300, so B has 3/4 of the year.
 * A "GMV" column of other numbers sits beside the mapped "Sales" column and must be ignored.
 */
const SHOPS: TableData = {
  source: "Table Shops",
  header: ["Month", "Store", "Sales", "GMV"],
  rows: MONTH_START_2025.flatMap((serial) => [
    [serial, "Shop A", 100, 999],
    [serial, "Shop B", 300, 1],
  ]),
};
const MAPPING = { period: 0, amount: 2, orders: null, uv: null, refunds: null, uvValue: null };
const TODAY = new Date(2025, 10, 22);

/** The page's fields as typed: the defaults, then what the test types over them. */
function form(overrides: Record<string, string>) {
  return { ...defaultTypedFields(targetsBuilder.fields), ...overrides };
}

/** The options the page's Build reads, through the panel's own path (builderRequest). */
function targetsRequest(
  typed: TypedFields,
  source: { data: TableData; mapping: Record<string, number | null> } | undefined,
  locale: Locale
) {
  const request = builderRequest(targetsBuilder, { history: source }, typed, locale, {
    skipInvalid: false,
    today: TODAY,
  });
  return targetsOptions(request);
}

describe("parseFormNumber", () => {
  test.each([
    ["58,500,000", 58_500_000],
    ["58 500 000", 58_500_000],
    ["５８５", 585], // full-width digits from a Chinese input method
    ["12.5", 12.5],
  ])("%s reads as %d", (typed, expected) => expect(parseFormNumber(typed)).toBe(expected));
  test.each(["", "abc", "5,8x", "1,5", "1.234,5"])("%s is not a number", (typed) =>
    expect(parseFormNumber(typed)).toBeNaN()
  );
});

test("the default fiscal year is the next calendar year, starting in January, 80% / 120% tiers", () => {
  const { options } = targetsRequest(form({ annual: "100" }), undefined, "en-US");
  expect(options).toMatchObject({ fiscalYear: 2026, fiscalStartMonth: 1, base: { ratio: 0.8 } });
  expect(options.challenge).toEqual({ ratio: 1.2 });
});

test("the mapped sales column, not the GMV beside it, becomes each member's monthly history", () => {
  const { options } = targetsRequest(
    form({ annual: "1,200,000", by: "Store" }),
    { data: SHOPS, mapping: MAPPING },
    "en-US"
  );
  expect(options.annualTarget).toBe(1_200_000);
  expect(options.base).toEqual({ ratio: 0.8 });
  expect(options.challenge).toEqual({ ratio: 1.2 });
  expect(options.history?.members.map((m) => m.name)).toEqual(["Shop A", "Shop B"]);
  expect(options.history?.members[1].observations.map((o) => o.value)).toEqual(
    new Array(12).fill(300)
  );
});

test("built into a workbook: the total is the typed target, it ties out, and members split about 1 : 3", async () => {
  const output = prepareBuilderBuild(
    targetsBuilder,
    { history: { data: SHOPS, mapping: MAPPING } },
    form({ annual: "1,200,000", year: "2026", by: "Store" }),
    "en-US",
    { skipInvalid: false, today: TODAY }
  );
  const workbook = new MemoryWorkbook();
  try {
    const { sheetNames } = await workbook.applyPlan(output.plan);
    const sheet = sheetNames[TARGETS_SHEET];
    const named = (name: string) => workbook.definedNames().find((n) => n.name === name)!;
    const at = (name: string) => workbook.getValue(sheet, named(name).ref.split("!").pop()!);
    expect(at(TARGET_NAMES.total)).toBe(1_200_000);
    expect(at(TARGET_NAMES.check)).toBe(0);
    // Shares from last year's history: A 1,200 of 4,800 = 1/4 → 300,000; B 3/4 → 900,000. Each month's
    // target is split by largest remainder into whole units, so each month's part is within 1 of its exact
    // share: over 12 months a member is within 12 of its exact total, and the two add up to the target.
    const members = named(TARGET_NAMES.memberTotals).ref.split("!").pop()!;
    const [first, last] = members.replace(/\$/g, "").split(":");
    const values = [first, last].map((a1) => workbook.getValue(sheet, a1));
    const [a, b] = values as number[];
    expect(Math.abs(a - 300_000)).toBeLessThanOrEqual(12);
    expect(Math.abs(b - 900_000)).toBeLessThanOrEqual(12);
    expect(a + b).toBe(1_200_000);
  } finally {
    workbook.dispose();
  }
});

test("without a source the months are weighted equally and no history is passed", () => {
  const { options } = targetsRequest(form({ annual: "120" }), undefined, "en-US");
  expect(options.history).toBeUndefined();
  expect(options.seasonality).toEqual({ method: "equal" });
});

/** The refusal `call` throws, as the panel shows it in zh-CN. */
function zhMessage(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    if (isLocalizedError(error)) return error.messageIn("zh-CN");
    throw error;
  }
  throw new Error("not refused");
}

describe("refused input says what to fix, in the user's language", () => {
  test("an empty annual target is a required field, named by its label", () => {
    expect(zhMessage(() => targetsRequest(form({ annual: "" }), undefined, "zh-CN"))).toBe(
      format(BUILDER_TEXTS["zh-CN"].fieldRequired, { field: "年度目标" })
    );
  });

  test.each([
    [{ annual: "-5" }, "badAmount", "年度目标", "-5"],
    [{ annual: "100", year: "next" }, "badYear", "财年", "next"],
  ] as const)("%j", (overrides, key, field, value) => {
    const call = () => targetsRequest(form(overrides), undefined, "zh-CN");
    expect(zhMessage(call)).toBe(format(TARGETS_MODULE_TEXTS["zh-CN"][key], { field, value }));
  });

  test("an unmapped sales column", () => {
    const call = () =>
      targetsRequest(
        form({ annual: "100" }),
        { data: SHOPS, mapping: { ...MAPPING, amount: null } },
        "en-US"
      );
    expect(call).toThrow("Sales history: no column for Sales amount was found");
  });

  test("a sales cell that is text stops the read with the history reader's error", () => {
    const broken = {
      ...SHOPS,
      rows: SHOPS.rows.map((r, i) => (i === 3 ? [r[0], r[1], "n/a", r[3]] : r)),
    };
    expect(() =>
      targetsRequest(form({ annual: "100" }), { data: broken, mapping: MAPPING }, "en-US")
    ).toThrow(TargetHistoryError);
  });
});
