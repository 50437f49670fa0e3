/**
 * A plan's conditional format as one Office.js operation: data bars, colour scales, icon sets, cell-value
 * and expression rules, their formulas resolved to final sheet names before anything is written.
 */
import { resolveSheetReferences } from "../../plan/sheetNames";
import type { ConditionalFormat, ConditionalFormatRule, SheetPlan } from "../../plan/types";
import { WorkbookError } from "../port";
import { sheetOf, type QueuedOperation } from "./operation";
import { cellValueOperator, conditionalFormula, iconSetStyle } from "./officeMappings";
import { jsonBytes, operationBytes } from "./requestBudget";

export function addConditionalFormat(
  sheet: SheetPlan,
  conditional: ConditionalFormat,
  sheetNames: ReadonlyMap<string, string>
): QueuedOperation {
  const add = conditionalFormatAdder(conditional.rule, (text) => {
    // Resolved now, so an unknown {sheet:key} fails before anything is written.
    try {
      return conditionalFormula(resolveSheetReferences(text, sheetNames));
    } catch (error) {
      throw new WorkbookError(
        "invalidPlan",
        `Sheet "${sheet.name}" conditional format on ${conditional.range}: ${(error as Error).message}`,
        error
      );
    }
  });
  return {
    label: `${sheet.name}!${conditional.range} conditional format`,
    bytes: operationBytes(6, jsonBytes(conditional.rule)),
    queue: (target) =>
      add(sheetOf(target, sheet.key).getRange(conditional.range).conditionalFormats),
  };
}

function conditionalFormatAdder(
  rule: ConditionalFormatRule,
  formula: (text: string) => string
): (formats: Excel.ConditionalFormatCollection) => void {
  switch (rule.type) {
    case "dataBar":
      return (formats) => (formats.add("DataBar").dataBar.positiveFormat.fillColor = rule.color);
    case "colorScale":
      return (formats) =>
        (formats.add("ColorScale").colorScale.criteria = {
          minimum: { type: "LowestValue", color: rule.minColor },
          ...(rule.midColor
            ? { midpoint: { type: "Percentile", formula: "50", color: rule.midColor } }
            : {}),
          maximum: { type: "HighestValue", color: rule.maxColor },
        });
    case "iconSet":
      return (formats) => (formats.add("IconSet").iconSet.style = iconSetStyle(rule.icons));
    case "cellValue": {
      const cellRule: Excel.ConditionalCellValueRule = {
        operator: cellValueOperator(rule.operator),
        formula1: formula(rule.formula1),
        ...(rule.formula2 !== undefined ? { formula2: formula(rule.formula2) } : {}),
      };
      return (formats) => {
        const cellValue = formats.add("CellValue").cellValue;
        cellValue.rule = cellRule;
        paint(cellValue.format, rule.fill, rule.fontColor);
      };
    }
    case "expression": {
      const expression = formula(rule.formula);
      return (formats) => {
        const custom = formats.add("Custom").custom;
        custom.rule.formula = expression;
        paint(custom.format, rule.fill, rule.fontColor);
      };
    }
  }
}

function paint(
  format: Excel.ConditionalRangeFormat,
  fill: string | undefined,
  fontColor: string | undefined
): void {
  if (fill) format.fill.color = fill;
  if (fontColor) format.font.color = fontColor;
}
