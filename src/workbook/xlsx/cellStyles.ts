/**
 * A sheet's format ranges (and the cells protection leaves editable) → one ExcelJS style per cell.
 * Ranges apply in plan order, property by property, as applying them one after another in Excel would:
 * "B4:B16" yuan then "A16:C16" total leaves B16 in yuan AND bold with a double top border.
 * Cells with the same look share one style object, so the style is computed whole before it is
 * assigned: ExcelJS cells mutate their style object when a single property is set.
 */
import type * as ExcelJS from "exceljs";
import { parseRange } from "../../plan/a1";
import { STYLES, numberFormatCode, type StyleDefinition } from "../../plan/styles";
import type { FormatRange } from "../../plan/types";
import { argb } from "./colors";

interface CellLook extends Omit<StyleDefinition, "borders" | "doubleTop"> {
  topBorder?: "thin" | "double";
  bottomBorder?: "thin";
  wrap?: boolean;
  numFmt?: string;
  unlocked?: boolean;
}

const DEFAULT_FONT = { name: "Calibri", family: 2, size: 11 };

/** Each cell's look, keyed by `row,column` (0-based); only cells some range touches. */
export function cellLooks(
  formats: readonly FormatRange[],
  editableRanges: readonly string[]
): Map<string, CellLook> {
  const looks = new Map<string, CellLook>();
  const update = (rangeText: string, change: (look: CellLook) => void) => {
    const range = parseRange(rangeText);
    if (!range) return; // validatePlan has reported it
    for (let row = range.start.row; row <= range.end.row; row++) {
      for (let column = range.start.column; column <= range.end.column; column++) {
        const key = `${row},${column}`;
        const look = looks.get(key) ?? {};
        change(look);
        looks.set(key, look);
      }
    }
  };
  for (const format of formats) update(format.range, (look) => applyFormat(look, format));
  for (const editable of editableRanges) update(editable, (look) => (look.unlocked = true));
  return looks;
}

function applyFormat(look: CellLook, format: FormatRange): void {
  if (format.style) {
    const { borders, doubleTop, ...rest } = STYLES[format.style];
    Object.assign(look, rest);
    if (borders?.includes("top")) look.topBorder = "thin";
    if (borders?.includes("bottom")) look.bottomBorder = "thin";
    if (doubleTop) look.topBorder = "double";
  }
  if (format.numberFormat) look.numFmt = numberFormatCode(format.numberFormat);
  if (format.align) look.align = format.align;
  if (format.wrap !== undefined) look.wrap = format.wrap;
}

/** Renders looks to ExcelJS styles, one shared object per distinct look. */
export function styleRenderer(): (look: CellLook) => Partial<ExcelJS.Style> {
  const cache = new Map<string, Partial<ExcelJS.Style>>();
  return (look) => {
    const key = JSON.stringify(look);
    let style = cache.get(key);
    if (!style) {
      style = renderStyle(look);
      cache.set(key, style);
    }
    return style;
  };
}

function renderStyle(look: CellLook): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (look.bold || look.italic || look.fontSize || look.fontColor) {
    style.font = {
      ...DEFAULT_FONT,
      ...(look.fontSize ? { size: look.fontSize } : {}),
      ...(look.bold ? { bold: true } : {}),
      ...(look.italic ? { italic: true } : {}),
      ...(look.fontColor ? { color: { argb: argb(look.fontColor) } } : {}),
    };
  }
  if (look.fill)
    style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
  if (look.topBorder || look.bottomBorder) {
    style.border = {
      ...(look.topBorder ? { top: { style: look.topBorder } } : {}),
      ...(look.bottomBorder ? { bottom: { style: look.bottomBorder } } : {}),
    };
  }
  if (look.align || look.wrap) {
    style.alignment = {
      ...(look.align ? { horizontal: look.align } : {}),
      ...(look.wrap ? { wrapText: true } : {}),
    };
  }
  if (look.numFmt) style.numFmt = look.numFmt;
  // Cells are locked by default; only the plan's editable cells are unlocked.
  if (look.unlocked) style.protection = { locked: false };
  return style;
}
