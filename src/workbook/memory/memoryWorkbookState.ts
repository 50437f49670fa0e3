/**
 * What a MemoryWorkbook holds besides its engine's cells: formula texts as written, formatting, tables,
 * names, tab order, hidden sheets, selections. One object, so that applying a plan (applyMemoryPlan.ts)
 * and the workbook's own methods work on the same records.
 */
import type { HyperFormula } from "hyperformula";
import type { RangeAddress } from "../../plan/a1";
import { WorkbookError } from "../port";
import { createExcelCompatibleEngine } from "./engine";
import type { SheetFormatting } from "./sheetMetadata";
import type { TableLocation } from "./structuredReferences";

export interface DefinedNameInfo {
  name: string;
  /** The sheet a sheet-scoped name belongs to; absent for workbook scope. */
  sheet?: string;
  /** What it refers to, e.g. "'Sales 销售'!$B$16". */
  ref: string;
}

export interface SheetState {
  /** Formula text by cellKey as written (getFormula); the engine may hold a translated form. */
  formulas: Map<number, string>;
  formatting?: SheetFormatting;
}

export interface NameDefinition extends DefinedNameInfo {
  scopeId?: number;
}

export interface MemoryWorkbookState {
  /** Replaced once: the first plan into an empty workbook builds a new engine in one call. */
  engine: HyperFormula;
  readonly sheets: Map<number, SheetState>;
  /** By lower-case name: Excel compares table names case-insensitively. */
  readonly tables: Map<string, TableLocation>;
  readonly names: NameDefinition[];
  activeSheetId?: number;
  /** Sheet ids in tab order (the engine lists sheets in the order they were added). */
  readonly tabOrder: number[];
  /** Replaced versions of rebuilt sheets (SheetPlan.replaces): kept, not shown as tabs. */
  readonly hidden: Set<number>;
  readonly selections: Map<number, RangeAddress>;
}

export function emptyWorkbookState(): MemoryWorkbookState {
  return {
    engine: createExcelCompatibleEngine(),
    sheets: new Map(),
    tables: new Map(),
    names: [],
    tabOrder: [],
    hidden: new Set(),
    selections: new Map(),
  };
}

/** The engine's id of the sheet named `name` (any case); a missing sheet is refused as notFound. */
export function sheetIdOf(engine: HyperFormula, name: string): number {
  const id = engine.getSheetId(name);
  if (id === undefined) throw new WorkbookError("notFound", `There is no sheet named "${name}".`);
  return id;
}
