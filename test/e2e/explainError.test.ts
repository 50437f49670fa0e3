/**
 * The Functions page's "explain the selected cell" in the real task pane on the fake Excel host: Excel
 * shows OPS's #DIV/0! without a message, so the panel re-runs the selected cell's call on its ranges.
 * The costs 50 and −50 sum to 0, and spend 0 divides by zero (=A/0 is #DIV/0! in Excel).
 */
import { FUNCTION_TEXTS_ZH } from "../../src/i18n/functionTexts";
import { format, LOCALES } from "../../src/i18n/locale";
import { PANEL_TEXTS } from "../../src/i18n/panelTexts";
import { ERROR_MESSAGES } from "../../src/core/errorMessages";
import { describeWithChromium } from "./support/chromium";
import { BROWSER_TEST_TIMEOUT_MS } from "./support/playgroundSession";
import { openTaskpane, panelTabList, useTaskpaneSession } from "./support/taskpaneSession";

describeWithChromium("task pane on a fake Excel host: explain the selected cell", () => {
  const session = useTaskpaneSession();

  test.each(LOCALES.map((locale) => [locale]))(
    "%s: a #DIV/0! ROI is explained in the panel's language",
    async (locale) => {
      const text = PANEL_TEXTS[locale];
      const panel = await openTaskpane(
        session,
        {
          displayLanguage: locale,
          sheets: [
            {
              name: "Ads",
              rows: [
                ["Sales", "Spend", "ROI"],
                [100, 50, "=OPS.ROI(A2:A3,B2:B3)"],
                [200, -50, ""],
              ],
            },
          ],
          activeSheet: "Ads",
          selection: { sheet: "Ads", address: "C2" },
        },
        locale
      );
      try {
        const { page } = panel;
        await panelTabList(page, locale).getByRole("tab", { name: text.tabFunctions }).click();
        await page.getByRole("button", { name: text.explainSelected }).click();
        const cost = locale === "zh-CN" ? FUNCTION_TEXTS_ZH.ROI.parameters.cost.name : "cost";
        const expected = format(text.explainError, {
          address: "Ads!C2",
          function: locale === "zh-CN" ? `OPS.${FUNCTION_TEXTS_ZH.ROI.name}` : "OPS.ROI",
          code: "#DIV/0!",
          reason: format(ERROR_MESSAGES.divideByZero[locale], { arg: cost }),
        });
        await page.getByText(expected).waitFor();
        expect(panel.problems).toEqual([]);
      } finally {
        await panel.context.close();
      }
    },
    BROWSER_TEST_TIMEOUT_MS
  );
});
