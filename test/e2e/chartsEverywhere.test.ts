/**
 * The charts added to the report after issue 17's first part, drawn in the playground in both languages:
 * a report by channel then category (two levels) shows its GMV-share donut, read from the share block,
 * and its GMV/CR chart fits the grid's visible width (its right-hand axis is not cut off); the daily
 * dashboard shows its last-30-days chart. Each chart is an element with role="img" named by its title,
 * with coloured marks on its canvas. Axe over the grid; screenshots in test-artifacts/screenshots.
 */
import { mkdirSync } from "fs";
import path from "path";
import type { Locator } from "playwright-core";
import { REPORT_TEXTS } from "../../src/builders/report";
import { format, type Locale } from "../../src/i18n/locale";
import { PANEL_TEXTS } from "../../src/i18n/panelTexts";
import { reportFormLabels } from "./support/reportFormLabels";
import { blockingViolations, describeViolations, runAxe } from "./support/axe";
import { describeWithChromium } from "./support/chromium";
import {
  openPlayground,
  readSampleTable,
  showSheet,
  type OpenedPlayground,
} from "./support/playgroundPage";
import { BROWSER_TEST_TIMEOUT_MS, usePlaygroundSession } from "./support/playgroundSession";

const SCREENSHOT_DIR = path.resolve(__dirname, "../../test-artifacts/screenshots");

/** Coloured (not white, grey or black) pixels of the chart's canvas, once its drawing holds still. */
async function colouredPixels(chart: Locator): Promise<number> {
  const read = () =>
    chart.locator("canvas").evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
      let coloured = 0;
      for (let i = 0; i < data.length; i += 4)
        if (
          data[i + 3] > 0 &&
          Math.max(data[i], data[i + 1], data[i + 2]) -
            Math.min(data[i], data[i + 1], data[i + 2]) >
            40
        )
          coloured++;
      return coloured;
    });
  let previous = -1;
  for (let attempt = 0; attempt < 40; attempt++) {
    const now = await read();
    if (now === previous) return now;
    previous = now;
    await chart.page().waitForTimeout(300);
  }
  throw new Error("The chart kept changing for 12 seconds.");
}

describeWithChromium(
  "Charts: two-level share donut, dashboard trend, fitted to the grid (browser)",
  () => {
    const session = usePlaygroundSession();

    describe.each<Locale>(["en-US", "zh-CN"])("%s", (locale) => {
      let playground: OpenedPlayground;
      beforeAll(async () => {
        mkdirSync(SCREENSHOT_DIR, { recursive: true });
        playground = await openPlayground(session.browser, session.baseUrl, locale);
      }, BROWSER_TEST_TIMEOUT_MS);
      afterAll(() => playground?.context.close());

      test(
        "report by channel then category, with the dashboard",
        async () => {
          const { page } = playground;
          const panel = page.locator("aside");
          const form = reportFormLabels(locale);
          const texts = REPORT_TEXTS[locale];
          await readSampleTable(page, locale, "tabReport", "ShopDaily");
          await panel.getByLabel(form.secondBreakdown).selectOption({ label: "Category" });
          await panel.getByRole("checkbox", { name: form.dashboard }).check();
          await panel.getByRole("button", { name: form.build }).click();
          await panel
            .getByRole("button", { name: PANEL_TEXTS[locale].goToSheet })
            .click({ timeout: 60_000 });

          const trend = page.getByRole("img", { name: texts.chartTitle, exact: true });
          const donut = page.getByRole("img", {
            name: format(texts.shareChartTitle, { column: "Channel" }),
            exact: true,
          });
          await trend.scrollIntoViewIfNeeded();
          await trend.locator("canvas").waitFor({ timeout: 30_000 });
          expect(await colouredPixels(trend)).toBeGreaterThan(500);
          // The whole GMV/CR chart is inside the grid's visible area, right-hand axis included.
          const grid = page.locator('[role="grid"]').locator("..");
          const [chartBox, gridBox] = [await trend.boundingBox(), await grid.boundingBox()];
          expect(chartBox!.x + chartBox!.width).toBeLessThanOrEqual(gridBox!.x + gridBox!.width);
          await page.screenshot({
            path: path.join(SCREENSHOT_DIR, `${locale}-report-two-levels.png`),
          });
          await donut.scrollIntoViewIfNeeded();
          await donut.locator("canvas").waitFor({ timeout: 30_000 });
          expect(await colouredPixels(donut)).toBeGreaterThan(500);
          await donut.screenshot({
            path: path.join(SCREENSHOT_DIR, `${locale}-report-two-level-donut.png`),
          });

          await showSheet(page, locale, texts.dashboardSheetName);
          const daily = page.getByRole("img", { name: texts.dashboardTrendChart, exact: true });
          await daily.scrollIntoViewIfNeeded();
          await daily.locator("canvas").waitFor({ timeout: 30_000 });
          expect(await colouredPixels(daily)).toBeGreaterThan(500);
          await page.screenshot({
            path: path.join(SCREENSHOT_DIR, `${locale}-dashboard-trend.png`),
          });

          const violations = blockingViolations(await runAxe(page, "main"));
          if (violations.length > 0) console.error(describeViolations(violations));
          expect(violations.map((violation) => violation.id)).toEqual([]);
          expect(playground.problems).toEqual([]);
        },
        BROWSER_TEST_TIMEOUT_MS
      );
    });
  }
);
