/**
 * The playground page as a user sees it: open it in a language, pick a panel tab, type into the formula
 * bar, read what the grid shows. Selectors are roles and labels (the page's own texts) or data-cell.
 * Everything that goes wrong in the page (uncaught errors, console errors, failed requests) is collected.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { Locale } from "../../../src/i18n/locale";
import { panelTabs } from "../../../src/taskpane/panelTabs";
import { PANEL_TEXTS } from "../../../src/i18n/panelTexts";
import { PLAYGROUND_TEXTS } from "../../../src/playground/playgroundTexts";
import { collectPageProblems } from "./pageProblems";

export interface OpenedPlayground {
  page: Page;
  context: BrowserContext;
  locale: Locale;
  /** Page errors, console errors and failed requests so far, one line each. */
  problems: string[];
  /** From navigation start until the panel's tab list was visible. */
  msToInteractivePanel: number;
}

export async function openPlayground(
  browser: Browser,
  baseUrl: string,
  locale: Locale
): Promise<OpenedPlayground> {
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1400, height: 900 },
    locale,
  });
  const page = await context.newPage();
  const problems = collectPageProblems(page);
  await page.goto(`${baseUrl}playground.html?lang=${locale}`);
  await panelTabList(page, locale).waitFor({ state: "visible" });
  // performance.now() counts from the navigation's start (the time origin).
  const msToInteractivePanel = await page.evaluate(() => performance.now());
  return { page, context, locale, problems, msToInteractivePanel };
}

/** The panel's tabs in the order the tab list shows them (the App's own list), which is the order the arrow keys walk. */
export const PANEL_TABS = (locale: Locale) => panelTabs(locale);

/** The panel's Targets/Report/Scorecard/Functions tabs. */
export function panelTabList(page: Page, locale: Locale) {
  return page
    .getByRole("navigation", { name: PANEL_TEXTS[locale].navigation })
    .getByRole("tablist");
}

export function sheetTabList(page: Page, locale: Locale) {
  return page.getByRole("tablist", { name: PLAYGROUND_TEXTS[locale].sheets });
}

export async function showSheet(page: Page, locale: Locale, sheet: string): Promise<void> {
  await sheetTabList(page, locale).getByRole("tab", { name: sheet, exact: true }).click();
  await page.locator(`[role="grid"][data-sheet="${sheet}"]`).waitFor();
}

export function gridCell(page: Page, a1: string) {
  return page.getByRole("grid").locator(`[data-cell="${a1}"]`);
}

/** Selects the cell, types into the formula bar and presses Enter, as a user does. */
export async function typeIntoCell(
  page: Page,
  locale: Locale,
  a1: string,
  text: string
): Promise<void> {
  await gridCell(page, a1).dispatchEvent("mousedown"); // the grid selects on mousedown
  await page.getByRole("grid").locator(`[data-cell="${a1}"][aria-selected="true"]`).waitFor();
  const formulaBar = page.getByRole("textbox", { name: PLAYGROUND_TEXTS[locale].formulaBar });
  await formulaBar.fill(text);
  await formulaBar.press("Enter");
}

/**
 * The text the grid shows in the cell once it equals `expected`, or whatever it shows after the wait
 * (so the test's expect prints the actual text rather than a timeout).
 */
export async function cellTextWhenSettled(
  page: Page,
  a1: string,
  expected: string
): Promise<string> {
  const cell = gridCell(page, a1);
  await page
    .waitForFunction(
      ([selector, text]) => document.querySelector(selector)?.textContent === text,
      [`[role="grid"] [data-cell="${a1}"]`, expected] as const,
      { timeout: 5_000 }
    )
    .catch(() => undefined);
  return (await cell.textContent()) ?? "";
}

/** The computed value of a cell from the page's workbook (window.opsPlayground, kept for tests). */
export function workbookValue(page: Page, sheet: string, a1: string): Promise<unknown> {
  return page.evaluate(
    ([s, a]) =>
      (
        window as unknown as { opsPlayground: { getValue(s: string, a: string): unknown } }
      ).opsPlayground.getValue(s, a),
    [sheet, a1] as const
  );
}

/** Where a defined name points, as the playground's workbook lists it: sheet and A1 of its first cell. */
export async function namedCell(page: Page, name: string): Promise<{ sheet: string; a1: string }> {
  const names = await page.evaluate(() =>
    (
      window as unknown as {
        opsPlayground: { definedNames(): { name: string; sheet?: string; ref: string }[] };
      }
    ).opsPlayground.definedNames()
  );
  const found = names.find((entry) => entry.name === name);
  if (!found)
    throw new Error(`no defined name ${name} among ${names.map((n) => n.name).join(", ")}`);
  // ref is "'Sheet'!$C$20" or "Sheet!$C$20"
  const match = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)/.exec(found.ref);
  if (!match) throw new Error(`unexpected ref ${found.ref}`);
  return { sheet: (match[1] ?? match[2]).replace(/''/g, "'"), a1: `${match[3]}${match[4]}` };
}

/**
 * Reads a workbook table into one input's source picker on a builder module's page (each input has its
 * own section, named by the input's label), and waits for its preview.
 */
export async function readIntoInput(
  page: Page,
  locale: Locale,
  inputLabel: string,
  table: string
): Promise<void> {
  const text = PANEL_TEXTS[locale];
  const section = page.locator("aside").getByRole("region", { name: inputLabel });
  await section.getByRole("combobox", { name: text.tableLabel }).click();
  await page
    .getByRole("listbox", { name: text.tableLabel })
    .getByRole("option", { name: new RegExp(`^${table}`) })
    .click();
  await section.getByRole("button", { name: text.readSource }).click();
  await section.getByRole("table").first().waitFor();
}

/** Opens a builder tab, picks one of the sample tables in its source picker and reads it. */
export async function readSampleTable(
  page: Page,
  locale: Locale,
  tab: "tabTargets" | "tabReport" | "tabScorecard",
  table: string
): Promise<void> {
  const text = PANEL_TEXTS[locale];
  const panel = page.locator("aside");
  await panelTabList(page, locale).getByRole("tab", { name: text[tab] }).click();
  await panel.getByRole("combobox", { name: text.tableLabel }).click();
  // The picker's listbox only: a form's native <select> may hold an option of the same name.
  await page
    .getByRole("listbox", { name: text.tableLabel })
    .getByRole("option", { name: new RegExp(`^${table}`) })
    .click();
  await panel.getByRole("button", { name: text.readSource }).click();
}
