/**
 * Customer tiers (issue 16) through the Excel adapter and the typed fake of Office.js, which refuses
 * what Excel refuses: the hand-worked orders apply in the constant number of syncs, with the tables
 * CustomerRFM and CustomerOrders, the names RFM_Customers and RFM_AsOf, and the two "customers by tier"
 * bar charts on the summary, in both languages. The numbers are checked by the memory engine and
 * LibreOffice (test/builders, test/cli).
 */
import { customersBuilder } from "../../src/builders/customers";
import { CUSTOMERS_TEXTS } from "../../src/builders/customers/texts";
import { readFields } from "../../src/builders/fields";
import { inputTable } from "../../src/builders/inputTables";
import type { Locale } from "../../src/i18n/locale";
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { HAND_ORDERS, HAND_ORDERS_HEADER } from "../support/customersHandExample";
import { FakeExcel } from "../support/excelMock";

function plan(locale: Locale) {
  const [spec] = customersBuilder.inputs;
  const orders = inputTable(
    spec,
    { source: "Table Orders", header: HAND_ORDERS_HEADER, rows: HAND_ORDERS },
    locale
  );
  const values = readFields(customersBuilder.fields, {});
  return customersBuilder.run({ locale, values, tables: { orders }, skipInvalid: false }).plan;
}

test.each(["en-US", "zh-CN"] as Locale[])("applies through Excel.run in %s", async (locale) => {
  const fake = new FakeExcel([]);
  const workbook = new ExcelWorkbook({ run: fake.run });
  const result = await workbook.applyPlan(plan(locale), { locale });
  expect(workbook.stats.syncs).toBe(3);
  const texts = CUSTOMERS_TEXTS[locale];
  const summary = fake.sheet(result.sheetNames.customers);
  expect(summary.name).toBe(texts.sheetName);
  expect(fake.sheet(result.sheetNames.customerRfm).tables.map((t) => t.name)).toEqual([
    "CustomerRFM",
  ]);
  expect(fake.sheet(result.sheetNames.customerOrders).tables.map((t) => t.name)).toEqual([
    "CustomerOrders",
  ]);
  expect(fake.names.map((name) => name.name).sort()).toEqual(["RFM_AsOf", "RFM_Customers"]);
  expect(summary.charts.map((chart) => [chart.type, chart.title])).toEqual([
    ["BarClustered", texts.chartTiers],
    ["BarClustered", texts.chartSegments],
  ]);
});
