/**
 * A plan sheet's blocks as one grid of engine content, so a whole sheet is written in a single engine
 * call however many blocks it has (per-cell writes would be far slower on 100,000-row plans).
 */
import { MAX_COLUMNS, cellA1, parseCell, type CellAddress } from "../../plan/a1";
import { isFormulaCell, type SheetPlan } from "../../plan/types";
import type { RawCellContent } from "hyperformula";
import { literalContent } from "./cellContent";

/** One number per cell, for maps keyed by position. */
export function cellKey(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

export function cellOfKey(key: number): CellAddress {
  return { row: Math.floor(key / MAX_COLUMNS), column: key % MAX_COLUMNS };
}

/** A plan formula as the workbook keeps it (shown by getFormula) and as the engine gets it. */
export interface WrittenFormula {
  text: string;
  engineText: string;
}

export interface SheetContent {
  /** Row-major from A1; gaps are blank (null). */
  grid: RawCellContent[][];
  /** Formula text by cellKey, as written (sheet names resolved, table references kept). */
  formulas: Map<number, string>;
}

export function sheetContent(
  sheet: SheetPlan,
  writeFormula: (formula: string, at: CellAddress) => WrittenFormula
): SheetContent {
  const grid: RawCellContent[][] = [];
  const formulas = new Map<number, string>();
  for (const block of sheet.blocks) {
    const anchor = parseCell(block.anchor);
    if (!anchor) throw new Error(`Block anchor "${block.anchor}" is not a cell address.`); // validatePlan stops this first
    block.rows.forEach((cells, r) => {
      const row = anchor.row + r;
      const line = (grid[row] ??= []);
      while (line.length < anchor.column) line.push(null);
      cells.forEach((cell, c) => {
        const column = anchor.column + c;
        try {
          if (isFormulaCell(cell)) {
            const written = writeFormula(cell.formula, { row, column });
            formulas.set(cellKey(row, column), written.text);
            line[column] = written.engineText;
          } else {
            line[column] = literalContent(cell);
          }
        } catch (error) {
          throw new Error(
            `Sheet "${sheet.name}" cell ${cellA1({ row, column })}: ${(error as Error).message}`
          );
        }
      });
    });
  }
  for (let row = 0; row < grid.length; row++) grid[row] ??= [];
  return { grid, formulas };
}
