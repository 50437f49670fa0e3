/** Plan conditional formats → ExcelJS rules. */
import type * as ExcelJS from "exceljs";
import type { ConditionalFormatRule } from "../../plan/types";
import { argb } from "./colors";

/** Plan icon sets → OOXML names ("3TrafficLights1" is the unrimmed traffic light set Excel offers first). */
const ICON_SETS = {
  "3TrafficLights": "3TrafficLights1",
  "3Arrows": "3Arrows",
  "3Symbols": "3Symbols",
} as const;

/**
 * @param toFormula turns a plan formula (no "=") into file text (sheet names, `_xlfn.` prefixes).
 * @param priority Excel evaluates rules by priority, 1 first; plan order is kept.
 */
export function toExcelRule(
  rule: ConditionalFormatRule,
  priority: number,
  toFormula: (formula: string) => string
): ExcelJS.ConditionalFormattingRule {
  switch (rule.type) {
    case "dataBar":
      // ExcelJS always writes the rule's x14 extension reference; leaving `gradient` unset makes it write
      // the matching x14 rule too (with gradient: true the reference would point at nothing).
      return {
        type: "dataBar",
        priority,
        cfvo: [{ type: "min" }, { type: "max" }],
        color: { argb: argb(rule.color) },
      } as ExcelJS.DataBarRuleType;
    case "colorScale": {
      const colors = rule.midColor
        ? [rule.minColor, rule.midColor, rule.maxColor]
        : [rule.minColor, rule.maxColor];
      const cfvo: ExcelJS.Cvfo[] = rule.midColor
        ? [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }]
        : [{ type: "min" }, { type: "max" }];
      return {
        type: "colorScale",
        priority,
        cfvo,
        color: colors.map((color) => ({ argb: argb(color) })),
      };
    }
    case "iconSet":
      return {
        type: "iconSet",
        priority,
        iconSet: ICON_SETS[rule.icons],
        cfvo: [
          { type: "percent", value: 0 },
          { type: "percent", value: 33 },
          { type: "percent", value: 67 },
        ],
      };
    case "cellValue":
      return {
        type: "cellIs",
        priority,
        // ExcelJS's typings list four operators; its writer passes any OOXML operator through.
        operator: rule.operator as ExcelJS.CellIsOperators,
        formulae: [rule.formula1, ...(rule.formula2 !== undefined ? [rule.formula2] : [])].map(
          toFormula
        ),
        style: highlightStyle(rule.fill, rule.fontColor),
      };
    case "expression":
      return {
        type: "expression",
        priority,
        formulae: [toFormula(rule.formula)],
        style: highlightStyle(rule.fill, rule.fontColor),
      };
  }
}

/** A differential style: in a DXF a solid fill's colour is the background colour. */
function highlightStyle(
  fill: string | undefined,
  fontColor: string | undefined
): Partial<ExcelJS.Style> {
  return {
    ...(fill ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(fill) } } } : {}),
    ...(fontColor ? { font: { color: { argb: argb(fontColor) } } } : {}),
  };
}
