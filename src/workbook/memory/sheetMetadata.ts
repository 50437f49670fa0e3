/**
 * What a plan says about a sheet beyond its cells (styles, number formats, validations, conditional
 * formats, protection, tables, charts, freeze panes, widths, print setup), kept so the playground can
 * render the sheet, and looked up per cell.
 */
import { parseRange, rangesOverlap, type CellAddress, type RangeAddress } from "../../plan/a1";
import { numberFormatCode } from "../../plan/styles";
import type { ConditionalFormat, FormatRange, SheetPlan, StyleName } from "../../plan/types";

/** What a sheet keeps of its plan: its layout, not the instructions (which sheet it replaced). */
export type SheetMetadata = Omit<SheetPlan, "key" | "name" | "blocks" | "replaces">;

export interface CellFormat {
  style?: StyleName;
  /** The Excel format code, presets expanded (e.g. "0.0%"). */
  numberFormat?: string;
  /** Set only where a format range overrides the style's alignment or asks for wrapping. */
  align?: FormatRange["align"];
  wrap?: boolean;
  /** A cell the user is meant to type into: input-styled, or left editable on a protected sheet. */
  input: boolean;
}

interface Located<T> {
  range: RangeAddress;
  item: T;
}

function contains(range: RangeAddress, cell: CellAddress): boolean {
  return rangesOverlap(range, { start: cell, end: cell });
}

function locate<T>(items: readonly T[], rangeOf: (item: T) => string): Located<T>[] {
  return items.flatMap((item) => {
    const range = parseRange(rangeOf(item));
    return range ? [{ range, item }] : [];
  });
}

/** Conditional-format formulas may name plan sheets as `{sheet:key}`; they are stored with final names. */
function resolvedConditionalFormat(
  format: ConditionalFormat,
  resolve: (formula: string) => string
): ConditionalFormat {
  const rule = format.rule;
  if (rule.type === "cellValue") {
    return {
      ...format,
      rule: {
        ...rule,
        formula1: resolve(rule.formula1),
        ...(rule.formula2 !== undefined ? { formula2: resolve(rule.formula2) } : {}),
      },
    };
  }
  if (rule.type === "expression")
    return { ...format, rule: { ...rule, formula: resolve(rule.formula) } };
  return format;
}

export class SheetFormatting {
  private readonly formats: Located<FormatRange>[];
  private readonly editable: RangeAddress[];

  constructor(readonly metadata: SheetMetadata) {
    this.formats = locate(metadata.formats ?? [], (format) => format.range);
    this.editable = locate(metadata.protection?.editableRanges ?? [], (range) => range).map(
      (located) => located.range
    );
  }

  static fromPlan(sheet: SheetPlan, resolve: (formula: string) => string): SheetFormatting {
    const shared: Partial<SheetPlan> = { ...sheet };
    delete shared.key;
    delete shared.name;
    delete shared.blocks; // the cells live in the engine
    delete shared.replaces; // done when the plan was applied
    const metadata = structuredClone(shared) as SheetMetadata; // the plan stays the caller's to change
    const conditionalFormats = metadata.conditionalFormats?.map((format) =>
      resolvedConditionalFormat(format, resolve)
    );
    return new SheetFormatting({
      ...metadata,
      ...(conditionalFormats ? { conditionalFormats } : {}),
    });
  }

  /** Later format ranges win over earlier ones, property by property, as when applied in order. */
  cellFormat(cell: CellAddress): CellFormat {
    const format: Omit<CellFormat, "input"> = {};
    for (const { range, item } of this.formats) {
      if (!contains(range, cell)) continue;
      if (item.style !== undefined) format.style = item.style;
      if (item.numberFormat !== undefined)
        format.numberFormat = numberFormatCode(item.numberFormat);
      if (item.align !== undefined) format.align = item.align;
      if (item.wrap !== undefined) format.wrap = item.wrap;
    }
    const input = format.style === "input" || this.editable.some((range) => contains(range, cell));
    return { ...format, input };
  }
}
