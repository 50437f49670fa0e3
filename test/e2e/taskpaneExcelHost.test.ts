/**
 * The real task pane bundle (taskpane.html: functions.js + taskpane.js, as Excel loads it) in Chromium on
 * a fake Excel host: office.js is replaced by fakeOfficeHost.ts, whose Excel.run runs on FakeExcel
 * (test/support/excelMock.ts), so every workbook call goes through ExcelWorkbook as it does in Excel.
 * Covers: the display language, keyboard navigation of the tabs, axe on every tab, the Functions page's
 * insert, a builder page reading a table, the Office theme, and screenshots under
 * test-artifacts/screenshots/taskpane-*.png.
 */
import { mkdirSync, readFileSync } from "fs";
import path from "path";
import type { Locator, Page } from "playwright-core";
import { REPORT_TEXTS } from "../../src/builders/report";
import { TARGETS_TEXTS } from "../../src/builders/targets/targetsTexts";
import { FUNCTION_EXAMPLES } from "../../src/functions/examples";
import { format, LOCALES, type Locale } from "../../src/i18n/locale";
import { PANEL_TEXTS, type PanelText } from "../../src/i18n/panelTexts";
import { SCORECARD_MODULE_TEXTS } from "../../src/builders/scorecard/texts";
import { reportFormLabels } from "./support/reportFormLabels";
import { SCORECARD_FORM_TEXTS } from "../../src/taskpane/pages/scorecardFormTexts";
import { targetsPageTexts } from "./support/targetsPage";
import { blockingViolations, describeViolations, runAxe } from "./support/axe";
import { describeWithChromium } from "./support/chromium";
import type { FakeOfficeHostConfig } from "./support/fakeOfficeHostConfig";
import { BROWSER_TEST_TIMEOUT_MS } from "./support/playgroundSession";
import {
  openTaskpane,
  panelTabList,
  useTaskpaneSession,
  type FakeHostWindow,
  type OpenedTaskpane,
} from "./support/taskpaneSession";
import { PANEL_TABS } from "./support/playgroundPage";

const SCREENSHOT_DIR = path.resolve(__dirname, "../../test-artifacts/screenshots");
/** Keyboard focus reaches the tab list after the language select; a few more presses are slack. */
const MAX_TAB_PRESSES = 8;

/** Excel on Windows, "White" and "Black" Office themes (the colours office.js reports for them). */
const LIGHT_THEME: Partial<Office.OfficeTheme> = {
  isDarkTheme: false,
  bodyBackgroundColor: "#FFFFFF",
  bodyForegroundColor: "#262626",
  controlBackgroundColor: "#FFFFFF",
  controlForegroundColor: "#262626",
};
const DARK_THEME: Partial<Office.OfficeTheme> = {
  isDarkTheme: true,
  bodyBackgroundColor: "#262626",
  bodyForegroundColor: "#FFFFFF",
  controlBackgroundColor: "#262626",
  controlForegroundColor: "#FFFFFF",
};
/**
 * Fluent UI v9's colorNeutralBackground1, the FluentProvider's background: white in webLightTheme and
 * grey 16 (#292929) in webDarkTheme (@fluentui/tokens, alias/lightColor.js and alias/darkColor.js).
 */
const LIGHT_BACKGROUND = "rgb(255, 255, 255)";
const DARK_BACKGROUND = "rgb(41, 41, 41)";

