/**
 * HyperFormula as an independent spreadsheet engine for tests: write the textbook formula natively
 * (=NORM.S.INV(...)*SQRT(...)) over the same cells and compare with our result. Test-only (GPL licence).
 */
import { HyperFormula } from "hyperformula";

export type OracleCell = number | string | null;

/**
 * Evaluates each formula (e.g. "=AVERAGE(A1:A10)") against a sheet holding `cells` (row-major,
 * A1 at cells[0][0], null = blank). Throws if a formula does not give a number, so a broken
 * oracle formula fails loudly instead of comparing against an error value.
 */
export function evaluateFormulas(cells: OracleCell[][], formulas: string[]): number[] {
  const hf = HyperFormula.buildFromArray(cells, { licenseKey: "gpl-v3", smartRounding: false });
  try {
    const sheetId = 0;
    return formulas.map((formula) => {
      const value = hf.calculateFormula(formula, sheetId);
      if (typeof value !== "number")
        throw new Error(`HyperFormula: ${formula} gave ${JSON.stringify(value)}`);
      return value;
    });
  } finally {
    hf.destroy();
  }
}

/** Lays out columns side by side (A, B, …), padding shorter ones with blanks. */
export function columnsToRows(...columns: OracleCell[][]): OracleCell[][] {
  const height = Math.max(0, ...columns.map((column) => column.length));
  return Array.from({ length: height }, (_, row) => columns.map((column) => column[row] ?? null));
}

/** A1-style range of one column, e.g. columnRange(1, 10) → "B1:B10" (index 0 = A, up to Z). */
export function columnRange(columnIndex: number, height: number): string {
  const letter = String.fromCharCode(65 + columnIndex);
  return `${letter}1:${letter}${height}`;
}
