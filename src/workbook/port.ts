/**
 * The workbook port: everything the panel, the playground and the CLI ask of a workbook. The Excel
 * adapter (the only Excel.run caller), the memory adapter and the xlsx writer implement it or parts of it.
 */
import type { Locale } from "../i18n/locale";
import type { CellValue, WorkbookPlan } from "../plan/types";

/** Rows read from a table, a region or a used range: the first row is the header. */
export interface TableData {
  /** Where the data came from, for messages: "Table Sales", "Sheet1!A1:F200". */
  source: string;
  header: string[];
  /** Numbers, text, booleans; dates arrive as Excel serial numbers; blanks as null. */
  rows: CellValue[][];
  /** Where the rows live in the workbook, so a builder's formulas can point at them (header row included). */
  origin?: TableOrigin;
  /** 1-based line (file) or row (sheet) of each row, for messages; absent: consecutive from the header's. */
  rowNumbers?: number[];
  /** What the reader left out (title lines, a total row, skipped rows), so builders can say so. */
  notes?: ReadNotes;
}

/** What a reader left out of a table, to say so (CLI output, panel notes, the sheet). */
export interface ReadNotes {
  /** Lines above the header: report titles, date ranges, shop names. */
  titleLines: { line: number; text: string }[];
  /** The total row at the bottom of an export. */
  totalRow?: { line: number; text: string };
  /** Rows left out because their field count was wrong (only when the caller chose to skip them). */
  skippedLines: number[];
}

export type TableOrigin =
  { kind: "table"; table: string } | { kind: "range"; sheet: string; address: string };

/** A formula's computed result: a value, or an Excel error such as "#DIV/0!". */
export type ComputedValue = CellValue | { error: string };

/** Computed results by plan sheet key and 0-based cell position (what the xlsx writer caches). */
export interface ComputedValues {
  get(sheetKey: string, row: number, column: number): ComputedValue;
}

export interface ApplyOptions {
  /** Called as work completes, for a progress bar: done and total in the adapter's own units. */
  onProgress?: (done: number, total: number) => void;
  /** The language of the names replaced sheets are kept under ("Report (v1)" / "Report（第1版）"); en-US by default. */
  locale?: Locale;
}

export interface ApplyResult {
  /** Final sheet name of each plan sheet key (names that existed get " (2)" etc.). */
  sheetNames: Record<string, string>;
  /**
   * Rebuilds in place (SheetPlan.replaces): by plan sheet key, the hidden sheet the replaced version
   * was kept as. Absent when nothing was replaced. The user gets it back with Excel's Unhide (right-click
   * a sheet tab → Unhide…).
   */
  previousVersions?: Record<string, string>;
}

/** A cell or range (on the selected cell's sheet unless `sheet` is given), or a defined name. */
export type CellReference = { sheet?: string; address: string } | { name: string };

/** The selected cell, for the Functions page's "explain": its formula and the references it names. */
export interface SelectedCell {
  /** "Sheet1!B2", as the host writes addresses. */
  address: string;
  /** The formula in English invariant syntax; "" when the cell holds a value. */
  formula: string;
  /** Each requested reference's values, in order; undefined where the workbook has no such range. */
  references: (ComputedValue[][] | undefined)[];
}

export interface WorkbookPort {
  /** Every sheet in tab order, hidden ones (kept versions of rebuilt sheets) included, as Excel lists them. */
  listSheets(): Promise<string[]>;
  listTables(): Promise<{ name: string; sheet: string }[]>;
  readTable(name: string): Promise<TableData>;
  /** The current region around the active cell (like Ctrl+A inside data). */
  readSelectionRegion(): Promise<TableData>;
  readUsedRange(sheet: string): Promise<TableData>;
  /**
   * Builds the plan's sheets; never overwrites anything (a sheet a plan sheet `replaces` is hidden and
   * renamed, not deleted); on failure leaves the workbook as it was.
   */
  applyPlan(plan: WorkbookPlan, options?: ApplyOptions): Promise<ApplyResult>;
  activateSheet(name: string): Promise<void>;
  /** Writes a formula into the top-left cell of the selection (the Functions page's "insert"). */
  insertFormula(formula: string): Promise<void>;
  /**
   * The active cell's formula and the values of the references `referencesOf(formula)` names: the
   * caller parses, the adapter only reads.
   */
  readSelectedCell(referencesOf: (formula: string) => CellReference[]): Promise<SelectedCell>;
}

/** A user-facing failure of a workbook operation (bad name, missing table, …), not a bug. */
export class WorkbookError extends Error {
  constructor(
    readonly code: "notFound" | "empty" | "invalidPlan" | "tooLarge" | "applyFailed",
    message: string,
    readonly cause?: unknown
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}