/** A small shop workbook: a sales table, a team table, and an empty sheet to insert into. */
const TEAM_ROWS = [
  ["Name", "Role"],
  ["Li Wei", "店长"],
  ["Zhang Min", "客服"],
];
const SALES_ROWS = [
  ["Week", "Channel", "UV", "GMV"],
  ["W1", "Tmall", 1200, 36000],
  ["W2", "Tmall", 1500, 45000],
  ["W3", "JD", 900, 27000],
];
function shopWorkbook(
  displayLanguage: string,
  extra: Partial<FakeOfficeHostConfig> = {}
): FakeOfficeHostConfig {
  return {
    displayLanguage,
    officeTheme: LIGHT_THEME,
    sheets: [
      { name: "Sheet1" },
      { name: "Sales", rows: SALES_ROWS, tables: [{ name: "WeeklySales", address: "A1:D4" }] },
      {
        name: "Team",
        rows: TEAM_ROWS,
        tables: [{ name: "Roster", address: "A1:B3" }],
      },
    ],
    activeSheet: "Sheet1",
    selection: { sheet: "Sheet1", address: "C5" },
    ...extra,
  };
}

function tabPanel(page: Page, locale: Locale, label: PanelText) {
  return page.getByRole("tabpanel", { name: PANEL_TEXTS[locale][label] });
}

async function showTab(page: Page, locale: Locale, label: PanelText): Promise<void> {
  await panelTabList(page, locale).getByRole("tab", { name: PANEL_TEXTS[locale][label] }).click();
  await tabPanel(page, locale, label).waitFor();
}

/** The focused element's role and accessible text, to follow where the keyboard is. */
function focused(page: Page): Promise<{ role: string | null; text: string; selected: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement;
    return {
      role: element?.getAttribute("role") ?? null,
      text: element?.textContent ?? "",
      selected: element?.getAttribute("aria-selected") === "true",
    };
  });
}

/** What the preview table shows: header, then rows, as text. */
async function previewRows(panel: Locator): Promise<string[][]> {
  const preview = panel.getByRole("table");
  await preview.waitFor();
  return preview
    .getByRole("row")
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th, td, [role="columnheader"], [role="cell"]')].map(
          (cell) => cell.textContent ?? ""
        )
      )
    );
}

async function expectNoBlockingViolations(page: Page, what: string): Promise<void> {
  const violations = blockingViolations(await runAxe(page));
  if (violations.length > 0) console.error(`${what}:\n${describeViolations(violations)}`);
  expect(violations.map((violation) => violation.id)).toEqual([]);
}

