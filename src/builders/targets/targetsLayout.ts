/**
 * Where the target decomposition sheets put things: the sheet keys, the defined names, the main
 * sheet's rows and the month table's columns, shared by the plan (targetsPlan.ts), its sections
 * (targetsSections.ts) and the calculation sheet's lines (calcLines.ts).
 */
import type { Period } from "../../core/calendar";
import type { PlanCell, WorkbookPlan } from "../../plan/types";

export const TARGETS_SHEET = "targets";
export const TARGETS_CALC_SHEET = "targetsCalc";

/** The defined names a target sheet gets (README lists them). */
export const TARGET_NAMES = {
  total: "Target_Total",
  months: "Target_Months",
  baseTotal: "Target_Base_Total",
  challengeTotal: "Target_Challenge_Total",
  weights: "Target_Weights",
  memberTotals: "Target_Members",
  grid: "Target_Grid",
  check: "Target_Check",
  /** The first day of each month in Target_Months' (fiscal) order: other sheets find a calendar month's target by it. */
  monthStarts: "Target_Month_Starts",
  metric: "Target_Metric",
} as const;

export interface TargetsBuild {
  plan: WorkbookPlan;
  /** What the user should know (fallbacks, event adjustments), in their language; also on the sheet. */
  notes: string[];
  /** Where things are, for tests and the panel's "go to" link. */
  layout: TargetsLayout;
}

export interface TargetsLayout {
  annualCell: string;
  unitCell: string;
  checkCell: string;
  /** Rows of the 12 months (1-based, inclusive) in the month table. */
  monthRows: [number, number];
  monthTotalRow: number;
  columns: typeof MONTH_COLUMNS;
  memberShareInputRow: number;
  /** First and last grid rows (periods). */
  gridRows: [number, number];
  gridTotalRow: number;
  /** Column letters of the members in the grid. */
  memberColumns: string[];
  periodTargetColumn: string;
  periods: Period[];
}

// Main sheet rows (1-based).
export const ROW = {
  title: 1,
  subtitle: 2,
  annual: 4,
  base: 5,
  challenge: 6,
  unit: 7,
  check: 8,
  notes: 9,
};
export const MONTH_SECTION_ROW = 12;
export const MONTH_HEADER_ROW = 13;
export const FIRST_MONTH_ROW = 14;
export const MONTH_TOTAL_ROW = FIRST_MONTH_ROW + 12;
export const QUARTER_HEADER_ROW = MONTH_TOTAL_ROW + 2;
export const FIRST_QUARTER_ROW = QUARTER_HEADER_ROW + 1;
export const MEMBER_SECTION_ROW = FIRST_QUARTER_ROW + 5;
export const MEMBER_HEADER_ROW = MEMBER_SECTION_ROW + 1;
export const MEMBER_REFERENCE_ROW = MEMBER_HEADER_ROW + 1;
export const MEMBER_SHARE_INPUT_ROW = MEMBER_REFERENCE_ROW + 1;
export const MEMBER_SHARE_ROW = MEMBER_SHARE_INPUT_ROW + 1;
export const GRID_SECTION_ROW = MEMBER_SHARE_ROW + 2;
export const GRID_HEADER_ROW = GRID_SECTION_ROW + 1;
export const FIRST_GRID_ROW = GRID_HEADER_ROW + 1;

/** Month table columns. */
export const MONTH_COLUMNS = {
  label: "A",
  quarter: "B",
  lastYear: "C",
  index: "D",
  uplift: "E",
  weight: "F",
  actual: "G",
  target: "H",
  base: "I",
  challenge: "J",
  yoy: "K",
  conversion: "L",
  aov: "M",
  orders: "N",
  uv: "O",
} as const;

/** Grid: period label, quarter, period target, then one column per member. */
export const FIRST_MEMBER_COLUMN = 3;

export const C = MONTH_COLUMNS;
export const T = `{sheet:${TARGETS_SHEET}}!`;
export const ANNUAL = `$B$${ROW.annual}`;
export const UNIT = `$B$${ROW.unit}`;

export const f = (formula: string): PlanCell => ({ formula });
export const monthRow = (i: number) => FIRST_MONTH_ROW + i;
export const quarterLabel = (q: number) => `Q${q}`;
