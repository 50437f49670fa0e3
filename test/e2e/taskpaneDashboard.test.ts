/**
 * The daily dashboard built from the real task pane on the fake Excel host (every call through
 * ExcelWorkbook and Office.js as in Excel), then what the fake received exported to .xlsx and
 * recalculated by LibreOffice: the latest day's GMV equals the sample rows of that day, summed here;
 * and a report over a small table has the grand totals worked by hand.
 */
import { METRIC_LABELS, REPORT_TEXTS } from "../../src/builders/report";
import { format } from "../../src/i18n/locale";
import { cellA1 } from "../../src/plan/a1";
import { PANEL_TEXTS } from "../../src/i18n/panelTexts";
import { dailyTableRows, generateSampleShopData } from "../../src/playground/sampleShopData";
import { reportFormLabels } from "./support/reportFormLabels";
import { fakeExcelFromSnapshot, fakeExcelToXlsx } from "../support/fakeExcelToXlsx";
import {
  describeWithLibreOffice,
  formulaResults,
  recalculateXlsx,
  writeTempXlsx,
  type CachedResult,
} from "../support/libreoffice";
import type { FakeExcel } from "../support/excelMock";
import { describeWithChromium } from "./support/chromium";
import { BROWSER_TEST_TIMEOUT_MS } from "./support/playgroundSession";
import {
  openTaskpane,
  panelTabList,
  useTaskpaneSession,
  type FakeHostWindow,
} from "./support/taskpaneSession";

/** LibreOffice's result for the single cell a workbook name of the fake refers to. */
function namedResult(fake: FakeExcel, results: Map<string, CachedResult>, name: string) {
  const formula = fake.names.find((item) => item.name === name)!.formula;
  const match = /^='?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(formula)!;
  return results.get(`${match[1].replace(/''/g, "'")}!${match[2]}${match[3]}`);
}

