/**
 * The workbook port: everything the panel, the playground and the CLI ask of a workbook. The Excel
 * adapter (the only Excel.run caller), the memory adapter and the xlsx writer implement it or parts of it.
 */
import type { Locale } from "../i18n/locale";
import type { ComputedValue } from "../plan/computedValues";
import type { WorkbookPlan } from "../plan/types";
import type { TableData } from "../table/tableData";

export type { ReadNotes, TableData, TableOrigin } from "../table/tableData";
export type { ComputedValue, ComputedValues } from "../plan/computedValues";

export interface ApplyOptions {
  /** Called as work completes, for a progress bar: done and total in the adapter's own units. */
  onProgress?: (done: number, total: number) => void;
  /** The language of the names replaced sheets are kept under ("Report (v1)" / "Report（第1版）"); en-US by default. */
  locale?: Locale;
}

/** Options of a read: progress as row windows arrive (Excel reads a large range in windows). */
export interface ReadOptions {
  onProgress?: (rowsRead: number, totalRows: number) => void;
}

/**
 * How much formula work a workbook computes in reasonable time, for engines far slower than Excel (the
 * playground's HyperFormula). Live formulas over source rows cost about formulas × rows × the measured
 * seconds per formula-row; above `maxSeconds` the panel offers values-only instead (BuildRunner).
 */
export interface FormulaBudget {
  secondsPerFormulaRow: number;
  /** The engine's cost per formula-row grows with the rows: the lower rate measured on small sources. */
  small?: { upToRows: number; secondsPerFormulaRow: number };
  maxSeconds: number;
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
  readTable(name: string, options?: ReadOptions): Promise<TableData>;
  /** The current region around the active cell (like Ctrl+A inside data). */
  readSelectionRegion(options?: ReadOptions): Promise<TableData>;
  readUsedRange(sheet: string, options?: ReadOptions): Promise<TableData>;
  /** Absent: no limit worth checking (Excel computes live formulas over a million rows). */
  readonly formulaBudget?: FormulaBudget;
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
