/**
 * The customer-tier page, derived from its builder module, as a user runs it in the playground, in both
 * languages: read the sample Orders table, keep the detected columns and the default options, Build.
 * RFM_Customers is the sample's 500 customers, each tier's count on the summary equals OPS.RFMTIER's
 * core on the sample's Customers table (computed here in Node), the chart "customers by tier" is drawn,
 * axe stays clean, and a screenshot is saved.
 */
import { mkdirSync } from "fs";
import path from "path";
import { customersBuilder } from "../../src/builders/customers";
import { CUSTOMERS_NAMES } from "../../src/builders/customers/layout";
import { CUSTOMERS_TEXTS } from "../../src/builders/customers/texts";
import { CN8_LABELS, rfmTiers } from "../../src/core/rfm";
import type { Locale } from "../../src/i18n/locale";
import { PANEL_TEXTS } from "../../src/i18n/panelTexts";
import { generateSampleShopData } from "../../src/playground/sampleShopData";
import { blockingViolations, describeViolations, runAxe } from "./support/axe";
import { describeWithChromium } from "./support/chromium";
import {
  namedCell,
  openPlayground,
  panelTabList,
  readIntoInput,
  showSheet,
  workbookValue,
  type OpenedPlayground,
} from "./support/playgroundPage";
import { canvasPixels, expectSettled } from "./support/chartPixels";
import { BROWSER_TEST_TIMEOUT_MS, usePlaygroundSession } from "./support/playgroundSession";

const SCREENSHOT_DIR = path.resolve(__dirname, "../../test-artifacts/screenshots");

/** Customers per cn8 tier, by OPS.RFMTIER's core on the sample's Customers table. */
function expectedTierCounts(locale: Locale): number[] {
  const rows = generateSampleShopData().customers.map((c) => ({
    recency: c.daysSinceLastPurchase,
    frequency: c.orders,
    monetary: c.amount,
  }));
  const tiers = rfmTiers(rows, "cn8", locale);
  return Object.values(CN8_LABELS[locale]).map(
    (label) => tiers.filter((tier) => tier === label).length
  );
}

describeWithChromium("Customer tiers: from the sample orders to tiers (browser)", () => {
  const session = usePlaygroundSession();
  beforeAll(() => mkdirSync(SCREENSHOT_DIR, { recursive: true }));

  describe.each(["zh-CN", "en-US"] as Locale[])("%s", (locale) => {
    let playground: OpenedPlayground;
    beforeAll(async () => {
      playground = await openPlayground(session.browser, session.baseUrl, locale);
    }, BROWSER_TEST_TIMEOUT_MS);
    afterAll(() => playground?.context.close());

    test(
      "read the orders, Build: 500 customers, tiers as OPS.RFMTIER, the chart drawn",
      async () => {
        const { page } = playground;
        const texts = customersBuilder.texts[locale];
        const [orders] = customersBuilder.inputs;
        await panelTabList(page, locale)
          .getByRole("tab", { name: texts.name, exact: true })
          .click();
        await readIntoInput(page, locale, orders.label[locale], "Orders");
        await page.locator("aside").getByRole("button", { name: texts.build }).click();
        const goTo = page
          .locator("aside")
          .getByRole("button", { name: new RegExp(`^${PANEL_TEXTS[locale].goToSheet}`) });
        await goTo.waitFor({ timeout: 90_000 });
        const count = await namedCell(page, CUSTOMERS_NAMES.customers);
        expect(await workbookValue(page, count.sheet, count.a1)).toBe(500);
        // The summary's rows 21–28: the eight tiers in core's order, customers in column B.
        const counts: unknown[] = [];
        for (let r = 21; r <= 28; r++) counts.push(await workbookValue(page, count.sheet, `B${r}`));
        expect(counts).toEqual(expectedTierCounts(locale));
        await goTo.click();
        const chart = page.getByRole("img", {
          name: CUSTOMERS_TEXTS[locale].chartTiers,
          exact: true,
        });
        await chart.locator("canvas").waitFor({ timeout: 30_000 });
        // ECharts animates its first drawing: the screenshot waits for the bars to stand still.
        await expectSettled(page, CUSTOMERS_TEXTS[locale].chartTiers);
        expect(
          (await canvasPixels(page, CUSTOMERS_TEXTS[locale].chartTiers)).coloured
        ).toBeGreaterThan(500);
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${locale}-customers-built.png`) });
        // The table sheet, with the thresholds above it.
        await showSheet(page, locale, CUSTOMERS_TEXTS[locale].tableSheetName);
        await page.screenshot({
          path: path.join(SCREENSHOT_DIR, `${locale}-customers-table.png`),
        });
        const violations = blockingViolations(await runAxe(page, "aside"));
        if (violations.length > 0) console.error(describeViolations(violations));
        expect(violations.map((violation) => violation.id)).toEqual([]);
        expect(playground.problems).toEqual([]);
      },
      BROWSER_TEST_TIMEOUT_MS
    );
  });
});
