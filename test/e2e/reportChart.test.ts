/**
 * The report's chart in the playground, in both languages: after Build, the report sheet shows the
 * chart named by its title (role="img"), drawn with coloured marks on its canvas; typing a new GMV into
 * the first period's total cell (a cell the chart shows) redraws it. Axe over the grid and its charts,
 * and a screenshot of the chart (test-artifacts/screenshots).
 */
import { mkdirSync } from "fs";
import path from "path";
import type { Locale } from "../../src/i18n/locale";
import { PANEL_TEXTS } from "../../src/i18n/panelTexts";
import { REPORT_TEXTS } from "../../src/builders/report";
import { reportFormLabels } from "./support/reportFormLabels";
import { blockingViolations, describeViolations, runAxe } from "./support/axe";
import { describeWithChromium } from "./support/chromium";
import {
  namedCell,
  openPlayground,
  readSampleTable,
  typeIntoCell,
  type OpenedPlayground,
} from "./support/playgroundPage";
import { canvasPixels, expectSettled } from "./support/chartPixels";
import { BROWSER_TEST_TIMEOUT_MS, usePlaygroundSession } from "./support/playgroundSession";

const SCREENSHOT_DIR = path.resolve(__dirname, "../../test-artifacts/screenshots");

describeWithChromium("Report: the chart in the playground (browser)", () => {
  const session = usePlaygroundSession();

  describe.each<Locale>(["en-US", "zh-CN"])("%s", (locale) => {
    const title = REPORT_TEXTS[locale].chartTitle;
    let playground: OpenedPlayground;
    beforeAll(async () => {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      playground = await openPlayground(session.browser, session.baseUrl, locale);
    }, BROWSER_TEST_TIMEOUT_MS);
    afterAll(() => playground?.context.close());

    test(
      "after Build the report shows its chart, which follows a cell it shows",
      async () => {
        const { page } = playground;
        const panel = page.locator("aside");
        await readSampleTable(page, locale, "tabReport", "ShopDaily");
        await panel.getByRole("button", { name: reportFormLabels(locale).build }).click();
        await panel
          .getByRole("button", { name: PANEL_TEXTS[locale].goToSheet })
          .click({ timeout: 60_000 });

        const chart = page.getByRole("img", { name: title, exact: true });
        await chart.locator("canvas").waitFor({ timeout: 30_000 });
        await chart.scrollIntoViewIfNeeded();
        // ECharts animates its first drawing; wait until the picture holds still.
        await expectSettled(page, title);
        const before = await canvasPixels(page, title);
        expect(before.coloured).toBeGreaterThan(500);
        await chart.screenshot({ path: path.join(SCREENSHOT_DIR, `${locale}-report-chart.png`) });

        // The first period's GMV total is on the row of Report_Total_GMV, in column C (after the
        // channel label and the previous period): 50 times the grand total makes its bar tower.
        const total = await namedCell(page, "Report_Total_GMV");
        const firstPeriod = `C${total.a1.replace(/^[A-Z]+/, "")}`;
        await typeIntoCell(page, locale, firstPeriod, "999999999");
        await expectSettled(page, title);
        const after = await canvasPixels(page, title);
        expect(after.fingerprint).not.toBe(before.fingerprint);
        expect(after.coloured).toBeGreaterThan(500);

        const violations = blockingViolations(await runAxe(page, "main"));
        if (violations.length > 0) console.error(describeViolations(violations));
        expect(violations.map((violation) => violation.id)).toEqual([]);
      },
      BROWSER_TEST_TIMEOUT_MS
    );
  });
});
