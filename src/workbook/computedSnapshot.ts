/**
 * Copies the results of a plan's formula cells out of an adapter, so the engine behind them can be
 * released before the next step (the .xlsx writer) needs its own memory. Only formula cells are kept:
 * the writer asks for nothing else.
 */
import { parseCell } from "../plan/a1";
import { isFormulaCell, type WorkbookPlan } from "../plan/types";
import type { ComputedValue, ComputedValues } from "./port";

export function snapshotComputedValues(plan: WorkbookPlan, source: ComputedValues): ComputedValues {
  const bySheet = new Map<string, Map<number, ComputedValue>>();
  for (const sheet of plan.sheets) {
    const results = new Map<number, ComputedValue>();
    for (const block of sheet.blocks) {
      const anchor = parseCell(block.anchor);
      if (!anchor) continue; // validatePlan refuses such plans before any adapter runs
      block.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!isFormulaCell(cell)) return;
          const rowIndex = anchor.row + r;
          const column = anchor.column + c;
          results.set(cellKey(rowIndex, column), source.get(sheet.key, rowIndex, column));
        })
      );
    }
    bySheet.set(sheet.key, results);
  }
  return {
    get: (sheetKey, row, column) => bySheet.get(sheetKey)?.get(cellKey(row, column)) ?? null,
  };
}

/** Excel has 16,384 columns, so row × 16,384 + column is unique and stays an exact integer. */
function cellKey(row: number, column: number): number {
  return row * 16_384 + column;
}
