/**
 * The Scorecard form in the playground, in Chinese: read the sample Team table, keep the detected name
 * and role columns, Build. The summary sheet and one sheet per person appear as tabs, the panel offers
 * "go to sheet", and the form passes axe. A screenshot is saved.
 * Then, in English, the template editor: a weight sum off 100% is refused with the difference, fixed
 * it builds a scorecard carrying the edited weight.
 * Last, a template and actuals from tables in the workbook (CSV files opened in the playground): a
 * template whose weights sum to 90% is refused with the 10% difference; a good one is built with
 * actuals prefilled, the total is the hand-computed 92 and the row that cannot be placed is named.
 */
import { mkdirSync } from "fs";
import path from "path";
import { SCORECARD_TEXTS } from "../../src/builders/scorecard/scorecardTexts";
import { SCORECARD_MODULE_TEXTS } from "../../src/builders/scorecard/texts";
import { format, type Locale } from "../../src/i18n/locale";
import { PANEL_TEXTS } from "../../src/i18n/panelTexts";
import { PLAYGROUND_TEXTS } from "../../src/playground/playgroundTexts";
import { generateSampleShopData } from "../../src/playground/sampleShopData";
import { SCORECARD_FORM_TEXTS } from "../../src/taskpane/pages/scorecardFormTexts";
import { TEMPLATE_EDITOR_TEXTS } from "../../src/taskpane/pages/templateEditorTexts";
import { blockingViolations, describeViolations, runAxe } from "./support/axe";
import { describeWithChromium } from "./support/chromium";
import {
  cellTextWhenSettled,
  openPlayground,
  namedCell,
  panelTabList,
  readSampleTable,
  sheetTabList,
  showSheet,
  workbookValue,
  type OpenedPlayground,
} from "./support/playgroundPage";
import { BROWSER_TEST_TIMEOUT_MS, usePlaygroundSession } from "./support/playgroundSession";

const SCREENSHOT_DIR = path.resolve(__dirname, "../../test-artifacts/screenshots");