describeWithChromium("task pane on a fake Excel host: the daily dashboard", () => {
  describeWithLibreOffice("built through Excel.run, recalculated by LibreOffice", () => {
    const session = useTaskpaneSession();

    test(
      "the latest day's GMV is the sample's",
      async () => {
        const locale = "en-US";
        const text = PANEL_TEXTS[locale];
        const form = reportFormLabels(locale);
        const daily = generateSampleShopData().daily;
        const rows = dailyTableRows(daily) as (string | number | boolean)[][];
        const panel = await openTaskpane(
          session,
          {
            displayLanguage: locale,
            sheets: [
              {
                name: "Daily",
                rows,
                tables: [{ name: "ShopDaily", address: `A1:I${rows.length}` }],
              },
            ],
            activeSheet: "Daily",
            selection: { sheet: "Daily", address: "A1" },
          },
          locale
        );
        try {
          const { page } = panel;
          await panelTabList(page, locale).getByRole("tab", { name: text.tabReport }).click();
          await page.getByRole("combobox", { name: text.tableLabel }).click();
          await page
            .getByRole("listbox", { name: text.tableLabel })
            .getByRole("option", { name: /^ShopDaily/ })
            .click();
          await page.getByRole("button", { name: text.readSource }).click();
          await page.getByRole("checkbox", { name: form.dashboard }).check();
          await page.getByRole("button", { name: form.build }).click();
          const [goTo] = text.goToSheetLabel.split("{sheet}");
          await page
            .getByRole("button", { name: new RegExp(`^${goTo}`) })
            .waitFor({ timeout: 60_000 });
          const snapshot = await page.evaluate(() =>
            (window as unknown as FakeHostWindow).fakeOfficeHost.excel.snapshot()
          );
          expect(panel.problems).toEqual([]);

          const fake = fakeExcelFromSnapshot(snapshot);
          const dashboard = fake.sheet(REPORT_TEXTS[locale].dashboardSheetName);
          const gmvRow = Array.from({ length: 40 }, (_, r) => r).find((r) => {
            const content = dashboard.contentAt(r, 0);
            return content.kind === "text" && content.text === METRIC_LABELS[locale].gmv;
          });
          expect(gmvRow).toBeDefined();
          const path = writeTempXlsx(await fakeExcelToXlsx(fake), "taskpane-dashboard");
          const results = await formulaResults(await recalculateXlsx(path));
          const lastDay = Math.max(...daily.map((row) => row.date));
          const lastDayGmv = daily
            .filter((row) => row.date === lastDay)
            .reduce((sum, row) => sum + row.gmv, 0);
          // Column B holds the report date's figures (README: Daily dashboard).
          const shown = results.get(`${dashboard.name}!${cellA1({ row: gmvRow!, column: 1 })}`);
          expect(shown).toBeCloseTo(lastDayGmv, 2);

          // A month × channel figure of the report beside it: Tmall's GMV in January 2026, summed here.
          const report = fake.sheet(REPORT_TEXTS[locale].sheetName);
          const textAt = (r: number, c: number) => {
            const content = report.contentAt(r, c);
            return content.kind === "text" ? content.text : undefined;
          };
          const rowsTo = Array.from({ length: 200 }, (_, r) => r);
          const columnsTo = Array.from({ length: 80 }, (_, c) => c);
          const headerRow = rowsTo.find((r) => columnsTo.some((c) => textAt(r, c) === "Jan 2026"))!;
          const january = columnsTo.find((c) => textAt(headerRow, c) === "Jan 2026")!;
          const gmvTitle = rowsTo.find((r) => textAt(r, 0) === METRIC_LABELS[locale].gmv)!;
          const tmall = rowsTo.find((r) => r > gmvTitle && textAt(r, 0) === "天猫 Tmall")!;
          const januaryStart = Date.UTC(2026, 0, 1) / 86_400_000 + 25_569;
          const tmallJanuary = daily
            .filter(
              (row) =>
                row.channel === "天猫 Tmall" &&
                row.date >= januaryStart &&
                row.date < januaryStart + 31
            )
            .reduce((sum, row) => sum + row.gmv, 0);
          expect(tmallJanuary).toBeGreaterThan(0);
          expect(
            results.get(`${report.name}!${cellA1({ row: tmall, column: january })}`)
          ).toBeCloseTo(tmallJanuary, 2);
        } finally {
          await panel.context.close();
        }
      },
      BROWSER_TEST_TIMEOUT_MS * 2
    );

    test(
      "a report over a table: the grand totals are the table's, summed by hand",
      async () => {
        const locale = "zh-CN";
        const text = PANEL_TEXTS[locale];
        const form = reportFormLabels(locale);
        // 45658 = 2025-01-01, 45689 = 2025-02-01. GMV 3,000 + 1,500 + 4,500 = 9,000; visitors 3,000;
        // orders 60, so conversion 60 ÷ 3,000 = 2%.
        const orders = [
          ["日期", "渠道", "访客数", "支付订单数", "支付金额", "推广费"],
          [45658, "天猫", 1000, 20, 3000, 500],
          [45659, "京东", 800, 10, 1500, 300],
          [45689, "天猫", 1200, 30, 4500, 600],
        ];
        const panel = await openTaskpane(
          session,
          {
            displayLanguage: locale,
            sheets: [
              { name: "订单", rows: orders, tables: [{ name: "Orders", address: "A1:F4" }] },
            ],
            activeSheet: "订单",
            selection: { sheet: "订单", address: "A1" },
          },
          locale
        );
        try {
          const { page } = panel;
          await panelTabList(page, locale).getByRole("tab", { name: text.tabReport }).click();
          await page.getByRole("combobox", { name: text.tableLabel }).click();
          await page
            .getByRole("listbox", { name: text.tableLabel })
            .getByRole("option", { name: /^Orders/ })
            .click();
          await page.getByRole("button", { name: text.readSource }).click();
          await page.getByRole("button", { name: form.build }).click();
          await page
            .getByText(format(text.buildSucceeded, { sheet: REPORT_TEXTS[locale].sheetName }))
            .waitFor({ timeout: 60_000 });
          const fake = fakeExcelFromSnapshot(
            await page.evaluate(() =>
              (window as unknown as FakeHostWindow).fakeOfficeHost.excel.snapshot()
            )
          );
          expect(panel.problems).toEqual([]);
          const path = writeTempXlsx(await fakeExcelToXlsx(fake), "taskpane-report");
          const results = await formulaResults(await recalculateXlsx(path));
          expect(namedResult(fake, results, "Report_Total_GMV")).toBe(9000);
          expect(namedResult(fake, results, "Report_Total_UV")).toBe(3000);
          expect(namedResult(fake, results, "Report_Total_Orders")).toBe(60);
          expect(namedResult(fake, results, "Report_CR")).toBeCloseTo(0.02, 12);
        } finally {
          await panel.context.close();
        }
      },
      BROWSER_TEST_TIMEOUT_MS * 2
    );
  });
});
