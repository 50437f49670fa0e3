/**
 * A 100,000-row CSV in the playground, in both languages: opening it shows progress (the rows counted,
 * then put on a sheet) and ends with the file on its own sheet and table; the Report reads the table
 * (100,000 rows), Build says up front that live formulas over that many rows are beyond the playground's
 * formula engine and offers values-only; that builds, and the report's GMV total equals the file's GMV
 * summed here in Node.
 */
import { mkdirSync } from "fs";
import path from "path";
import type { Locale } from "../../src/i18n/locale";
import { format } from "../../src/i18n/locale";
import { PANEL_TEXTS } from "../../src/i18n/panelTexts";
import { PLAYGROUND_TEXTS } from "../../src/playground/playgroundTexts";
import { reportFormLabels } from "./support/reportFormLabels";
import { blockingViolations, describeViolations, runAxe } from "./support/axe";
import { describeWithChromium } from "./support/chromium";
import {
  namedCell,
  openPlayground,
  panelTabList,
  workbookValue,
  type OpenedPlayground,
} from "./support/playgroundPage";
import { BROWSER_TEST_TIMEOUT_MS, usePlaygroundSession } from "./support/playgroundSession";

const SCREENSHOT_DIR = path.resolve(__dirname, "../../test-artifacts/screenshots");
const ROWS = 100_000;
const CHANNELS = ["Tmall", "JD", "Douyin"];
const FILE = "shop_100k.csv";
const TABLE = "shop_100k";

/** A daily export of ROWS lines over two years; GMV in cents-free integers so the sum is exact. */
function bigCsv(): { csv: string; gmv: number } {
  const lines = ["Date,Channel,Category,UV,PV,Orders,GMV,AdSpend,Refunds"];
  let gmv = 0;
  for (let i = 0; i < ROWS; i++) {
    const date = new Date(Date.UTC(2024, 0, 1) + (i % 730) * 86_400_000).toISOString().slice(0, 10);
    const uv = 50 + ((i * 7919) % 950);
    const amount = uv * 7;
    gmv += amount;
    lines.push(
      [date, CHANNELS[i % 3], `C${i % 10}`, uv, uv * 3, Math.floor(uv / 30), amount, 12.5, 0].join(
        ","
      )
    );
  }
  return { csv: `${lines.join("\n")}\n`, gmv };
}

describeWithChromium("a 100,000-row CSV in the playground (browser)", () => {
  const session = usePlaygroundSession();
  const { csv, gmv } = bigCsv();

  describe.each<Locale>(["en-US", "zh-CN"])("%s", (locale) => {
    const text = PANEL_TEXTS[locale];
    const playgroundText = PLAYGROUND_TEXTS[locale];
    const form = reportFormLabels(locale);
    let playground: OpenedPlayground;
    beforeAll(async () => {
      playground = await openPlayground(session.browser, session.baseUrl, locale);
    }, BROWSER_TEST_TIMEOUT_MS);
    afterAll(() => playground?.context.close());

    test(
      "opening shows progress then the table; the live report is refused up front and values-only builds",
      async () => {
        const { page } = playground;
        const toolbar = page.locator("main");
        // Every label the toolbar's progress bar shows, recorded as the DOM changes (a stage can be over
        // before a look from here would see it).
        await page.evaluate(() => {
          const seen: string[] = [];
          const observer = new MutationObserver(() => {
            for (const bar of document.querySelectorAll("[role=progressbar]")) {
              const label = bar.getAttribute("aria-labelledby");
              const text = label ? document.getElementById(label)?.textContent : undefined;
              if (text && seen[seen.length - 1] !== text) seen.push(text);
            }
          });
          // Kept on window with what it saw, so the observer lives as long as the page.
          Object.assign(window, { progressSeen: seen, progressObserver: observer });
          // The body: the panel has a <main> of its own, before the workbook's.
          observer.observe(document.body, {
            subtree: true,
            childList: true,
            characterData: true,
          });
        });
        const started = Date.now();
        await page
          .getByTestId("open-file")
          .setInputFiles({ name: FILE, mimeType: "text/csv", buffer: Buffer.from(csv) });
        // The stage that holds the page longest is labelled with the rows read, so it is seen.
        const rowsLabel = format(text.progressSheet, { rows: ROWS.toLocaleString(locale) });
        await toolbar
          .getByText(
            format(playgroundText.loaded, { file: FILE, sheet: "shop_100k", table: TABLE })
          )
          .waitFor({ timeout: 60_000 });
        // The stages in order, the last one naming the rows read.
        const seen = await page.evaluate(
          () => (window as unknown as { progressSeen: string[] }).progressSeen
        );
        expect(seen.slice(-2)).toEqual([text.readingSource, rowsLabel]);
        expect(await toolbar.getByRole("progressbar").count()).toBe(0);
        console.log(`[${locale}] ${ROWS} rows opened in ${Date.now() - started} ms`);

        // The report tab mounts now, so its table list holds the new table.
        const panel = page.locator("aside");
        await panelTabList(page, locale).getByRole("tab", { name: text.tabReport }).click();
        await panel.getByRole("combobox", { name: text.tableLabel }).click();
        await page
          .getByRole("listbox", { name: text.tableLabel })
          .getByRole("option", { name: new RegExp(`^${TABLE}`) })
          .click();
        await panel.getByRole("button", { name: text.readSource }).click();
        await panel
          .getByText(format(text.sourceLoaded, { rows: ROWS, source: `Table ${TABLE}` }))
          .waitFor({ timeout: 60_000 });

        const buildStarted = Date.now();
        await panel.getByRole("button", { name: form.build }).click();
        const valuesOnly = panel.getByRole("button", { name: text.buildValuesOnly });
        await valuesOnly.waitFor({ timeout: 60_000 });
        // The message names the rows, the estimate and the limit in the user's language.
        const message = text.tooSlowLive
          .replace(/[.*+?^$()|[\]\\]/g, "\\$&")
          .replace("{rows}", ROWS.toLocaleString(locale))
          .replace("{seconds}", "[\\d,]+")
          .replace("{limit}", "20");
        const warning = await panel.getByText(new RegExp(`^${message}$`)).textContent();
        console.log(`[${locale}] refused live in ${Date.now() - buildStarted} ms: ${warning}`);

        // Nothing is building: Build stays available (e.g. after ticking values-only by hand).
        expect(await panel.getByRole("button", { name: form.build }).isEnabled()).toBe(true);
        await valuesOnly.scrollIntoViewIfNeeded();
        mkdirSync(SCREENSHOT_DIR, { recursive: true });
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${locale}-report-too-slow.png`) });
        const violations = blockingViolations(await runAxe(page, "aside"));
        if (violations.length > 0) console.error(describeViolations(violations));
        expect(violations.map((violation) => violation.id)).toEqual([]);

        await valuesOnly.click();
        await panel.getByRole("button", { name: text.goToSheet }).click({ timeout: 60_000 });
        const total = await namedCell(page, "Report_Total_GMV");
        expect(await workbookValue(page, total.sheet, total.a1)).toBe(gmv);
        console.log(
          `[${locale}] values-only report built ${Date.now() - buildStarted} ms after Build`
        );
        expect(playground.problems).toEqual([]);
      },
      BROWSER_TEST_TIMEOUT_MS
    );
  });
});
