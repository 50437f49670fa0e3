/**
 * A SheetPlan is plain, serialisable data describing sheets to build. Builders produce plans; adapters
 * (Excel, memory, xlsx) carry them into a workbook. Nothing here knows Office.
 *
 * Addresses are A1 strings relative to the plan's own sheet ("B2", "B2:D10"). Formulas are English
 * invariant A1 syntax with a leading "=", exactly what Excel's `range.formulas` takes in every UI
 * language. A formula that refers to ANOTHER sheet of the same plan writes `{sheet:key}` where the
 * quoted sheet name goes (e.g. `={sheet:targets}!B2*2`): adapters substitute the final, unique sheet name.
 */

import type { CellValue } from "../core/cellValue";

export type { CellValue };

/** A cell whose content is a formula, e.g. { formula: "=SUM(B2:B13)" }. */
export interface FormulaCell {
  formula: string;
}

export type PlanCell = CellValue | FormulaCell;

export function isFormulaCell(cell: PlanCell): cell is FormulaCell {
  return typeof cell === "object" && cell !== null && "formula" in cell;
}

/** A rectangle of cells whose top-left cell is `anchor`. Every row has the same length. */
export interface CellBlock {
  anchor: string;
  rows: PlanCell[][];
}

/**
 * Presets keep adapters consistent and plans readable; see src/plan/styles.ts for what each looks like.
 * "input" cells are visibly marked (and left unlocked when the sheet is protected).
 */
export type StyleName =
  "title" | "header" | "input" | "total" | "subtotal" | "note" | "check" | "label";

/** Number format presets (src/plan/styles.ts) or a raw Excel format code such as "0.00". */
export type NumberFormatName =
  | "yuan"
  | "yuanWhole"
  | "thousands"
  | "integer"
  | "decimal2"
  | "percent"
  | "percent1"
  | "date"
  | "month";

export interface FormatRange {
  range: string;
  style?: StyleName;
  numberFormat?: NumberFormatName | { code: string };
  /** Horizontal alignment, when the style's default is not wanted. */
  align?: "left" | "center" | "right";
  /** Wrap long text (definitions, comments). */
  wrap?: boolean;
}

export interface ColumnWidth {
  /** Column letter(s), e.g. "B". */
  column: string;
  /** Width in characters, as Excel's column width. */
  width: number;
}

export interface PrintSetup {
  orientation: "portrait" | "landscape";
  paper: "A4" | "A3" | "letter";
  /** Fit to this many pages wide (0 or absent: no fitting). */
  fitToPagesWide?: number;
  /** Fit to this many pages tall (0: as many as needed). */
  fitToPagesTall?: number;
  /** Rows repeated at the top of each printed page, e.g. "1:4". */
  repeatRows?: string;
}

export type DataValidationRule =
  { type: "decimal" | "whole"; min?: number; max?: number } | { type: "list"; values: string[] };

export interface DataValidation {
  range: string;
  rule: DataValidationRule;
  /** Shown when the cell is selected. */
  prompt?: string;
  /** Shown when a value breaks the rule; invalid entries are refused. */
  error?: string;
  allowBlank?: boolean;
}

/** Colours are "#RRGGBB". */
export type ConditionalFormatRule =
  | { type: "dataBar"; color: string }
  | { type: "colorScale"; minColor: string; midColor?: string; maxColor: string }
  | { type: "iconSet"; icons: "3TrafficLights" | "3Arrows" | "3Symbols" }
  | {
      type: "cellValue";
      operator:
        | "greaterThan"
        | "lessThan"
        | "between"
        | "equal"
        | "notEqual"
        | "greaterThanOrEqual"
        | "lessThanOrEqual";
      /** Formulas or constants in invariant syntax without "=", e.g. "0" or "$B$2". */
      formula1: string;
      formula2?: string;
      fill?: string;
      fontColor?: string;
    }
  | { type: "expression"; formula: string; fill?: string; fontColor?: string };

export interface ConditionalFormat {
  range: string;
  rule: ConditionalFormatRule;
}

