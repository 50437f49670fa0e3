/**
 * "Download .xlsx" hands the browser a real workbook: the file opens in ExcelJS with the sample's
 * sheets, tables and values (compared with the sample shop data generated here in Node).
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import * as ExcelJS from "exceljs";
import type { Locale } from "../../src/i18n/locale";
import {
  customerTableRows,
  dailyTableRows,
  generateSampleShopData,
  teamTableRows,
} from "../../src/playground/sampleShopData";
import { generateSampleOrders } from "../../src/playground/sampleOrdersData";
import { generateSampleStockData } from "../../src/playground/sampleStockData";
import { PLAYGROUND_TEXTS } from "../../src/playground/playgroundTexts";
import { describeWithChromium } from "./support/chromium";
import { openPlayground } from "./support/playgroundPage";
import { BROWSER_TEST_TIMEOUT_MS, usePlaygroundSession } from "./support/playgroundSession";

const LOCALE: Locale = "zh-CN";
const SHEETS = {
  daily: "经营数据 Daily data",
  customers: "客户 Customers",
  team: "团队 Team",
  skuSales: "SKU销量 SKU sales",
  stock: "库存 Stock",
  orders: "订单 Orders",
};

/**
 * A cell's value as ExcelJS reads it, with dates as Excel serials (the sample stores serials) and an
 * empty cell as "" (the sample's empty text, e.g. the top manager's Manager, is written as no cell).
 */
function plainValue(cell: ExcelJS.Cell): unknown {
  const value = cell.value;
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25_569;
  return value ?? "";
}

function rowValues(sheet: ExcelJS.Worksheet, row: number, columns: number): unknown[] {
  return Array.from({ length: columns }, (_, i) => plainValue(sheet.getCell(row, i + 1)));
}

/** Paid times (serials with a time of day) come back through a Date to the millisecond; a blank is "". */
const comparable = (row: readonly unknown[]) =>
  row.map((value) =>
    typeof value === "number" ? Math.round(value * 1e6) / 1e6 : value === null ? "" : value
  );

describeWithChromium("Download .xlsx from the playground (browser)", () => {
  const session = usePlaygroundSession();
  let downloadDir: string;
  beforeAll(() => {
    downloadDir = mkdtempSync(path.join(tmpdir(), "ops-e2e-download-"));
  });
  afterAll(() => rmSync(downloadDir, { recursive: true, force: true }));

  test(
    "saves a workbook with the sample's sheets, tables and values",
    async () => {
      const { page, context, problems } = await openPlayground(
        session.browser,
        session.baseUrl,
        LOCALE
      );
      try {
        const [download] = await Promise.all([
          page.waitForEvent("download"),
          page.getByRole("button", { name: PLAYGROUND_TEXTS[LOCALE].download }).click(),
        ]);
        expect(download.suggestedFilename()).toBe("ops-planner-playground.xlsx");
        const file = path.join(downloadDir, download.suggestedFilename());
        await download.saveAs(file);

        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(file);
        expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(Object.values(SHEETS));

        const sample = generateSampleShopData();
        const stock = generateSampleStockData();
        const expectedRows = {
          daily: dailyTableRows(sample.daily),
          customers: customerTableRows(sample.customers),
          team: teamTableRows(sample.team),
          skuSales: stock.sales,
          stock: stock.stock,
          orders: generateSampleOrders(sample.customers),
        };
        for (const key of Object.keys(SHEETS) as (keyof typeof SHEETS)[]) {
          const sheet = workbook.getWorksheet(SHEETS[key])!;
          const rows = expectedRows[key];
          const width = rows[0].length;
          // The header, the first and the last record of every sheet.
          for (const index of [0, 1, rows.length - 1]) {
            expect(comparable(rowValues(sheet, index + 1, width))).toEqual(comparable(rows[index]));
          }
          expect(sheet.actualRowCount).toBe(rows.length);
        }
        const tableNames = workbook.worksheets.flatMap((sheet) =>
          Object.keys((sheet as unknown as { tables: Record<string, unknown> }).tables)
        );
        expect(tableNames.sort()).toEqual([
          "Customers",
          "Orders",
          "ShopDaily",
          "SkuSales",
          "StockList",
          "Team",
        ]);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
    BROWSER_TEST_TIMEOUT_MS
  );
});