describeWithChromium("task pane on a fake Excel host (browser)", () => {
  const session = useTaskpaneSession();
  beforeAll(() => mkdirSync(SCREENSHOT_DIR, { recursive: true }));

  describe.each(LOCALES.map((locale) => [locale]))("%s", (locale) => {
    const text = PANEL_TEXTS[locale];
    let panel: OpenedTaskpane;
    beforeAll(async () => {
      panel = await openTaskpane(session, shopWorkbook(locale), locale);
    }, BROWSER_TEST_TIMEOUT_MS);
    afterAll(() => panel?.context.close());

    test("the panel speaks Office.context.displayLanguage", async () => {
      const { page } = panel;
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(text.title);
      const tabs = panelTabList(page, locale).getByRole("tab");
      await expect(tabs.count()).resolves.toBe(PANEL_TABS(locale).length);
      for (const { label } of PANEL_TABS(locale)) {
        await expect(
          panelTabList(page, locale).getByRole("tab", { name: label, exact: true }).count()
        ).resolves.toBe(1);
      }
      await expect(page.getByRole("combobox", { name: text.language }).inputValue()).resolves.toBe(
        locale
      );
    });

    // In order: the first reaches the tab list with Tab, each next one moves there with → and Enter.
    test.each(PANEL_TABS(locale).map((tab, index) => ({ ...tab, index })))(
      "$id tab: reached by keyboard, no serious or critical axe violation, screenshot",
      async ({ id, label, index }) => {
        const { page } = panel;
        if (index === 0) {
          for (let presses = 0; presses < MAX_TAB_PRESSES; presses++) {
            if ((await focused(page)).role === "tab") break;
            await page.keyboard.press("Tab");
          }
        } else {
          await page.keyboard.press("ArrowRight");
          await page.keyboard.press("Enter");
        }
        await expect(focused(page)).resolves.toEqual({
          role: "tab",
          text: label,
          selected: true,
        });
        await page.getByRole("tabpanel", { name: label }).waitFor();
        if (id === "functions") {
          // The list arrives by fetch (functions.json); judge and photograph it loaded.
          await page.getByRole("tabpanel", { name: label }).getByRole("listitem").first().waitFor();
        }
        await page.waitForLoadState("networkidle");
        await page.screenshot({
          path: path.join(SCREENSHOT_DIR, `taskpane-${locale}-${id}.png`),
          fullPage: true,
        });
        await expectNoBlockingViolations(page, `task pane ${locale} ${id}`);
      },
      BROWSER_TEST_TIMEOUT_MS
    );

    test("the shared runtime associated every custom function of functions.json", async () => {
      const metadata = JSON.parse(
        readFileSync(path.join(session.buildFolder, "functions.json"), "utf8")
      ) as { functions: { id: string }[] };
      const associated = await panel.page.evaluate(
        () => (window as unknown as FakeHostWindow).fakeOfficeHost.associated
      );
      expect([...associated].sort()).toEqual(metadata.functions.map((fn) => fn.id).sort());
    });

    test("nothing went wrong in the page", () => {
      expect(panel.problems).toEqual([]);
    });
  });

  // localeFromLanguageTag: any Chinese display language gets zh-CN, anything else en-US.
  test.each([
    ["zh-TW", "zh-CN"],
    ["fr-FR", "en-US"],
  ] as [string, Locale][])(
    "display language %s opens the panel in %s",
    async (displayLanguage, locale) => {
      const panel = await openTaskpane(session, shopWorkbook(displayLanguage), locale);
      try {
        await expect(panel.page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
          PANEL_TEXTS[locale].title
        );
        expect(panel.problems).toEqual([]);
      } finally {
        await panel.context.close();
      }
    },
    BROWSER_TEST_TIMEOUT_MS
  );

  describe("Functions page: insert into the selected cell", () => {
    const example = FUNCTION_EXAMPLES[0];

    test.each(LOCALES.map((locale) => [locale]))(
      "%s: the example formula lands in the selected cell of the workbook, and only there",
      async (locale) => {
        const text = PANEL_TEXTS[locale];
        const panel = await openTaskpane(session, shopWorkbook(locale), locale);
        try {
          const { page } = panel;
          await showTab(page, locale, "tabFunctions");
          await page
            .getByRole("button", {
              name: format(text.insertFormulaLabel, { formula: example.formula }),
            })
            .click();
          await page
            .getByText(format(text.formulaInserted, { formula: example.formula }))
            .waitFor();
          const sheet1 = await page.evaluate(() => {
            const { excel } = (window as unknown as FakeHostWindow).fakeOfficeHost;
            const sheet = excel.sheet("Sheet1");
            return { c5: sheet.input("C5"), cells: sheet.cells.size };
          });
          // The selection is Sheet1!C5 (shopWorkbook); Sheet1 started empty.
          expect(sheet1).toEqual({ c5: example.formula, cells: 1 });
          expect(panel.problems).toEqual([]);
        } finally {
          await panel.context.close();
        }
      },
      BROWSER_TEST_TIMEOUT_MS
    );

    test(
      "with no cell selected it says so in the panel's language and changes nothing",
      async () => {
        const locale: Locale = "zh-CN";
        const text = PANEL_TEXTS[locale];
        // A chart selected: Excel's getSelectedRange fails with InvalidSelection.
        const panel = await openTaskpane(
          session,
          shopWorkbook(locale, { selection: undefined }),
          locale
        );
        try {
          const { page } = panel;
          const before = await page.evaluate(() =>
            JSON.stringify((window as unknown as FakeHostWindow).fakeOfficeHost.excel.snapshot())
          );
          await showTab(page, locale, "tabFunctions");
          await page
            .getByRole("button", {
              name: format(text.insertFormulaLabel, { formula: example.formula }),
            })
            .click();
          // The localized sentence around ExcelWorkbook's reason ("Select a cell to insert the formula into.").
          const [prefix] = text.formulaNotInserted.split("{reason}");
          await expect(page.getByText(prefix).textContent()).resolves.toContain(
            "Select a cell to insert the formula into."
          );
          const after = await page.evaluate(() =>
            JSON.stringify((window as unknown as FakeHostWindow).fakeOfficeHost.excel.snapshot())
          );
          expect(after).toBe(before);
        } finally {
          await panel.context.close();
        }
      },
      BROWSER_TEST_TIMEOUT_MS
    );
  });

  test(
    "Targets page: the source picker lists the workbook's tables and previews the one read, through Excel.run",
    async () => {
      const locale: Locale = "en-US";
      const text = PANEL_TEXTS[locale];
      const panel = await openTaskpane(session, shopWorkbook(locale), locale);
      try {
        const { page } = panel;
        const targets = tabPanel(page, locale, "tabTargets");
        const tablePicker = targets.getByRole("combobox", { name: text.tableLabel });
        // Disabled until the first listTables has answered (SourcePicker).
        await (await tablePicker.elementHandle())!.waitForElementState("enabled");
        await tablePicker.click();
        const options = page.getByRole("listbox").getByRole("option");
        await options.first().waitFor();
        // Both seeded tables, each with its sheet (shopWorkbook).
        await expect(options.allTextContents()).resolves.toEqual([
          "WeeklySales (Sales)",
          "Roster (Team)",
        ]);
        await options.filter({ hasText: "WeeklySales" }).click();
        const runsBeforeRead = await page.evaluate(
          () => (window as unknown as FakeHostWindow).fakeOfficeHost.excel.runs
        );
        await targets.getByRole("button", { name: text.readSource }).click();
        const shown = await previewRows(targets);
        // The table's header and rows as seeded, numbers as written.
        expect(shown).toEqual(SALES_ROWS.map((row) => row.map(String)));
        await targets
          .getByText(format(text.sourceLoaded, { rows: 3, source: "Table WeeklySales" }))
          .waitFor();
        // The read was one Excel.run on the fake, looking the table up by name and loading its values.
        const reads = await page.evaluate((runs) => {
          const { excel } = (window as unknown as FakeHostWindow).fakeOfficeHost;
          return {
            runs: excel.runs - runs,
            labels: excel.syncs.flatMap((sync) => sync.labels),
            valueReads: excel.valueReads.map((read) => read.address),
          };
        }, runsBeforeRead);
        expect(reads.runs).toBe(1);
        expect(reads.labels).toContain("TableCollection.getItemOrNullObject");
        // The table's whole area (header included) on its sheet, as seeded.
        expect(reads.valueReads).toEqual(["A1:D4"]);
        await page.screenshot({
          path: path.join(SCREENSHOT_DIR, `taskpane-${locale}-targets-table-read.png`),
          fullPage: true,
        });
        await expectNoBlockingViolations(page, "task pane targets with a table read");
        expect(panel.problems).toEqual([]);
      } finally {
        await panel.context.close();
      }
    },
    BROWSER_TEST_TIMEOUT_MS
  );

  test(
    "Report page (zh-CN): the current selection's region is read and previewed",
    async () => {
      const locale: Locale = "zh-CN";
      const text = PANEL_TEXTS[locale];
      // C3 lies inside the sales data A1:D4, which blank rows and columns surround.
      const config = shopWorkbook(locale, { selection: { sheet: "Sales", address: "C3" } });
      const panel = await openTaskpane(session, config, locale);
      try {
        const { page } = panel;
        await showTab(page, locale, "tabReport");
        const report = tabPanel(page, locale, "tabReport");
        await report.getByRole("radio", { name: text.sourceSelection }).check();
        await report.getByRole("button", { name: text.readSource }).click();
        expect(await previewRows(report)).toEqual(SALES_ROWS.map((row) => row.map(String)));
        expect(panel.problems).toEqual([]);
      } finally {
        await panel.context.close();
      }
    },
    BROWSER_TEST_TIMEOUT_MS
  );

  test(
    "Scorecard page (zh-CN): the sheet list is the workbook's, and a sheet's used range is previewed",
    async () => {
      const locale: Locale = "zh-CN";
      const text = PANEL_TEXTS[locale];
      const panel = await openTaskpane(session, shopWorkbook(locale), locale);
      try {
        const { page } = panel;
        await showTab(page, locale, "tabScorecard");
        const scorecard = tabPanel(page, locale, "tabScorecard");
        await scorecard.getByRole("radio", { name: text.sourceSheet }).check();
        await scorecard.getByRole("combobox", { name: text.sheetLabel }).click();
        const options = page.getByRole("listbox").getByRole("option");
        await options.first().waitFor();
        // The seeded sheets in workbook order (shopWorkbook).
        await expect(options.allTextContents()).resolves.toEqual(["Sheet1", "Sales", "Team"]);
        await options.filter({ hasText: "Team" }).click();
        await scorecard.getByRole("button", { name: text.readSource }).click();
        expect(await previewRows(scorecard)).toEqual(TEAM_ROWS);
        expect(panel.problems).toEqual([]);
      } finally {
        await panel.context.close();
      }
    },
    BROWSER_TEST_TIMEOUT_MS
  );

  test(
    "Report page (zh-CN): Build writes a live report over the table through Excel.run; Build again keeps the first hidden",
    async () => {
      const locale: Locale = "zh-CN";
      const text = PANEL_TEXTS[locale];
      const form = reportFormLabels(locale);
      const reportName = REPORT_TEXTS[locale].sheetName;
      // 45658 = 2025-01-01, 45689 = 2025-02-01 (Excel serials).
      const orders = [
        ["日期", "渠道", "访客数", "支付订单数", "支付金额", "推广费"],
        [45658, "天猫", 1000, 20, 3000, 500],
        [45659, "京东", 800, 10, 1500, 300],
        [45689, "天猫", 1200, 30, 4500, 600],
      ];
      const config = shopWorkbook(locale, {
        sheets: [{ name: "订单", rows: orders, tables: [{ name: "Orders", address: "A1:F4" }] }],
      });
      const panel = await openTaskpane(session, config, locale);
      try {
        const { page } = panel;
        await showTab(page, locale, "tabReport");
        const report = tabPanel(page, locale, "tabReport");
        const tablePicker = report.getByRole("combobox", { name: text.tableLabel });
        await (await tablePicker.elementHandle())!.waitForElementState("enabled");
        await tablePicker.click();
        await page.getByRole("listbox").getByRole("option").filter({ hasText: "Orders" }).click();
        await report.getByRole("button", { name: text.readSource }).click();
        // The mapped date column previews as dates.
        expect((await previewRows(report))[1][0]).toBe("2025-01-01");

        await report.getByRole("button", { name: form.build }).click();
        await report.getByText(format(text.buildSucceeded, { sheet: reportName })).waitFor();
        const built = await page.evaluate((name) => {
          const { excel } = (window as unknown as FakeHostWindow).fakeOfficeHost;
          const sheet = excel.sheet(name);
          const inputs = [...sheet.cells.values()].map((cell) => String(cell.input));
          return {
            sheets: excel.sheets.map((s) => [s.name, s.visibility]),
            sumifs: inputs.filter((input) => input.startsWith("=SUMIFS(")),
            charts: sheet.charts.map((chart) => chart.series.length),
            axisGroups: sheet.charts[0]?.series.map((series) => series.axisGroup ?? "Primary"),
            names: excel.names.map((n) => n.name),
          };
        }, reportName);
        expect(built.sheets).toEqual([
          ["订单", "Visible"],
          [reportName, "Visible"],
        ]);
        // Live over the table itself: structured references, so rows added to it flow in.
        expect(built.sumifs.length).toBeGreaterThan(0);
        expect(built.sumifs.every((f) => f.includes("Orders[日期]"))).toBe(true);
        expect(built.sumifs.some((f) => f.includes("Orders[支付金额]"))).toBe(true);
        // The trend chart (GMV, and the conversion rate on the secondary axis) and the channel donut.
        expect(built.charts).toEqual([2, 1]);
        expect(built.axisGroups).toEqual(["Primary", "Secondary"]);
        expect(built.names).toEqual(
          expect.arrayContaining([
            "Report_Total_UV",
            "Report_Total_Orders",
            "Report_Total_GMV",
            "Report_Total_Spend",
            "Report_CR",
          ])
        );

        await report.getByRole("radio", { name: form.grains.quarter }).check();
        await report.getByRole("button", { name: form.build }).click();
        const backup = `${reportName}（第1版）`;
        await report.getByText(format(text.previousVersionKept, { backup })).waitFor();
        const sheets = await page.evaluate(() =>
          (window as unknown as FakeHostWindow).fakeOfficeHost.excel.sheets.map((s) => [
            s.name,
            s.visibility,
          ])
        );
        expect(sheets).toEqual(
          expect.arrayContaining([
            [reportName, "Visible"],
            [backup, "Hidden"],
          ])
        );
        expect(sheets).toHaveLength(3);
        await page.screenshot({
          path: path.join(SCREENSHOT_DIR, `taskpane-${locale}-report-built.png`),
          fullPage: true,
        });
        await expectNoBlockingViolations(page, "task pane report built");
        expect(panel.problems).toEqual([]);
      } finally {
        await panel.context.close();
      }
    },
    BROWSER_TEST_TIMEOUT_MS
  );

  test(
    "Targets page (en-US): a target without a source builds through Excel.run in ≤ 3 syncs, names and chart included",
    async () => {
      const locale: Locale = "en-US";
      const text = PANEL_TEXTS[locale];
      const form = targetsPageTexts(locale);
      const panel = await openTaskpane(session, shopWorkbook(locale), locale);
      try {
        const { page } = panel;
        const targets = tabPanel(page, locale, "tabTargets");
        await targets.getByRole("textbox", { name: form.annualTarget }).fill("12,000,000");
        await targets.getByRole("textbox", { name: form.fiscalYear }).fill("2026");
        const syncsBefore = await page.evaluate(
          () => (window as unknown as FakeHostWindow).fakeOfficeHost.excel.syncs.length
        );
        await targets.getByRole("button", { name: form.build }).click();
        const name = TARGETS_TEXTS[locale].sheetName;
        await targets.getByText(format(text.buildSucceeded, { sheet: name })).waitFor();
        const built = await page.evaluate(
          ([before, sheetName]) => {
            const { excel } = (window as unknown as FakeHostWindow).fakeOfficeHost;
            const sheet = excel.sheet(sheetName);
            return {
              syncs: excel.syncs.length - before,
              names: excel.names.map((n) => n.name),
              charts: sheet.charts.length,
              annual: [...sheet.cells.values()].some((cell) => cell.input === 12_000_000),
            };
          },
          [syncsBefore, name] as const
        );
        // Issue 5's goal for a 12-month, no-member plan: a handful of formulas, ≤ 3 syncs.
        expect(built.syncs).toBeLessThanOrEqual(3);
        expect(built.names).toEqual(
          expect.arrayContaining(["Target_Total", "Target_Months", "Target_Check", "Target_Metric"])
        );
        expect(built.charts).toBe(1);
        expect(built.annual).toBe(true);
        expect(panel.problems).toEqual([]);
      } finally {
        await panel.context.close();
      }
    },
    BROWSER_TEST_TIMEOUT_MS
  );

  test(
    "Scorecard page (zh-CN): one card builds through Excel.run, protected with its inputs unlocked and validated",
    async () => {
      const locale: Locale = "zh-CN";
      const text = PANEL_TEXTS[locale];
      const form = SCORECARD_FORM_TEXTS[locale];
      const moduleTexts = SCORECARD_MODULE_TEXTS[locale];
      const panel = await openTaskpane(session, shopWorkbook(locale), locale);
      try {
        const { page } = panel;
        await showTab(page, locale, "tabScorecard");
        const scorecard = tabPanel(page, locale, "tabScorecard");
        await scorecard
          .getByRole("combobox", { name: form.template })
          .selectOption("customer_service");
        await scorecard.getByRole("textbox", { name: moduleTexts.employeeLabel }).fill("赵敏");
        await scorecard.getByRole("button", { name: moduleTexts.build }).click();
        await scorecard.getByText(format(text.buildSucceeded, { sheet: "赵敏" })).waitFor();
        const built = await page.evaluate(() => {
          const { excel } = (window as unknown as FakeHostWindow).fakeOfficeHost;
          const sheet = excel.sheet("赵敏");
          return {
            protectedSheet: sheet.protection.protected,
            unlocked: [...sheet.formats.values()].filter((f) => f.protection?.locked === false)
              .length,
            validations: sheet.validations.size,
            names: excel.names.map((n) => n.name),
            landscape: sheet.pageLayout.orientation,
          };
        });
        expect(built.protectedSheet).toBe(true);
        expect(built.unlocked).toBeGreaterThan(0);
        expect(built.validations).toBeGreaterThan(0);
        expect(built.names).toEqual(expect.arrayContaining(["Score_Total", "Score_Grade"]));
        expect(built.landscape).toBe("Landscape");
        expect(panel.problems).toEqual([]);
      } finally {
        await panel.context.close();
      }
    },
    BROWSER_TEST_TIMEOUT_MS
  );

  describe("Office theme", () => {
    test.each([
      ["isDarkTheme true", DARK_BACKGROUND, DARK_THEME],
      ["isDarkTheme false", LIGHT_BACKGROUND, LIGHT_THEME],
      // Older hosts: no isDarkTheme, only the colours; a dark body background means the dark theme.
      ["no isDarkTheme, dark body", DARK_BACKGROUND, { bodyBackgroundColor: "#262626" }],
      ["no isDarkTheme, light body", LIGHT_BACKGROUND, { bodyBackgroundColor: "#E6E6E6" }],
      // Excel on the web sometimes reports no theme at all (office-js#6134).
      ["no officeTheme", LIGHT_BACKGROUND, undefined],
    ] as [string, string, Partial<Office.OfficeTheme> | undefined][])(
      "%s: the panel's background is %s",
      async (name, background, officeTheme) => {
        const locale: Locale = "en-US";
        const panel = await openTaskpane(session, shopWorkbook(locale, { officeTheme }), locale);
        try {
          const { page } = panel;
          const shown = await page
            .locator(".fui-FluentProvider")
            .first()
            .evaluate((element) => getComputedStyle(element).backgroundColor);
          expect(shown).toBe(background);
          // The themed panel reaches the pane's corner (no white frame of default body margin).
          const cornerIsPanel = await page.evaluate(
            () => !!document.elementFromPoint(1, 1)?.closest(".fui-FluentProvider")
          );
          expect(cornerIsPanel).toBe(true);
          if (officeTheme === DARK_THEME) {
            await page.screenshot({
              path: path.join(SCREENSHOT_DIR, `taskpane-${locale}-dark-targets.png`),
              fullPage: true,
            });
            await expectNoBlockingViolations(page, `task pane dark theme (${name})`);
          }
          expect(panel.problems).toEqual([]);
        } finally {
          await panel.context.close();
        }
      },
      BROWSER_TEST_TIMEOUT_MS
    );
  });
});
