/**
 * The Scorecard form in the playground, in Chinese: read the sample Team table, keep the detected name
 * and role columns, Build. The summary sheet and one sheet per person appear as tabs, the panel offers
 * "go to sheet", and the form passes axe. A screenshot is saved.
 */
import { mkdirSync } from "fs";
import path from "path";
import { SCORECARD_TEXTS } from "../../src/builders/scorecard/scorecardTexts";
import type { Locale } from "../../src/i18n/locale";
import { PANEL_TEXTS } from "../../src/i18n/panelTexts";
import { generateSampleShopData } from "../../src/playground/sampleShopData";
import { SCORECARD_FORM_TEXTS } from "../../src/taskpane/pages/scorecardFormTexts";
import { blockingViolations, describeViolations, runAxe } from "./support/axe";
import { describeWithChromium } from "./support/chromium";
import {
  openPlayground,
  readSampleTable,
  sheetTabList,
  type OpenedPlayground,
} from "./support/playgroundPage";
import { BROWSER_TEST_TIMEOUT_MS, usePlaygroundSession } from "./support/playgroundSession";

const SCREENSHOT_DIR = path.resolve(__dirname, "../../test-artifacts/screenshots");

describeWithChromium("Scorecard: from the sample team to scorecards (browser)", () => {
  const session = usePlaygroundSession();
  const locale: Locale = "zh-CN";
  const text = PANEL_TEXTS[locale];
  const form = SCORECARD_FORM_TEXTS[locale];
  let playground: OpenedPlayground;
  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    playground = await openPlayground(session.browser, session.baseUrl, locale);
  }, BROWSER_TEST_TIMEOUT_MS);
  afterAll(() => playground?.context.close());

  test(
    "read Team, Build: a summary and one sheet per person",
    async () => {
      const { page } = playground;
      const panel = page.locator("aside");
      await readSampleTable(page, locale, "tabScorecard", "Team");
      await panel.getByRole("combobox", { name: text.meaningRole }).waitFor();
      await panel.getByRole("textbox", { name: form.period }).fill("2026 Q1");
      await panel.getByRole("button", { name: form.build }).click();

      await panel.getByText(form.builtNotes).waitFor({ timeout: 60_000 });
      const team = generateSampleShopData().team;
      // Each sheet as a tab, found by its accessible name (a tab's text also holds a hidden bold copy).
      for (const sheet of [SCORECARD_TEXTS[locale].summarySheet, ...team.map((m) => m.name)])
        await sheetTabList(page, locale).getByRole("tab", { name: sheet, exact: true }).waitFor();
      await panel.getByRole("button", { name: text.goToSheet }).click();
      await page
        .locator(`[role="grid"][data-sheet="${SCORECARD_TEXTS[locale].summarySheet}"]`)
        .waitFor();

      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${locale}-scorecard-built.png`) });
      const violations = blockingViolations(await runAxe(page, "aside"));
      if (violations.length > 0) console.error(describeViolations(violations));
      expect(violations.map((violation) => violation.id)).toEqual([]);
      expect(playground.problems).toEqual([]);
    },
    BROWSER_TEST_TIMEOUT_MS
  );
});
