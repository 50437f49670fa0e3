/**
 * Each panel tab in each language: no serious or critical accessibility violation (axe-core), and a
 * screenshot under test-artifacts/screenshots/ for people to look at.
 */
import { mkdirSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import type { Locale } from "../../src/i18n/locale";
import { blockingViolations, describeViolations, runAxe } from "./support/axe";
import { describeWithChromium } from "./support/chromium";
import {
  openPlayground,
  PANEL_TABS,
  panelTabList,
  type OpenedPlayground,
} from "./support/playgroundPage";
import { BROWSER_TEST_TIMEOUT_MS, usePlaygroundSession } from "./support/playgroundSession";

const SCREENSHOT_DIR = path.resolve(__dirname, "../../test-artifacts/screenshots");
/** The playground puts the panel in the page's <aside> and the workbook in the <main> after it. */
const PANEL = "aside";
const WORKBOOK = "aside ~ main";

async function showPanelTab(page: Page, locale: Locale, id: string, label: string): Promise<void> {
  await panelTabList(page, locale).getByRole("tab", { name: label, exact: true }).click();
  await page.getByRole("tabpanel", { name: label }).waitFor();
  if (id === "functions") {
    // The list arrives by fetch (functions.json); judge and photograph it loaded.
    await page.getByRole("tabpanel").getByRole("listitem").first().waitFor();
  }
  await page.waitForLoadState("networkidle");
}

describeWithChromium("panel tabs: accessibility and screenshots (browser)", () => {
  const session = usePlaygroundSession();
  beforeAll(() => mkdirSync(SCREENSHOT_DIR, { recursive: true }));

  describe.each(["en-US", "zh-CN"] as Locale[])("%s", (locale) => {
    let playground: OpenedPlayground;
    beforeAll(async () => {
      playground = await openPlayground(session.browser, session.baseUrl, locale);
    }, BROWSER_TEST_TIMEOUT_MS);
    afterAll(() => playground?.context.close());

    test.each(PANEL_TABS(locale))(
      "$id tab: no serious or critical axe violation in the panel",
      async ({ id, label }) => {
        const { page } = playground;
        await showPanelTab(page, locale, id, label);
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${locale}-${id}.png`) });
        const violations = blockingViolations(await runAxe(page, PANEL));
        if (violations.length > 0)
          console.error(`${locale} ${id}:\n${describeViolations(violations)}`);
        expect(violations.map((violation) => violation.id)).toEqual([]);
      },
      BROWSER_TEST_TIMEOUT_MS
    );

    test(
      "the rest of the page (toolbar, sheet tabs, formula bar, grid): no serious or critical axe violation",
      async () => {
        const { page } = playground;
        const violations = blockingViolations(await runAxe(page, WORKBOOK));
        if (violations.length > 0)
          console.error(`${locale} page:\n${describeViolations(violations)}`);
        expect(violations.map((violation) => violation.id)).toEqual([]);
      },
      BROWSER_TEST_TIMEOUT_MS
    );

    test("nothing went wrong in the page", () => {
      expect(playground.problems).toEqual([]);
    });
  });
});
