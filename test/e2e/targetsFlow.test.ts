/**
 * The Targets form from start to sheet, as a user does it in the playground: read the sample shop's daily
 * table, keep the detected columns, type an annual target, split by channel, Build. The new sheet appears
 * as a tab and in the grid, and the playground's workbook (window.opsPlayground, HyperFormula) shows the
 * typed target as Target_Total and a tie-out check of 0. The form passes axe; a screenshot is saved.
 */
import { mkdirSync } from "fs";
import path from "path";
import { TARGET_NAMES } from "../../src/builders/targets/targetsPlan";
import type { Locale } from "../../src/i18n/locale";
import { targetsPageTexts } from "./support/targetsPage";
import { blockingViolations, describeViolations, runAxe } from "./support/axe";
import { describeWithChromium } from "./support/chromium";
import {
  namedCell,
  openPlayground,
  readSampleTable,
  sheetTabList,
  workbookValue,
  type OpenedPlayground,
} from "./support/playgroundPage";
import { BROWSER_TEST_TIMEOUT_MS, usePlaygroundSession } from "./support/playgroundSession";

const SCREENSHOT_DIR = path.resolve(__dirname, "../../test-artifacts/screenshots");
const ANNUAL_TARGET = 58_500_000;

describeWithChromium("Targets: from the sample data to a targets sheet (browser)", () => {
  const session = usePlaygroundSession();
  const locale: Locale = "en-US";
  const form = targetsPageTexts(locale);
  let playground: OpenedPlayground;
  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    playground = await openPlayground(session.browser, session.baseUrl, locale);
  }, BROWSER_TEST_TIMEOUT_MS);
  afterAll(() => playground?.context.close());

  test(
    "read ShopDaily, target 58,500,000 split by Channel, Build: the sheet ties out to the target",
    async () => {
      const { page } = playground;
      const panel = page.locator("aside");
      await readSampleTable(page, locale, "tabTargets", "ShopDaily");
      // Detected from the headers: Date, GMV, Orders, UV.
      await panel.getByRole("combobox", { name: form.salesColumn }).waitFor();
      expect(await panel.getByRole("combobox", { name: form.salesColumn }).textContent()).toBe(
        "GMV"
      );

      // Build before typing a target: the form says what to type, and nothing is built.
      await panel.getByRole("button", { name: form.build }).click();
      await panel.getByText(form.annualRequired).waitFor();
      expect(
        await sheetTabList(page, locale).getByRole("tab", { name: "Targets", exact: true }).count()
      ).toBe(0);

      await panel.getByRole("textbox", { name: form.annualTarget }).fill("58,500,000");
      // The sample covers 2025 in full: plan FY2026 on it.
      await panel.getByRole("textbox", { name: form.fiscalYear }).fill("2026");
      await panel.getByRole("combobox", { name: form.memberColumn }).selectOption({
        label: "Channel",
      });
      await panel.getByRole("button", { name: form.build }).click();

      const goTo = panel.getByRole("button", { name: /^Go to sheet/ });
      await goTo.waitFor({ timeout: 60_000 });
      const sheetTab = sheetTabList(page, locale).getByRole("tab", {
        name: "Targets",
        exact: true,
      });
      await sheetTab.waitFor();
      await goTo.click();
      await page.locator('[role="grid"][data-sheet="Targets"]').waitFor();

      const total = await namedCell(page, TARGET_NAMES.total);
      const check = await namedCell(page, TARGET_NAMES.check);
      expect(total.sheet).toBe("Targets");
      expect(await workbookValue(page, total.sheet, total.a1)).toBe(ANNUAL_TARGET);
      expect(await workbookValue(page, check.sheet, check.a1)).toBe(0);

      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${locale}-targets-built.png`) });
      await goTo.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${locale}-targets-form-done.png`) });
      const violations = blockingViolations(await runAxe(page, "aside"));
      if (violations.length > 0) console.error(describeViolations(violations));
      expect(violations.map((violation) => violation.id)).toEqual([]);
      expect(playground.problems).toEqual([]);
    },
    BROWSER_TEST_TIMEOUT_MS
  );
});
