/**
 * The Report form in the playground, in both languages: read the sample ShopDaily table, keep the detected
 * columns (channel is the default breakdown), Build. The report's live GMV total (Report_Total_GMV,
 * computed by the playground's HyperFormula workbook) equals the sample's GMV summed here in Node, and
 * follows an edit of the table (the formulas read ShopDaily itself). Building again by week updates the
 * report in place: one report tab, and a note naming the hidden sheet the earlier version is kept as.
 * Axe on the form and a screenshot.
 */
import { mkdirSync } from "fs";
import path from "path";
import type { Locale } from "../../src/i18n/locale";
import { format } from "../../src/i18n/locale";
import { PANEL_TEXTS } from "../../src/i18n/panelTexts";
import { METRIC_LABELS, REPORT_TEXTS } from "../../src/builders/report";
import { cellA1 } from "../../src/plan/a1";
import { DAILY_HEADER, generateSampleShopData } from "../../src/playground/sampleShopData";
import { SAMPLE_SHEETS } from "../../src/playground/sampleWorkbookPlan";
import { reportFormLabels } from "./support/reportFormLabels";
import { blockingViolations, describeViolations, runAxe } from "./support/axe";
import { describeWithChromium } from "./support/chromium";
import {
  namedCell,
  openPlayground,
  readSampleTable,
  sheetTabList,
  showSheet,
  typeIntoCell,
  workbookValue,
  type OpenedPlayground,
} from "./support/playgroundPage";
import { BROWSER_TEST_TIMEOUT_MS, usePlaygroundSession } from "./support/playgroundSession";

const SCREENSHOT_DIR = path.resolve(__dirname, "../../test-artifacts/screenshots");

describeWithChromium("Report: from the sample data to a live report (browser)", () => {
  const session = usePlaygroundSession();

  describe.each<Locale>(["en-US", "zh-CN"])("%s", (locale) => {
    const text = PANEL_TEXTS[locale];
    const form = reportFormLabels(locale);
    const reportName = REPORT_TEXTS[locale].sheetName;
    let playground: OpenedPlayground;
    beforeAll(async () => {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      playground = await openPlayground(session.browser, session.baseUrl, locale);
    }, BROWSER_TEST_TIMEOUT_MS);
    afterAll(() => playground?.context.close());

    test(
      "read ShopDaily, Build: the GMV total is the sample's and follows the table; Build again updates in place",
      async () => {
        const { page } = playground;
        const panel = page.locator("aside");
        await readSampleTable(page, locale, "tabReport", "ShopDaily");
        await panel.getByRole("button", { name: form.build }).click();
        await panel.getByRole("button", { name: text.goToSheet }).click({ timeout: 60_000 });

        const daily = generateSampleShopData().daily;
        const expected = daily.reduce((sum, row) => sum + row.gmv, 0);
        const total = await namedCell(page, "Report_Total_GMV");
        expect(await workbookValue(page, total.sheet, total.a1)).toBeCloseTo(expected, 2);

        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${locale}-report-built.png`) });

        // Live over the table: the first row's GMV + 1,000 moves the total by 1,000.
        await showSheet(page, locale, SAMPLE_SHEETS.daily);
        const firstGmv = cellA1({ row: 1, column: DAILY_HEADER.indexOf("GMV") });
        await typeIntoCell(page, locale, firstGmv, String(daily[0].gmv + 1000));
        expect(await workbookValue(page, total.sheet, total.a1)).toBeCloseTo(expected + 1000, 2);

        const violations = blockingViolations(await runAxe(page, "aside"));
        if (violations.length > 0) console.error(describeViolations(violations));
        expect(violations.map((violation) => violation.id)).toEqual([]);

        // Again, by week: the report is replaced where it is, the first one kept hidden and named.
        await panel.getByRole("radio", { name: form.grains.week }).check();
        await panel.getByRole("button", { name: form.build }).click();
        const backup = locale === "zh-CN" ? `${reportName}（第1版）` : `${reportName} (v1)`;
        await panel.getByText(format(text.previousVersionKept, { backup })).waitFor();
        const tabs = sheetTabList(page, locale);
        expect(await tabs.getByRole("tab", { name: reportName, exact: true }).count()).toBe(1);
        expect(await tabs.getByRole("tab", { name: backup, exact: true }).count()).toBe(0);

        // With the daily dashboard: the latest day's GMV is the sample's rows of that day, summed here.
        await panel.getByRole("checkbox", { name: form.dashboard }).check();
        await panel.getByRole("button", { name: form.build }).click();
        const dashboardName = REPORT_TEXTS[locale].dashboardSheetName;
        await tabs.getByRole("tab", { name: dashboardName, exact: true }).waitFor();
        await showSheet(page, locale, dashboardName);
        const lastDay = Math.max(...daily.map((row) => row.date));
        const lastDayGmv = daily
          .filter((row) => row.date === lastDay)
          .reduce((sum, row) => sum + row.gmv, 0);
        const gmvLabel = METRIC_LABELS[locale].gmv;
        let gmvRow = 0;
        for (let row = 1; row <= 30 && gmvRow === 0; row++)
          if ((await workbookValue(page, dashboardName, `A${row}`)) === gmvLabel) gmvRow = row;
        expect(gmvRow).toBeGreaterThan(0);
        // Column B is the report date's figures (README: Daily dashboard).
        expect(await workbookValue(page, dashboardName, `B${gmvRow}`)).toBeCloseTo(lastDayGmv, 2);
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${locale}-dashboard-built.png`) });
        expect(playground.problems).toEqual([]);
      },
      BROWSER_TEST_TIMEOUT_MS
    );
  });
});
