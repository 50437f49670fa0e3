/**
 * Where everything sits on the report sheet (0-based rows and columns). Documented in README:
 *
 *   rows 1–5   title, source and generation notes, "Data covers" (first and last date), issue summary
 *   row 7      column-group headers; row 8 period labels; rows 9–10 each period's start and end dates
 *              (frozen above the sections, with the breakdown columns on the left)
 *   sections   one per metric: a title row, then the member rows (with subtotals for two levels) and
 *              the grand total, then a blank row
 *   notes      below the sections: how the numbers are made, colours, the columns used, unread rows
 *
 *   columns    breakdown labels | previous period | periods of the range | Total | Share | ·
 *              | 环比 % per period | · | 同比 % per period | · | same period last year per period
 */
export const TITLE_ROW = 0;
export const SOURCE_ROW = 1;
export const MODE_ROW = 2;
export const COVERS_ROW = 3;
export const ISSUES_ROW = 4;
export const GROUP_ROW = 6;
export const LABEL_ROW = 7;
export const START_ROW = 8;
export const END_ROW = 9;
export const FIRST_SECTION_ROW = 11;

export interface ColumnLayout {
  labelColumns: number;
  previous: number;
  /** First period column; period j (0-based) is first + j. */
  firstPeriod: number;
  total: number;
  share: number;
  firstMoM: number;
  firstYoY: number;
  firstLastYear: number;
  /** Columns used in all. */
  width: number;
}

export function columnLayout(dimensions: number, periods: number): ColumnLayout {
  const labelColumns = Math.max(1, dimensions);
  const previous = labelColumns;
  const firstPeriod = previous + 1;
  const total = firstPeriod + periods;
  const share = total + 1;
  const firstMoM = share + 2;
  const firstYoY = firstMoM + periods + 1;
  const firstLastYear = firstYoY + periods + 1;
  return {
    labelColumns,
    previous,
    firstPeriod,
    total,
    share,
    firstMoM,
    firstYoY,
    firstLastYear,
    width: firstLastYear + periods,
  };
}

/** Section s (0-based) of `rowsPerSection` report rows: its title row and first body row. */
export function sectionTitleRow(section: number, rowsPerSection: number): number {
  return FIRST_SECTION_ROW + section * (rowsPerSection + 2);
}
