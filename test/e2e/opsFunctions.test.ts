/**
 * Every OPS function typed into a cell through the formula bar shows the right result in the grid. The
 * expected values are worked out here by hand from the functions' definitions, not by calling our code;
 * only the display (General format, as formatCell.ts shows numbers) reuses the grid's formatter.
 */
import type { Page } from "playwright-core";
import type { Locale } from "../../src/i18n/locale";
import { formatGeneral } from "../../src/playground/formatCell";
import { describeWithChromium } from "./support/chromium";
import {
  cellTextWhenSettled,
  openPlayground,
  showSheet,
  typeIntoCell,
  workbookValue,
  type OpenedPlayground,
} from "./support/playgroundPage";
import { BROWSER_TEST_TIMEOUT_MS, usePlaygroundSession } from "./support/playgroundSession";

const LOCALE: Locale = "en-US";
/** A small sheet with free columns next to its table (A:D), so our cells are visible and empty. */
const SHEET = "团队 Team";
/** NORMSINV(0.95), the z of a 95 % cycle service level. */
const Z_95 = 1.6448536269514722;

const SINGLE_VALUE_CASES: { cell: string; formula: string; expected: number }[] = [
  // ROAS: sales ÷ spend.
  { cell: "F2", formula: "=OPS.ROI(13200000,6800000)", expected: 13.2 / 6.8 },
  // Break-even ROAS = 1 ÷ margin.
  { cell: "F3", formula: "=OPS.BREAKEVENROAS(0.4)", expected: 2.5 },
  // Between target 0.9 (100) and stretch 0.95 (cap 120): 100 + (0.92 − 0.9)/(0.95 − 0.9) × 20.
  { cell: "F4", formula: '=OPS.KPISCORE(0.92,0.9,"higher",0.8,0.95)', expected: 108 },
  // z × √(L·σd² + d²·σL²) = z × √(4 × 20²) = z × 40.
  { cell: "F5", formula: "=OPS.SAFETYSTOCK(100,4,0.95,0,20)", expected: Z_95 * 20 * 2 },
  // Daily sales × days + buffer.
  { cell: "F6", formula: "=OPS.COVERSTOCK(10,15,200)", expected: 350 },
  // Demand over the lead time + safety stock: 100 × 4 + z × 40.
  { cell: "F7", formula: "=OPS.REORDERPOINT(100,4,0.95,0,20)", expected: 400 + Z_95 * 40 },
];

/**
 * Four customers typed into H:J (recency, frequency, monetary). Means: R 28.75, F 5.25, M 512.5. The
 * 8-class model calls R high when recency ≤ its mean, F and M high when ≥ theirs.
 */
const CUSTOMERS = [
  { recency: 5, frequency: 10, monetary: 1000, zh: "重要价值客户", en: "Important value" }, // R+ F+ M+
  { recency: 40, frequency: 1, monetary: 50, zh: "一般挽留客户", en: "General win-back" }, // R− F− M−
  { recency: 10, frequency: 2, monetary: 900, zh: "重要发展客户", en: "Important development" }, // R+ F− M+
  { recency: 60, frequency: 8, monetary: 100, zh: "一般保持客户", en: "General retention" }, // R− F+ M−
];

describeWithChromium("OPS functions typed into the playground grid (browser)", () => {
  const session = usePlaygroundSession();
  let playground: OpenedPlayground;
  let page: Page;

  beforeAll(async () => {
    playground = await openPlayground(session.browser, session.baseUrl, LOCALE);
    page = playground.page;
    await showSheet(page, LOCALE, SHEET);
  }, BROWSER_TEST_TIMEOUT_MS);
  afterAll(() => playground?.context.close());

  test.each(SINGLE_VALUE_CASES)(
    "$formula shows $expected",
    async ({ cell, formula, expected }) => {
      await typeIntoCell(page, LOCALE, cell, formula);
      const shown = await cellTextWhenSettled(page, cell, formatGeneral(expected));
      expect(shown).toBe(formatGeneral(expected));
      expect(await workbookValue(page, SHEET, cell)).toBeCloseTo(expected, 9);
    },
    BROWSER_TEST_TIMEOUT_MS
  );

  test(
    "OPS.RFMTIER over typed customers spills one 8-class tier per customer, in either label language",
    async () => {
      for (const [i, customer] of CUSTOMERS.entries()) {
        const row = i + 2;
        await typeIntoCell(page, LOCALE, `H${row}`, String(customer.recency));
        await typeIntoCell(page, LOCALE, `I${row}`, String(customer.frequency));
        await typeIntoCell(page, LOCALE, `J${row}`, String(customer.monetary));
      }
      const last = CUSTOMERS.length + 1;
      await typeIntoCell(page, LOCALE, "K2", `=OPS.RFMTIER(H2:H${last},I2:I${last},J2:J${last})`);
      await typeIntoCell(
        page,
        LOCALE,
        "L2",
        `=OPS.RFMTIER(H2:H${last},I2:I${last},J2:J${last},"cn8","en-US")`
      );
      for (const [i, customer] of CUSTOMERS.entries()) {
        const row = i + 2;
        expect(await cellTextWhenSettled(page, `K${row}`, customer.zh)).toBe(customer.zh);
        expect(await cellTextWhenSettled(page, `L${row}`, customer.en)).toBe(customer.en);
      }
    },
    BROWSER_TEST_TIMEOUT_MS
  );

  test("nothing went wrong in the page", () => {
    expect(playground.problems).toEqual([]);
  });
});