describeWithChromium("Scorecard: from the sample team to scorecards (browser)", () => {
  const session = usePlaygroundSession();
  const locale: Locale = "zh-CN";
  const text = PANEL_TEXTS[locale];
  const moduleTexts = SCORECARD_MODULE_TEXTS[locale];
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
      await panel.getByRole("combobox", { name: moduleTexts.columnRole }).waitFor();
      await panel.getByRole("textbox", { name: moduleTexts.periodLabel }).fill("2026 Q1");
      await panel.getByRole("button", { name: moduleTexts.build }).click();

      await panel.getByText(text.builtNotes).waitFor({ timeout: 60_000 });
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

  test(
    "template editor: weights summing to 95% are refused with the difference; fixed, the sheet carries the new weight",
    async () => {
      const english: Locale = "en-US";
      const editor = TEMPLATE_EDITOR_TEXTS[english];
      const englishForm = SCORECARD_FORM_TEXTS[english];
      const englishModule = SCORECARD_MODULE_TEXTS[english];
      const own = await openPlayground(session.browser, session.baseUrl, english);
      try {
        const { page } = own;
        const panel = page.locator("aside");
        await panelTabList(page, english)
          .getByRole("tab", { name: PANEL_TEXTS[english].tabScorecard })
          .click();
        await panel
          .getByRole("combobox", { name: englishForm.template })
          .selectOption("customer_service");
        await panel.getByRole("textbox", { name: englishModule.employeeLabel }).fill("Zhao Min");
        await panel.getByRole("button", { name: editor.heading }).click();

        // Customer service's file weights: 30-second response rate 20, repurchase guidance 10, … = 100.
        const weight = (kpi: string) =>
          panel.getByRole("textbox", { name: `${editor.weight}, ${kpi}`, exact: true });
        await weight("30-second response rate").fill("15");
        const short = "Weights sum to 95% — 5% short";
        await panel.getByText(short).waitFor();
        await panel.getByRole("button", { name: englishModule.build }).click();
        // Refused: the same words in the error bar below Build, and no sheet.
        await panel.getByText(short).nth(1).waitFor();
        expect(await panel.getByText(short).count()).toBe(2);
        expect(
          await sheetTabList(page, english).getByRole("tab", { name: "Zhao Min" }).count()
        ).toBe(0);

        const violations = blockingViolations(await runAxe(page, "aside"));
        if (violations.length > 0) console.error(describeViolations(violations));
        expect(violations.map((violation) => violation.id)).toEqual([]);
        // A tall viewport so the whole 380 px panel, editor open, is in the picture.
        await page.setViewportSize({ width: 1400, height: 2600 });
        await panel.screenshot({
          path: path.join(SCREENSHOT_DIR, `${english}-scorecard-template-editor.png`),
        });
        await page.setViewportSize({ width: 1400, height: 900 });

        await weight("Repurchase-guidance rate").fill("15");
        await panel.getByText("Weights sum to 100%").waitFor();
        await panel.getByRole("button", { name: englishModule.build }).click();
        await panel.getByText(PANEL_TEXTS[english].builtNotes).waitFor({ timeout: 60_000 });
        await showSheet(page, english, "Zhao Min");
        let row = 1;
        while (
          row < 40 &&
          (await workbookValue(page, "Zhao Min", `B${row}`)) !== "30-second response rate"
        )
          row++;
        expect(await workbookValue(page, "Zhao Min", `D${row}`)).toBe(0.15);
        expect(await cellTextWhenSettled(page, `D${row}`, "15%")).toBe("15%");
        expect(own.problems).toEqual([]);
      } finally {
        await own.context.close();
      }
    },
    BROWSER_TEST_TIMEOUT_MS
  );
  test(
    "a template and actuals from workbook tables: 90% refused with the difference; prefilled total as by hand",
    async () => {
      const english: Locale = "en-US";
      const englishForm = SCORECARD_FORM_TEXTS[english];
      const englishModule = SCORECARD_MODULE_TEXTS[english];
      const own = await openPlayground(session.browser, session.baseUrl, english);
      try {
        const { page } = own;
        const panel = page.locator("aside");
        const header = "dimension,kpi,weight,direction,threshold,target,stretch";
        // GMV 60%, higher, 80 / 100 / 120; dispute count 40%, lower, 10 / 6 / 4.
        const files = {
          "my_kpis.csv": `${header}\nSales,GMV,60,higher,80,100,120\nService,Dispute count,40,lower,10,6,4\n`,
          "short.csv": `${header}\nSales,GMV,50,higher,80,100,120\nService,Dispute count,40,lower,10,6,4\n`,
          "actuals.csv":
            "employee,kpi,actual\nZhao Min,GMV,90\nZhao Min,Dispute count,5\nNobody,GMV,1\n",
        };
        for (const [name, csv] of Object.entries(files)) {
          await page
            .getByTestId("open-file")
            .setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(csv) });
          const table = name.replace(".csv", "");
          await page
            .getByText(
              format(PLAYGROUND_TEXTS[english].loaded, { file: name, sheet: table, table })
            )
            .waitFor();
        }
        await panelTabList(page, english)
          .getByRole("tab", { name: PANEL_TEXTS[english].tabScorecard })
          .click();
        await panel.getByRole("button", { name: englishForm.refreshTables }).click();
        const template = panel.getByRole("combobox", { name: englishForm.template });

        await template.selectOption("table:short");
        await panel
          .getByText("short: the weights add up to 90%, not 100% (10% missing).")
          .waitFor();

        await template.selectOption("table:my_kpis");
        await panel
          .getByText(format(englishForm.templateRead, { table: "my_kpis", rows: 2 }))
          .waitFor();
        await panel
          .getByRole("combobox", { name: englishForm.actualsTable })
          .selectOption("actuals");
        await panel
          .getByText(format(englishForm.actualsRead, { table: "actuals", rows: 3 }))
          .waitFor();
        await panel.getByRole("textbox", { name: englishModule.employeeLabel }).fill("Zhao Min");
        await panel.getByRole("button", { name: englishModule.build }).click();
        await panel.getByText(PANEL_TEXTS[english].builtNotes).waitFor({ timeout: 60_000 });
        await panel.getByText(format(englishModule.prefilled, { count: 2 })).waitFor();
        await panel
          .getByText('Actuals row 4: no scorecard for employee "Nobody"; the row is not used.')
          .waitFor();

        // GMV 90 → 60 + 40 × (90 − 80)/(100 − 80) = 80, × 60% = 48; disputes 5 (lower is better)
        // → 100 + 20 × (6 − 5)/(6 − 4) = 110, × 40% = 44; total 92.
        const total = await namedCell(page, "Score_Total");
        expect(total.sheet).toBe("Zhao Min");
        expect(await workbookValue(page, total.sheet, total.a1)).toBeCloseTo(92, 9);

        const violations = blockingViolations(await runAxe(page, "aside"));
        if (violations.length > 0) console.error(describeViolations(violations));
        expect(violations.map((violation) => violation.id)).toEqual([]);
        await page.screenshot({
          path: path.join(SCREENSHOT_DIR, `${english}-scorecard-table-template.png`),
        });
        expect(own.problems).toEqual([]);
      } finally {
        await own.context.close();
      }
    },
    BROWSER_TEST_TIMEOUT_MS
  );
});
