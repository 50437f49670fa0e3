/**
 * The replenishment plan (issue 15) through the Excel adapter and the typed fake of Office.js, which
 * refuses what Excel refuses: it applies in the constant number of syncs, with its two tables and its
 * three Replenish_* names, in both languages. The numbers themselves are checked by the memory engine
 * and LibreOffice (test/builders, test/cli).
 */
import { readFields } from "../../src/builders/fields";
import { inputTable } from "../../src/builders/inputTables";
import { replenishmentBuilder } from "../../src/builders/replenishment";
import type { Locale } from "../../src/i18n/locale";
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { FakeExcel } from "../support/excelMock";

function plan(locale: Locale) {
  const [salesSpec, stockSpec] = replenishmentBuilder.inputs;
  const tables = {
    sales: inputTable(
      salesSpec,
      {
        source: "Table SkuSales",
        header: ["日期", "商品编码", "销量"],
        rows: [
          [45658, "A", 10],
          [45659, "A", 5],
          [45659, "B", 2],
        ],
      },
      locale
    ),
    stock: inputTable(
      stockSpec,
      {
        source: "Table StockList",
        header: ["商品编码", "可用库存"],
        rows: [
          ["A", 3],
          ["B", 40],
        ],
      },
      locale
    ),
  };
  const values = readFields(replenishmentBuilder.fields, { window: "2" });
  return replenishmentBuilder.run({ locale, values, tables, skipInvalid: false }).plan;
}

test.each(["en-US", "zh-CN"] as Locale[])("applies through Excel.run in %s", async (locale) => {
  const fake = new FakeExcel([]);
  const workbook = new ExcelWorkbook({ run: fake.run });
  const result = await workbook.applyPlan(plan(locale), { locale });
  expect(workbook.stats.syncs).toBe(3);
  const sheet = fake.sheet(result.sheetNames.replenishment);
  expect(sheet.tables.map((table) => table.name)).toEqual(["Replenishment"]);
  expect(fake.sheet(result.sheetNames.replenishmentData).tables.map((t) => t.name)).toEqual([
    "ReplenishData",
  ]);
  expect(fake.names.map((name) => name.name).sort()).toEqual([
    "Replenish_OrderCount",
    "Replenish_SlowShare",
    "Replenish_StockValue",
  ]);
  expect(sheet.name).toBe(locale === "zh-CN" ? "补货计划" : "Replenishment");
  // The ABC Pareto: sales as columns, the cumulative share as a line on the secondary axis.
  expect(sheet.charts).toHaveLength(1);
  expect(sheet.charts[0].type).toBe("ColumnClustered");
  expect(sheet.charts[0].series.map((series) => series.axisGroup)).toEqual([
    undefined,
    "Secondary",
  ]);
});
