/**
 * What people type, in the browser (issue 12): the panel reads "5850万" as 58,500,000 and "80" / "120%"
 * as the tiers, exactly as the CLI does, and refuses "1,5" with its message. zh-CN, the language these
 * amounts are typed in. The built sheet's Target_Total is read from the playground's workbook.
 */
import { TARGET_NAMES } from "../../src/builders/targets/targetsPlan";
import type { Locale } from "../../src/i18n/locale";
import { targetsPageTexts } from "./support/targetsPage";
import { describeWithChromium } from "./support/chromium";
import {
  namedCell,
  openPlayground,
  readSampleTable,
  workbookValue,
  type OpenedPlayground,
} from "./support/playgroundPage";
import { BROWSER_TEST_TIMEOUT_MS, usePlaygroundSession } from "./support/playgroundSession";

describeWithChromium("Targets: amounts as people type them (browser)", () => {
  const session = usePlaygroundSession();
  const locale: Locale = "zh-CN";
  const form = targetsPageTexts(locale);
  let playground: OpenedPlayground;
  beforeAll(async () => {
    playground = await openPlayground(session.browser, session.baseUrl, locale);
  }, BROWSER_TEST_TIMEOUT_MS);
  afterAll(() => playground?.context.close());

  test(
    "“1,5” is refused; “5850万” builds a target of 58,500,000",
    async () => {
      const { page } = playground;
      const panel = page.locator("aside");
      await readSampleTable(page, locale, "tabTargets", "ShopDaily");
      const annual = panel.getByRole("textbox", { name: form.annualTarget });
      await annual.waitFor();
      await panel.getByRole("textbox", { name: form.fiscalYear }).fill("2026");

      await annual.fill("1,5");
      await panel.getByRole("button", { name: form.build }).click();
      await panel.getByText(form.annualInvalid("1,5")).waitFor();

      await annual.fill("5850万");
      await panel.getByRole("button", { name: form.build }).click();
      await panel.getByRole("button", { name: /^转到工作表/ }).waitFor({ timeout: 60_000 });
      const total = await namedCell(page, TARGET_NAMES.total);
      expect(await workbookValue(page, total.sheet, total.a1)).toBe(58_500_000);
      expect(playground.problems).toEqual([]);
    },
    BROWSER_TEST_TIMEOUT_MS
  );
});
