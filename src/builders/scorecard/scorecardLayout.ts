/**
 * The scorecard sheet's grid (scorecardSheet.ts): its columns and fixed rows, A1 helpers, number
 * formats by unit, column widths, the grade formula over the band cells and the actual cells'
 * validations.
 */
import { cellA1, columnLetters } from "../../plan/a1";
import type { DataValidation, NumberFormatName } from "../../plan/types";
import type { ScorecardTexts } from "./scorecardTexts";
import type { KpiUnit } from "./types";

/** 0-based column of each table column. */
export const COL = {
  dimension: 0,
  kpi: 1,
  definition: 2,
  weight: 3,
  direction: 4,
  threshold: 5,
  target: 6,
  stretch: 7,
  actual: 8,
  score: 9,
  weighted: 10,
  selfReview: 11,
  managerComment: 12,
} as const;
export const LAST_COLUMN = COL.managerComment;
export const HEADER_FIELDS_ROW = 2;
export const TABLE_HEADER_ROW = 8;
export const TOTAL_DECIMALS = 2;

export const L = (column: number) => columnLetters(column);
export const at = (row: number, column: number) => cellA1({ row, column });
export const abs = (row: number, column: number) => `$${L(column)}$${row + 1}`;
export const range = (firstRow: number, lastRow: number, firstCol: number, lastCol = firstCol) =>
  `${at(firstRow, firstCol)}:${at(lastRow, lastCol)}`;

/** Number formats of threshold … actual by unit; rates need two decimals (dispute rate 0.05%). */
export const UNIT_FORMATS: Record<KpiUnit, NumberFormatName | { code: string }> = {
  rate: { code: "0.00%" },
  percent: { code: "0.0%" },
  yuan: "yuan",
  number: { code: "General" },
};

export const COLUMN_WIDTHS = [16, 24, 40, 8, 14, 12, 12, 12, 12, 9, 11, 28, 28];

/** Highest band first: IF(total>=S,"S",IF(total>=A,"A",…,lowest)) over the band cells; blank when incomplete. */
export function gradeFormula(total: string, firstBandRow: number, bandCount: number): string {
  let expression = abs(firstBandRow + bandCount - 1, 0);
  for (let i = bandCount - 2; i >= 0; i--)
    expression = `IF(${total}>=${abs(firstBandRow + i, 1)},${abs(firstBandRow + i, 0)},${expression})`;
  return `=IF(ISNUMBER(${total}),${expression},"")`;
}

/** One validation per run of adjacent actual cells of the same kind (fewer rules in big batches). */
export function actualValidations(
  rows: [number, boolean][],
  texts: ScorecardTexts
): DataValidation[] {
  const validations: DataValidation[] = [];
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    const runEnds =
      i === rows.length || rows[i][0] !== rows[i - 1][0] + 1 || rows[i][1] !== rows[start][1];
    if (!runEnds) continue;
    const cells = range(rows[start][0], rows[i - 1][0], COL.actual);
    validations.push(actualValidation(cells, rows[start][1], texts));
    start = i;
  }
  return validations;
}

export function actualValidation(
  cells: string,
  isRate: boolean,
  texts: ScorecardTexts
): DataValidation {
  return isRate
    ? {
        range: cells,
        rule: { type: "decimal", min: 0, max: 1 },
        prompt: texts.actualPromptRate,
        error: texts.actualErrorRate,
      }
    : {
        range: cells,
        rule: { type: "decimal" },
        prompt: texts.actualPrompt,
        error: texts.actualError,
      };
}
