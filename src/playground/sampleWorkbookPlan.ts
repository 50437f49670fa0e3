/**
 * The sample shop as a workbook plan: the playground applies it to its memory workbook, so the data
 * sheets get number formats, header styles, frozen headers and the tables ShopDaily, Customers and Team
 * that formulas such as =OPS.RFMTIER(Customers[DaysSinceLastPurchase], …) refer to, SkuSales and
 * StockList for the replenishment page, and Orders (the order export the Customers table agrees with)
 * for the customer-tier page.
 */
import { cellA1, columnLetters } from "../plan/a1";
import type { CellValue, NumberFormatName, SheetPlan, WorkbookPlan } from "../plan/types";
import {
  customerTableRows,
  dailyTableRows,
  generateSampleShopData,
  teamTableRows,
  type SampleShopData,
} from "./sampleShopData";
import { generateSampleOrders } from "./sampleOrdersData";
import { generateSampleStockData, type SampleStockData } from "./sampleStockData";

export const SAMPLE_SHEETS = {
  daily: "经营数据 Daily data",
  customers: "客户 Customers",
  team: "团队 Team",
  skuSales: "SKU销量 SKU sales",
  stock: "库存 Stock",
  orders: "订单 Orders",
} as const;

export function sampleWorkbookPlan(
  data: SampleShopData = generateSampleShopData(),
  stock: SampleStockData = generateSampleStockData(),
  orders: CellValue[][] = generateSampleOrders(data.customers)
): WorkbookPlan {
  return {
    sheets: [
      tableSheet("daily", SAMPLE_SHEETS.daily, "ShopDaily", dailyTableRows(data.daily), [
        "date",
        null,
        null,
        "thousands",
        "thousands",
        "thousands",
        "yuanWhole",
        "yuanWhole",
        "yuanWhole",
      ]),
      tableSheet(
        "customers",
        SAMPLE_SHEETS.customers,
        "Customers",
        customerTableRows(data.customers),
        [null, "integer", "integer", "yuan"]
      ),
      tableSheet("team", SAMPLE_SHEETS.team, "Team", teamTableRows(data.team), [
        null,
        null,
        null,
        null,
      ]),
      tableSheet("skuSales", SAMPLE_SHEETS.skuSales, "SkuSales", stock.sales, [
        "date",
        null,
        null,
        "thousands",
        "yuanWhole",
      ]),
      tableSheet("stock", SAMPLE_SHEETS.stock, "StockList", stock.stock, [
        null,
        null,
        "thousands",
        "thousands",
        "yuan",
        null,
        null,
        null,
        null,
      ]),
      tableSheet("orders", SAMPLE_SHEETS.orders, "Orders", orders, [
        null,
        null,
        { code: "yyyy-mm-dd hh:mm" },
        "yuan",
        null,
        null,
      ]),
    ],
  };
}

/** A sheet holding one table from A1, with a styled, frozen header and a number format per column. */
function tableSheet(
  key: string,
  name: string,
  tableName: string,
  rows: CellValue[][],
  columnFormats: (NumberFormatName | { code: string } | null)[]
): SheetPlan {
  const lastCell = cellA1({ row: rows.length - 1, column: rows[0].length - 1 });
  const headerEnd = cellA1({ row: 0, column: rows[0].length - 1 });
  const bodyRows = rows.length - 1;
  return {
    key,
    name,
    freeze: { rows: 1, columns: 0 },
    blocks: [{ anchor: "A1", rows }],
    tables: [{ name: tableName, range: `A1:${lastCell}` }],
    columnWidths: rows[0].map((_, column) => ({
      column: columnLetters(column),
      width: column === 0 ? 14 : 16,
    })),
    formats: [
      { range: `A1:${headerEnd}`, style: "header" },
      ...columnFormats.flatMap((format, column) =>
        format === null
          ? []
          : [
              {
                range: `${columnLetters(column)}2:${columnLetters(column)}${bodyRows + 1}`,
                numberFormat: format,
              },
            ]
      ),
    ],
  };
}
