/** A memory workbook's sheet read whole, for tests that look for values or formulas anywhere on it. */
import { cellA1 } from "../../src/plan/a1";
import type { MemoryWorkbook } from "../../src/workbook/memory/MemoryWorkbook";
import type { ComputedValue } from "../../src/workbook/port";

/** Every computed value of the sheet's used size, row by row. */
export function sheetValues(memory: MemoryWorkbook, sheet: string): ComputedValue[][] {
  const { rows, columns } = memory.sheetSize(sheet);
  return Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columns }, (_, column) => memory.getValue(sheet, cellA1({ row, column })))
  );
}

/** Every formula on the sheet, row by row. */
export function sheetFormulas(memory: MemoryWorkbook, sheet: string): string[] {
  const { rows, columns } = memory.sheetSize(sheet);
  const formulas: string[] = [];
  for (let row = 0; row < rows; row++)
    for (let column = 0; column < columns; column++) {
      const formula = memory.getFormula(sheet, cellA1({ row, column }));
      if (formula) formulas.push(formula);
    }
  return formulas;
}
