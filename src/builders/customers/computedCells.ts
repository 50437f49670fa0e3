/**
 * Formulas written together with the value they compute to, so the CLI caches every result in the .xlsx
 * without evaluating tens of thousands of formulas in the memory engine (HyperFormula takes ~18 s for
 * 20,000 customers). Each value is worked out next to its formula, by core's RFM (OPS.RFMTIER's) and the
 * same sums; the tests hold them to HyperFormula's evaluation cell for cell and to LibreOffice's.
 */
import { parseCell } from "../../plan/a1";
import type { ComputedValue, ComputedValues } from "../../plan/computedValues";
import type { CellBlock, PlanCell } from "../../plan/types";

export interface ComputedCell {
  formula: string;
  value: ComputedValue;
}

export type GridCell = PlanCell | ComputedCell;

export function computed(formula: string, value: ComputedValue): ComputedCell {
  return { formula, value };
}

function isComputed(cell: GridCell): cell is ComputedCell {
  return typeof cell === "object" && cell !== null && "formula" in cell && "value" in cell;
}

interface ValuesBlock {
  row: number;
  column: number;
  values: ComputedValue[][];
}

/** Plan blocks whose formulas' values are kept aside: the ComputedValues of the plan built. */
export class ComputedBlocks implements ComputedValues {
  private readonly bySheet = new Map<string, ValuesBlock[]>();

  /** A rectangular plan block (short rows padded with blanks), its formulas' values recorded. */
  block(sheetKey: string, anchor: string, rows: readonly (readonly GridCell[])[]): CellBlock {
    const at = parseCell(anchor)!;
    const width = Math.max(1, ...rows.map((row) => row.length));
    const values: ComputedValue[][] = [];
    const planRows = rows.map((row) => {
      const rowValues: ComputedValue[] = new Array<ComputedValue>(width).fill(null);
      const cells = new Array<PlanCell>(width).fill(null);
      row.forEach((cell, column) => {
        if (isComputed(cell)) {
          rowValues[column] = cell.value;
          cells[column] = { formula: cell.formula };
        } else cells[column] = cell;
      });
      values.push(rowValues);
      return cells;
    });
    const blocks = this.bySheet.get(sheetKey) ?? [];
    blocks.push({ row: at.row, column: at.column, values });
    this.bySheet.set(sheetKey, blocks);
    return { anchor, rows: planRows };
  }

  get(sheetKey: string, row: number, column: number): ComputedValue {
    for (const block of this.bySheet.get(sheetKey) ?? []) {
      const value = block.values[row - block.row]?.[column - block.column];
      if (value !== undefined) return value;
    }
    return null;
  }
}
