/**
 * The results of a live report's formulas, taken from the values-option plan of the same report (same
 * layout, numbers from the day cube): what the CLI caches in the .xlsx instead of evaluating tens of
 * thousands of SUMIFS over the source in the memory adapter, which takes minutes at 100,000 rows. The
 * builder tests prove the two agree cell for cell through HyperFormula, and the CLI test has LibreOffice
 * recalculate the file against these cached values.
 */
import { parseCell } from "../../plan/a1";
import { isFormulaCell, type WorkbookPlan } from "../../plan/types";
import type { ComputedValue, ComputedValues } from "../../plan/computedValues";

export function reportComputedValues(live: WorkbookPlan, values: WorkbookPlan): ComputedValues {
  const grids = new Map<string, { row: number; column: number; rows: unknown[][] }[]>();
  for (const sheet of values.sheets) {
    grids.set(
      sheet.key,
      sheet.blocks.map((block) => ({ ...parseCell(block.anchor)!, rows: block.rows }))
    );
  }
  const liveKeys = new Set(live.sheets.map((sheet) => sheet.key));
  return {
    get(sheetKey, row, column): ComputedValue {
      if (!liveKeys.has(sheetKey)) return null;
      for (const block of grids.get(sheetKey) ?? []) {
        const cell = block.rows[row - block.row]?.[column - block.column];
        if (cell === undefined) continue;
        if (isFormulaCell(cell as never)) return null;
        // A formula that yields "" (zero denominator, uncovered comparison) is a blank in the snapshot.
        return cell === null ? "" : (cell as ComputedValue);
      }
      return "";
    },
  };
}