export interface Protection {
  /** Cells left editable; all others are locked when the sheet is protected. Input-styled ranges belong here. */
  editableRanges: string[];
  password?: string;
}

export interface TablePlan {
  /** Table name: letters, digits, underscores, periods; starting with a letter or underscore. */
  name: string;
  /** Header row included. */
  range: string;
  style?: string;
  showTotals?: boolean;
}

export interface ChartSeries {
  name: string;
  /** Range on the same sheet holding the values: one row or one column, as long as the categories. */
  values: string;
  /**
   * "secondary" (combo charts only): drawn as a line against its own value axis on the right, for a
   * ratio (conversion rate, ROI) beside amounts that would flatten it to zero on the primary axis.
   */
  axis?: "primary" | "secondary";
}

/**
 * column, bar (horizontal), line; combo: primary series as columns, secondary ones as lines on a
 * secondary axis; pie and donut: shares, one series. Number formats are not part of the plan: adapters
 * take each series' format from the sheet's formats over its range (chartNumberFormat in charts.ts).
 */
export type ChartType = "column" | "bar" | "line" | "combo" | "pie" | "donut";

export interface ChartPlan {
  type: ChartType;
  title: string;
  /** Range with the category labels (x axis, or the slices of a pie). */
  categories: string;
  series: ChartSeries[];
  /** Where the chart sits, e.g. "H2:P20". */
  position: string;
  /** Axis titles; pie and donut have no axes. */
  categoryAxisTitle?: string;
  valueAxisTitle?: string;
  /** Combo charts: the title of the secondary value axis. */
  secondaryAxisTitle?: string;
}

export interface SheetPlan {
  /** Stable id within the plan: `{sheet:key}` in formulas and DefinedName.sheet refer to it. */
  key: string;
  /** The wanted sheet name; adapters make it valid and unique ("目标拆解 (2)"). */
  name: string;
  /**
   * Rebuild in place: the name of an existing sheet this plan sheet supersedes (usually its own `name`).
   * When that sheet exists, the new sheet takes its name and tab position; the old sheet is kept, hidden
   * and renamed "<name> (v1)" / zh-CN "<name>（第1版）" — numbered in the order versions were replaced, one
   * more than the highest already there, so every earlier version is kept (fitPlanToWorkbook.ts). The
   * plan's workbook-scope defined names that pointed into the old sheet are re-pointed to the new one
   * instead of getting sheet-scoped copies. Formulas in other sheets that name the old sheet follow it
   * to its new name (Excel tracks sheets, not names): refer to a rebuilt sheet through its defined names.
   * When that sheet does not exist, the field changes nothing.
   */
  replaces?: string;
  tabColor?: string;
  freeze?: { rows: number; columns: number };
  columnWidths?: ColumnWidth[];
  print?: PrintSetup;
  blocks: CellBlock[];
  formats?: FormatRange[];
  validations?: DataValidation[];
  conditionalFormats?: ConditionalFormat[];
  /** Absent: the sheet is not protected. */
  protection?: Protection;
  tables?: TablePlan[];
  charts?: ChartPlan[];
}

export interface DefinedName {
  /** Excel name rules: starts with a letter or underscore, no spaces, not a cell address. */
  name: string;
  /** Key of the plan sheet the range is on. */
  sheet: string;
  range: string;
  /** "workbook" (default) or local to one sheet: `localTo`, else the sheet the range is on. */
  scope?: "workbook" | "sheet";
  /**
   * Key of the plan sheet a sheet-scoped name is local to, when that is not the range's own sheet.
   * fitPlanToWorkbook writes it for the local copies of a workbook name the workbook already has.
   */
  localTo?: string;
  comment?: string;
}

/** Key of the plan sheet a defined name is local to; undefined for a workbook-scope name. */
export function localSheetKey(name: DefinedName): string | undefined {
  return name.scope === "sheet" ? (name.localTo ?? name.sheet) : undefined;
}

export interface WorkbookPlan {
  sheets: SheetPlan[];
  names?: DefinedName[];
}
