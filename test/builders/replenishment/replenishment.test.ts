/**
 * The replenishment plan (issue 15) through the memory adapter (HyperFormula), against figures worked
 * out by hand in the comments and against OPS.SAFETYSTOCK's core for the same inputs:
 *
 * Sales, 2025-01-01..05 (window 5): A sells 10, 0, 20, 10, 10 (d = 10; Σq² = 700, σd² = (700 − 2500/5)/4
 * = 50); B sells 0, 3 + 2, 0, 0, 5 (d = 2; σd² = (50 − 100/5)/4 = 7.5); C (in stock) sells nothing; D
 * sells but is not in the stock list. Stock: A 30 on hand + 10 on order, cost 5, L 4, σL 1, case pack 12;
 * B 1 on hand, cost 2, no lead time (default 7), age 120; C 50 on hand, cost 1, age 10.
 */
import type { InputTable } from "../../../src/builders/builder";
import { readFields } from "../../../src/builders/fields";
import { inputTable } from "../../../src/builders/inputTables";
import { replenishmentBuilder } from "../../../src/builders/replenishment";
import { REPLENISHMENT_NAMES } from "../../../src/builders/replenishment/replenishmentPlan";
import { LocalizedError } from "../../../src/core/localizedError";
import { safetyStock } from "../../../src/core/safetyStock";
import type { Locale } from "../../../src/i18n/locale";
import type { CellValue } from "../../../src/plan/types";
import { MemoryWorkbook } from "../../../src/workbook/memory/MemoryWorkbook";

const Z95 = 1.6448536269514722; // NORM.S.INV(0.95)

const SALES: CellValue[][] = [
  ["2025-01-01", "A", 10],
  ["2025-01-03", "A", 20],
  ["2025-01-04", "A", 10],
  ["2025-01-05", "A", 10],
  ["2025-01-02", "B", 3],
  ["2025-01-02", "B", 2],
  ["2025-01-05", "B", 5],
  ["2025-01-01", "D", 1],
];
const STOCK: CellValue[][] = [
  ["A", 30, 10, 5, 4, 1, 12, null],
  ["B", 1, null, 2, null, null, null, 120],
  ["C", 50, null, 1, null, null, null, 10],
];

function tables(sales = SALES, stock = STOCK, locale: Locale = "en-US") {
  const [salesSpec, stockSpec] = replenishmentBuilder.inputs;
  const read = (spec: typeof salesSpec, header: string[], rows: CellValue[][]): InputTable =>
    inputTable(spec, { source: spec.id, header, rows }, locale);
  return {
    sales: read(salesSpec, ["日期", "商品编码", "销量"], sales),
    stock: read(
      stockSpec,
      ["商品编码", "可用库存", "采购在途", "成本价", "补货周期", "补货周期标准差", "箱规", "库龄"],
      stock
    ),
  };
}

async function build(
  typed: Record<string, string> = {},
  locale: Locale = "en-US",
  skipInvalid = false
) {
  const values = readFields(replenishmentBuilder.fields, { window: "5", ...typed });
  const output = replenishmentBuilder.run({
    locale,
    values,
    tables: tables(undefined, undefined, locale),
    skipInvalid,
  });
  const memory = new MemoryWorkbook();
  const applied = await memory.applyPlan(output.plan);
  const sheet = applied.sheetNames.replenishment;
  const at = (a1: string) => memory.getValue(sheet, a1);
  const name = (defined: string) => {
    const info = memory.definedNames().find((n) => n.name === defined)!;
    const [, a1] = /!\$?([A-Z]+\$?\d+)$/.exec(info.ref)!;
    return memory.getValue(sheet, a1.replace(/\$/g, ""));
  };
  return { output, memory, sheet, at, name };
}

