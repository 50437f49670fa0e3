/** Formula results of a plan, as an adapter computed them (what the xlsx writer caches). */
import type { CellValue } from "../core/cellValue";

/** A formula's computed result: a value, or an Excel error such as "#DIV/0!". */
export type ComputedValue = CellValue | { error: string };

/** Computed results by plan sheet key and 0-based cell position (what the xlsx writer caches). */
export interface ComputedValues {
  get(sheetKey: string, row: number, column: number): ComputedValue;
}
