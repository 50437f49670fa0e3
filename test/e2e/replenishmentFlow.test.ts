/**
 * The replenishment page, derived from its builder module, as a user runs it in the playground, in both
 * languages: read the sample SkuSales and StockList tables, keep the detected columns and the default
 * options, Build. The sheet's Replenish_OrderCount and Replenish_StockValue equal the figures computed in
 * Node from the generated rows; axe stays clean; a screenshot is saved.
 */
import { mkdirSync } from "fs";
import path from "path";
import { replenishmentBuilder } from "../../src/builders/replenishment";
import { REPLENISHMENT_NAMES } from "../../src/builders/replenishment/replenishmentPlan";
import { REPLENISHMENT_TEXTS } from "../../src/builders/replenishment/texts";
import type { Locale } from "../../src/i18n/locale";
import { PANEL_TEXTS } from "../../src/i18n/panelTexts";
import { expectedStockHealth } from "../support/sampleStockHealth";
import { blockingViolations, describeViolations, runAxe } from "./support/axe";
import { describeWithChromium } from "./support/chromium";
import {
  namedCell,
  openPlayground,
  panelTabList,
  readIntoInput,
  workbookValue,
  type OpenedPlayground,
} from "./support/playgroundPage";
import { BROWSER_TEST_TIMEOUT_MS, usePlaygroundSession } from "./support/playgroundSession";

const SCREENSHOT_DIR = path.resolve(__dirname, "../../test-artifacts/screenshots");

describeWithChromium("Replenishment: from the sample SKUs to a plan (browser)", () => {
  const session = usePlaygroundSession();
  const expected = expectedStockHealth();
  beforeAll(() => mkdirSync(SCREENSHOT_DIR, { recursive: true }));

  describe.each(["zh-CN", "en-US"] as Locale[])("%s", (locale) => {
    let playground: OpenedPlayground;
    beforeAll(async () => {
      playground = await openPlayground(session.browser, session.baseUrl, locale);
    }, BROWSER_TEST_TIMEOUT_MS);
    afterAll(() => playground?.context.close());

    test(
      "read both tables, Build: the stock health matches the sample's",
      async () => {
        const { page } = playground;
        const texts = replenishmentBuilder.texts[locale];
        const [sales, stock] = replenishmentBuilder.inputs;
        await panelTabList(page, locale)
          .getByRole("tab", { name: texts.name, exact: true })
          .click();
        await readIntoInput(page, locale, sales.label[locale], "SkuSales");
        await readIntoInput(page, locale, stock.label[locale], "StockList");
        await page.locator("aside").getByRole("button", { name: texts.build }).click();
        const goTo = page
          .locator("aside")
          .getByRole("button", { name: new RegExp(`^${PANEL_TEXTS[locale].goToSheet}`) });
        await goTo.waitFor({ timeout: 90_000 });
        const count = await namedCell(page, REPLENISHMENT_NAMES.orderCount);
        const value = await namedCell(page, REPLENISHMENT_NAMES.stockValue);
        expect(await workbookValue(page, count.sheet, count.a1)).toBe(expected.orderCount);
        expect(await workbookValue(page, value.sheet, value.a1)).toBeCloseTo(
          expected.stockValue,
          6
        );
        await goTo.click();
        // The ABC Pareto chart beside the stock health, drawn from the sorted block's cells.
        const pareto = page.getByRole("img", {
          name: REPLENISHMENT_TEXTS[locale].paretoChartTitle,
          exact: true,
        });
        await pareto.scrollIntoViewIfNeeded();
        await pareto.locator("canvas").waitFor({ timeout: 30_000 });
        await page.waitForTimeout(1500); // ECharts' first animation
        await pareto.screenshot({
          path: path.join(SCREENSHOT_DIR, `${locale}-replenishment-pareto.png`),
        });
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${locale}-replenishment.png`) });
        const violations = blockingViolations(await runAxe(page, "aside"));
        if (violations.length > 0) console.error(describeViolations(violations));
        expect(violations.map((violation) => violation.id)).toEqual([]);
        expect(playground.problems).toEqual([]);
      },
      BROWSER_TEST_TIMEOUT_MS
    );
  });
});
