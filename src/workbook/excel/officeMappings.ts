/**
 * Plan vocabulary → the literal values Office.js takes. String literals, never `Excel.*` enums, so this
 * module (and the adapter) can load where the global `Excel` does not exist (Node, jest).
 */
import type {
  ChartPlan,
  ConditionalFormatRule,
  DataValidationRule,
  PrintSetup,
} from "../../plan/types";

type CellValueOperator = Excel.ConditionalCellValueRule["operator"];
type ChartTypeName = Parameters<Excel.ChartCollection["add"]>[0];

export function chartType(type: ChartPlan["type"]): ChartTypeName {
  const types: Record<ChartPlan["type"], ChartTypeName> = {
    column: "ColumnClustered",
    // A combo chart starts as clustered columns; its secondary series are switched to lines.
    combo: "ColumnClustered",
    line: "Line",
    bar: "BarClustered",
    pie: "Pie",
    donut: "Doughnut",
  };
  return types[type];
}

const CELL_VALUE_OPERATORS: Record<
  Extract<ConditionalFormatRule, { type: "cellValue" }>["operator"],
  CellValueOperator
> = {
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  between: "Between",
  equal: "EqualTo",
  notEqual: "NotEqualTo",
  greaterThanOrEqual: "GreaterThanOrEqual",
  lessThanOrEqual: "LessThanOrEqual",
};

export function cellValueOperator(operator: keyof typeof CELL_VALUE_OPERATORS): CellValueOperator {
  return CELL_VALUE_OPERATORS[operator];
}

export function iconSetStyle(
  icons: Extract<ConditionalFormatRule, { type: "iconSet" }>["icons"]
): Excel.IconSet | "ThreeTrafficLights1" | "ThreeArrows" | "ThreeSymbols" {
  return icons === "3TrafficLights"
    ? "ThreeTrafficLights1"
    : icons === "3Arrows"
      ? "ThreeArrows"
      : "ThreeSymbols";
}

/** Conditional-format formulas are stored with "="; plans write them without. */
export function conditionalFormula(formula: string): string {
  return formula.startsWith("=") ? formula : `=${formula}`;
}

/** Bounds Excel accepts for "any decimal" (it has no unbounded operator). */
const ANY_NUMBER = 9.99999999999999e307;

export function dataValidationRule(rule: DataValidationRule): Excel.DataValidationRule {
  if (rule.type === "list")
    return { list: { inCellDropDown: true, source: rule.values.join(",") } };
  const { min, max } = rule;
  const basic: Excel.BasicDataValidation =
    min !== undefined && max !== undefined
      ? { operator: "Between", formula1: min, formula2: max }
      : min !== undefined
        ? { operator: "GreaterThanOrEqualTo", formula1: min }
        : max !== undefined
          ? { operator: "LessThanOrEqualTo", formula1: max }
          : { operator: "Between", formula1: -ANY_NUMBER, formula2: ANY_NUMBER };
  return rule.type === "whole" ? { wholeNumber: basic } : { decimal: basic };
}

/**
 * Excel's column width is in characters of the default font's digit; Office.js takes points. With the
 * default Calibri 11 (7-pixel digit, 5 pixels of padding, 0.75 points per pixel at 96 dpi):
 * points = (characters × 7 + 5) × 0.75. Other default fonts differ by a few percent.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

export function horizontalAlignment(
  align: "left" | "center" | "right"
): "Left" | "Center" | "Right" {
  return align === "left" ? "Left" : align === "center" ? "Center" : "Right";
}

export function pageOrientation(orientation: PrintSetup["orientation"]): "Portrait" | "Landscape" {
  return orientation === "landscape" ? "Landscape" : "Portrait";
}

export function paperSize(paper: PrintSetup["paper"]): "A4" | "A3" | "Letter" {
  return paper === "letter" ? "Letter" : paper;
}

/**
 * "Fit to N pages wide by M tall". A side not set is left out rather than sent as 0 (the file format's
 * "as many as needed"), which PageLayoutZoomOptions does not document.
 */
export function printZoom(print: PrintSetup): Excel.PageLayoutZoomOptions | undefined {
  const wide = print.fitToPagesWide ?? 0;
  const tall = print.fitToPagesTall ?? 0;
  if (wide <= 0 && tall <= 0) return undefined;
  return {
    ...(wide > 0 ? { horizontalFitToPages: wide } : {}),
    ...(tall > 0 ? { verticalFitToPages: tall } : {}),
  };
}

/** "3:4" or "$3:$4" → the entire-row address "3:4" for getRange. */
export function printTitleRows(repeatRows: string): string {
  return repeatRows.replace(/\$/g, "");
}
