/**
 * The memory workbook the playground hands to the panel, telling the grid whenever something changed
 * (a plan applied by the panel, a sheet activated, a cell edited, a file loaded) so it can redraw.
 */
import type { CellValue, WorkbookPlan } from "../plan/types";
import { MemoryWorkbook } from "../workbook/memory/MemoryWorkbook";
import type { ApplyOptions, ApplyResult, FormulaBudget } from "../workbook/port";

/**
 * HyperFormula's cost of live SUMIFS over a source, measured with the report (`npm run bench --
 * playgroundReport`): 0.2–0.5 µs per formula cell × source row, growing with the rows (0.21–0.28 µs up to
 * 5,000 rows, 0.49 µs at 10,000); the budget takes the high end of each, so the sample shop's weekly report
 * (3,816 rows) builds live, and a monthly report by channel (~4,300 formulas) is allowed up to ~9,000 rows (~20 s) and
 * refused at 100,000 (which did not finish in 7 minutes). Above 20 s the panel offers values-only instead
 * of freezing the page.
 */
export const PLAYGROUND_FORMULA_BUDGET: FormulaBudget = {
  secondsPerFormulaRow: 0.5e-6,
  small: { upToRows: 5_000, secondsPerFormulaRow: 0.3e-6 },
  maxSeconds: 20,
};

export class ObservedMemoryWorkbook extends MemoryWorkbook {
  readonly formulaBudget = PLAYGROUND_FORMULA_BUDGET;
  private readonly listeners = new Set<() => void>();
  /** The grid's selected cell by sheet name: MemoryWorkbook keeps selections private. */
  private readonly selectedCells = new Map<string, string>();

  /** Calls `listener` after each change; returns the unsubscribe function (a React effect cleanup). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  override select(sheet: string, a1: string): void {
    super.select(sheet, a1);
    this.selectedCells.set(sheet, a1.split(":")[0]);
  }

  /** The top-left cell of the sheet's selection; A1 when nothing was selected. */
  selectedCell(sheet: string): string {
    return this.selectedCells.get(sheet) ?? "A1";
  }

  override async applyPlan(plan: WorkbookPlan, options?: ApplyOptions): Promise<ApplyResult> {
    const result = await super.applyPlan(plan, options);
    this.changed();
    return result;
  }

  override async activateSheet(name: string): Promise<void> {
    await super.activateSheet(name);
    this.changed();
  }

  override addSheetFromRows(name: string, rows: CellValue[][]): string {
    const sheet = super.addSheetFromRows(name, rows);
    this.changed();
    return sheet;
  }

  override setCellValue(sheet: string, a1: string, value: CellValue): void {
    super.setCellValue(sheet, a1, value);
    this.changed();
  }

  override setCellFormula(sheet: string, a1: string, formula: string): void {
    super.setCellFormula(sheet, a1, formula);
    this.changed();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