describe("the plan's figures", () => {
  test("average daily sales, demand SD, safety stock, reorder point, order, cover (rows 20–22)", async () => {
    const { at } = await build();
    // A: d 10, σd √50; SS = z·√(4·50 + 10²·1²) = z·√300; ROP = 40 + SS.
    expect(at("B20")).toBe("A");
    expect(at("F20")).toBe(10);
    expect(at("G20")).toBeCloseTo(Math.sqrt(50), 12);
    expect(at("J20")).toBeCloseTo(Z95 * Math.sqrt(300), 9);
    expect(at("K20")).toBeCloseTo(40 + Z95 * Math.sqrt(300), 9);
    // order: ROP + 10·7 − 30 − 10 = 98.49… → 9 cases of 12 = 108.
    expect(at("P20")).toBe(108);
    expect(at("N20")).toBe(3);
    // B: L defaults to 7, σL 0: SS = z·√(7·7.5); order = ROP + 2·7 − 1 (no case pack).
    const ssB = Z95 * Math.sqrt(7 * 7.5);
    expect(at("F21")).toBe(2);
    expect(at("G21")).toBeCloseTo(Math.sqrt(7.5), 12);
    expect(at("H21")).toBe(7);
    expect(at("J21")).toBeCloseTo(ssB, 9);
    expect(at("P21")).toBeCloseTo(14 + ssB + 14 - 1, 9);
    expect(at("N21")).toBe(0.5);
    // C: no sales: d 0, SS 0, nothing to order, cover blank.
    expect([at("F22"), at("J22"), at("P22"), at("N22")]).toEqual([0, 0, 0, ""]);
  });

  test("safety stock equals OPS.SAFETYSTOCK's core for the same d, σd, L, σL and service level", async () => {
    const { at } = await build({ serviceLevel: "97.5%" });
    for (const row of [20, 21, 22]) {
      const expected = safetyStock({
        demandMean: at(`F${row}`) as number,
        demandSd: at(`G${row}`) as number,
        demandMax: 0,
        leadTime: at(`H${row}`) as number,
        leadTimeSd: at(`I${row}`) as number,
        leadTimeMax: 0,
        serviceLevel: 0.975,
        method: "combined",
      });
      expect(Math.abs((at(`J${row}`) as number) - expected)).toBeLessThanOrEqual(1e-9);
    }
  });

  test("ABC, slow movers, reorder flags and the stock-health names", async () => {
    const { at, name } = await build();
    // Window sales 50, 10, 0 of 60: A before 0 → A; B before 50/60 ≥ 80% → B; C before 60/60 → C.
    expect([at("S20"), at("S21"), at("S22")]).toEqual(["A", "B", "C"]);
    // B is older than 90 days, C sold nothing in the window; both have stock.
    expect([at("U20"), at("U21"), at("U22")]).toEqual(["", "Yes", "Yes"]);
    // A: 30 + 10 ≤ 68.5; B: 1 ≤ 25.9; C: 50 > 0.
    expect([at("V20"), at("V21"), at("V22")]).toEqual(["Yes", "Yes", ""]);
    expect(name(REPLENISHMENT_NAMES.orderCount)).toBe(2);
    expect(name(REPLENISHMENT_NAMES.stockValue)).toBe(30 * 5 + 1 * 2 + 50 * 1);
    expect(name(REPLENISHMENT_NAMES.slowShare)).toBeCloseTo((2 + 50) / 202, 12);
    // Turnover: window cost of sales (50·5 + 10·2) per year ÷ stock value.
    expect(at("F8")).toBeCloseTo((270 * 365) / 5 / 202, 9);
  });

  test("inputs recompute the sheet: window, service level, method, review", async () => {
    const { memory, sheet, at } = await build();
    memory.setCellValue(sheet, "B7", 4); // window: 2025-01-02..05 → A sells 0, 20, 10, 10: d 10
    expect(at("F20")).toBe(10);
    expect(at("G20")).toBeCloseTo(Math.sqrt((600 - 1600 / 4) / 3), 12);
    memory.setCellValue(sheet, "B8", "cover"); // SS = d × 15 + 0
    expect(at("J20")).toBe(150);
    memory.setCellValue(sheet, "B10", 5); // + buffer
    expect(at("J20")).toBe(155);
    memory.setCellValue(sheet, "B6", 0); // review 0: order = ROP − 40 = 40 + 155 − 40 = 155 → 13 cases
    expect(at("P20")).toBe(156);
  });

  test("the notes name SKUs without history and history SKUs missing from the stock list", async () => {
    const { output } = await build({}, "zh-CN");
    expect(output.notes).toEqual([
      "库存清单中有 1 个 SKU 在历史中没有销售（日均销量为 0）：C。",
      "历史中有 1 个已售 SKU 不在库存清单中，因此没有补货计划：D。",
    ]);
  });
});

describe("bad input is answered clearly", () => {
  const run = (sales: CellValue[][], typed: Record<string, string> = {}, skipInvalid = false) =>
    replenishmentBuilder.run({
      locale: "en-US",
      values: readFields(replenishmentBuilder.fields, { window: "5", ...typed }),
      tables: tables(sales),
      skipInvalid,
    });
  const message = (call: () => unknown) => {
    try {
      call();
    } catch (error) {
      if (error instanceof LocalizedError) return error.messageIn("en-US");
      throw error;
    }
    throw new Error("expected a refusal");
  };

  test("a window longer than the history", () => {
    expect(message(() => run(SALES, { window: "6" }))).toBe(
      "The window (6 days) is longer than the sales history (5 days, 2025-01-01 to 2025-01-05); choose a window of at most 5 days."
    );
  });

  test("a return beyond the day's sales is refused, unless left out; one netted into its day is fine", () => {
    const returns = [...SALES, ["2025-01-05", "B", -5], ["2025-01-04", "A", -15]];
    expect(message(() => run(returns))).toContain("1 SKU-days add up to a negative quantity");
    expect(message(() => run(returns))).toContain("A 2025-01-04");
    const skipped = run(returns, {}, true);
    expect(skipped.notes).toContain(
      "1 SKU-days whose sales add up to less than 0 (returns) were left out: A 2025-01-04."
    );
  });

  test("an unreadable cell names its line and column", () => {
    const bad = [...SALES, ["2025-01-05", "A", "n/a"], ["2025/13/01", "B", 1]];
    expect(message(() => run(bad))).toBe(
      "2 rows of Sales history have cells the rules cannot read, so nothing was written: line 10, column “销量”: “n/a”; line 11, column “日期”: “2025/13/01”. Fix them, or leave those rows out (CLI: --skip-invalid)."
    );
    expect(run(bad, {}, true).notes).toContain(
      "2 history rows with a cell that cannot be read were left out (lines 10, 11); their readable quantities held 1."
    );
  });
});
