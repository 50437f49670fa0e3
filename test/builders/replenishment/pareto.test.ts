/**
 * The ABC Pareto block and chart of the replenishment sheet, through the memory engine. The stock list is
 * not in sales order, and two SKUs tie. Hand-worked, window 5 days (2025-01-01..05):
 * window sales C 0, B 3 + 2 + 5 = 10, A 10 + 20 + 10 + 10 = 50, E 10 (tie with B: table order, B first);
 * sorted A 50, B 10, E 10, C 0 of 70: cumulative 50/70, 60/70, 70/70, 70/70.
 * Window 2 days (01-04..05): A 20, B 5, E 10, C 0 → A, E, B, C of 35: 20/35, 30/35, 35/35, 35/35.
 */
import type { InputTable } from "../../../src/builders/builder";
import { readFields } from "../../../src/builders/fields";
import { inputTable } from "../../../src/builders/inputTables";
import { replenishmentBuilder } from "../../../src/builders/replenishment";
import type { Locale } from "../../../src/i18n/locale";
import { cellA1 } from "../../../src/plan/a1";
import { rangeCells } from "../../../src/plan/charts";
import type { CellValue } from "../../../src/plan/types";
import { validatePlan } from "../../../src/plan/validatePlan";
import { MemoryWorkbook } from "../../../src/workbook/memory/MemoryWorkbook";

const SALES: CellValue[][] = [
  ["2025-01-01", "A", 10],
  ["2025-01-03", "A", 20],
  ["2025-01-04", "A", 10],
  ["2025-01-05", "A", 10],
  ["2025-01-02", "B", 3],
  ["2025-01-02", "B", 2],
  ["2025-01-05", "B", 5],
  ["2025-01-04", "E", 10],
];
const STOCK: CellValue[][] = [
  ["C", 50, null, 1],
  ["B", 1, null, 2],
  ["A", 30, 10, 5],
  ["E", 5, null, 3],
];

async function build(locale: Locale) {
  const [salesSpec, stockSpec] = replenishmentBuilder.inputs;
  const read = (spec: typeof salesSpec, header: string[], rows: CellValue[][]): InputTable =>
    inputTable(spec, { source: spec.id, header, rows }, locale);
  const output = replenishmentBuilder.run({
    locale,
    values: readFields(replenishmentBuilder.fields, { window: "5" }),
    tables: {
      sales: read(salesSpec, ["日期", "商品编码", "销量"], SALES),
      stock: read(stockSpec, ["商品编码", "可用库存", "采购在途", "成本价"], STOCK),
    },
    skipInvalid: false,
  });
  expect(validatePlan(output.plan)).toEqual([]);
  const memory = new MemoryWorkbook();
  const sheet = (await memory.applyPlan(output.plan)).sheetNames.replenishment;
  const chart = output.plan.sheets[0].charts![0];
  const values = (range: string) =>
    rangeCells(range).map((cell) => memory.getValue(sheet, cellA1(cell)));
  return { memory, sheet, chart, values };
}

describe.each<Locale>(["en-US", "zh-CN"])("%s", (locale) => {
  test("sales by SKU in descending order, the cumulative share on the secondary axis", async () => {
    const { memory, sheet, chart, values } = await build(locale);
    expect(chart.type).toBe("combo");
    expect(chart.title).toBe(
      locale === "en-US"
        ? "ABC Pareto: sales by SKU and cumulative share"
        : "ABC 帕累托：各 SKU 销售额与累计占比"
    );
    expect(chart.series.map((series) => series.axis)).toEqual([undefined, "secondary"]);
    expect(values(chart.categories)).toEqual(["A", "B", "E", "C"]);
    expect(values(chart.series[0].values)).toEqual([50, 10, 10, 0]);
    const cumulative = values(chart.series[1].values) as number[];
    [50 / 70, 60 / 70, 1, 1].forEach((share, i) => expect(cumulative[i]).toBeCloseTo(share, 12));

    // The order follows the window input (B7): two days.
    memory.setCellValue(sheet, "B7", 2);
    expect(values(chart.categories)).toEqual(["A", "E", "B", "C"]);
    expect(values(chart.series[0].values)).toEqual([20, 10, 5, 0]);
    const after = values(chart.series[1].values) as number[];
    [20 / 35, 30 / 35, 1, 1].forEach((share, i) => expect(after[i]).toBeCloseTo(share, 12));
    memory.dispose();
  });
});
