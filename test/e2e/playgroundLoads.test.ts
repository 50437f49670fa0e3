/**
 * The playground opens in each language with the panel's tabs in that language, the sample workbook in
 * the grid, and nothing going wrong in the page. Also prints how long until the panel is usable.
 */
import type { Locator } from "playwright-core";
import type { Locale } from "../../src/i18n/locale";
import { describeWithChromium } from "./support/chromium";
import { gridCell, openPlayground, panelTabList, sheetTabList } from "./support/playgroundPage";
import { BROWSER_TEST_TIMEOUT_MS, usePlaygroundSession } from "./support/playgroundSession";

// Written out here rather than read from panelTexts.ts, so a wrong or missing translation fails.
const PANEL_TAB_LABELS: Record<Locale, string[]> = {
  "en-US": ["Targets", "Report", "Scorecard", "Replenishment", "Customer tiers", "Functions"],
  "zh-CN": ["目标拆解", "经营报表", "绩效考核", "补货计划", "客户分层", "函数"],
};
const SAMPLE_SHEETS = [
  "经营数据 Daily data",
  "客户 Customers",
  "团队 Team",
  "SKU销量 SKU sales",
  "库存 Stock",
  "订单 Orders",
];
const DAILY_HEADER = [
  "Date",
  "Channel",
  "Category",
  "UV",
  "PV",
  "Orders",
  "GMV",
  "AdSpend",
  "Refunds",
];

/**
 * Tab names as a screen reader announces them: Fluent's Tab also renders a hidden bold copy of its
 * label (to reserve width), which textContent would read twice.
 */
async function accessibleNames(tabs: Locator): Promise<string[]> {
  const names: string[] = [];
  for (const tab of await tabs.all()) {
    names.push((await tab.ariaSnapshot()).replace(/^- tab "([^"]*)"[\s\S]*$/, "$1"));
  }
  return names;
}

describeWithChromium("playground loads (browser)", () => {
  const session = usePlaygroundSession();

  describe.each(["zh-CN", "en-US"] as Locale[])("%s", (locale) => {
    test(
      "shows the panel tabs in the language, the sample workbook, and no errors",
      async () => {
        const { page, context, problems, msToInteractivePanel } = await openPlayground(
          session.browser,
          session.baseUrl,
          locale
        );
        try {
          console.log(
            `[${locale}] time to interactive panel: ${Math.round(msToInteractivePanel)} ms`
          );
          expect(await accessibleNames(panelTabList(page, locale).getByRole("tab"))).toEqual(
            PANEL_TAB_LABELS[locale]
          );
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);

          expect(await accessibleNames(sheetTabList(page, locale).getByRole("tab"))).toEqual(
            SAMPLE_SHEETS
          );
          expect(await page.getByRole("grid").getAttribute("data-sheet")).toBe(SAMPLE_SHEETS[0]);
          const header = await Promise.all(
            DAILY_HEADER.map((_, column) =>
              gridCell(page, `${String.fromCharCode(65 + column)}1`).textContent()
            )
          );
          expect(header).toEqual(DAILY_HEADER);
          // A date formatted yyyy-mm-dd: the sample starts on 2025-01-01.
          expect(await gridCell(page, "A2").textContent()).toBe("2025-01-01");

          // Let late work (metadata fetches, effects) report its errors before judging.
          await page.waitForLoadState("networkidle");
          expect(problems).toEqual([]);
        } finally {
          await context.close();
        }
      },
      BROWSER_TEST_TIMEOUT_MS
    );
  });
});
