/**
 * An in-memory workbook with a real formula engine (HyperFormula): tests assert the numbers a sheet
 * shows, the CLI caches computed values in .xlsx files, the playground renders sheets. Browser-safe: no
 * Node APIs. It follows the port's promises: plans never overwrite anything, a failed apply leaves the
 * workbook as it was (applyMemoryPlan.ts), user text stays text.
 */
import type { SimpleCellAddress } from "hyperformula";
import {
  cellA1,
  parseCell,
  parseRange,
  rangesOverlap,
  type CellAddress,
  type RangeAddress,
} from "../../plan/a1";
import { uniqueSheetName } from "../../plan/sheetNames";
import type { CellValue, WorkbookPlan } from "../../plan/types";
import { isValidExcelName } from "../../plan/validatePlan";
import {
  WorkbookError,
  type ApplyOptions,
  type ApplyResult,
  type CellReference,
  type ComputedValue,
  type ComputedValues,
  type SelectedCell,
  type TableData,
  type WorkbookPort,
} from "../port";
import { applyPlanToMemory } from "./applyMemoryPlan";
import { computedValue, literalContent } from "./cellContent";
import { currentRegion } from "./currentRegion";
import { rangeData, rangeValues, tableData, usedRange } from "./engineRanges";
import {
  emptyWorkbookState,
  sheetIdOf,
  type DefinedNameInfo,
  type MemoryWorkbookState,
} from "./memoryWorkbookState";
import type { CellFormat, SheetMetadata } from "./sheetMetadata";
import { cellKey } from "./sheetContent";
import { structuredReferencesToA1 } from "./structuredReferences";
import { tableColumnNames } from "./tableColumns";

export type { DefinedNameInfo } from "./memoryWorkbookState";

export class MemoryWorkbook implements WorkbookPort {
  private readonly state: MemoryWorkbookState = emptyWorkbookState();

  // ── WorkbookPort ────────────────────────────────────────────────────────────────────────────────

  /** Every sheet in tab order, hidden ones included (as Excel's worksheet collection lists them). */
  async listSheets(): Promise<string[]> {
    return this.state.tabOrder.map((id) => this.state.engine.getSheetName(id)!);
  }

  /** The sheets a user sees as tabs, in order: all but the hidden ones. */
  visibleSheets(): string[] {
    return this.state.tabOrder
      .filter((id) => !this.state.hidden.has(id))
      .map((id) => this.state.engine.getSheetName(id)!);
  }

  /** The hidden sheets (previous versions of rebuilt sheets), in tab order. */
  hiddenSheets(): string[] {
    return this.state.tabOrder
      .filter((id) => this.state.hidden.has(id))
      .map((id) => this.state.engine.getSheetName(id)!);
  }

  async listTables(): Promise<{ name: string; sheet: string }[]> {
    return Array.from(this.state.tables.values(), ({ name, sheet }) => ({ name, sheet }));
  }

  async readTable(name: string): Promise<TableData> {
    const table = this.state.tables.get(name.toLowerCase());
    if (!table) throw new WorkbookError("notFound", `There is no table named "${name}".`);
    const sheetId = this.sheetId(table.sheet);
    const values = rangeValues(this.state.engine, sheetId, table.range);
    return tableData(`Table ${table.name}`, tableColumnNames(values[0]), values.slice(1), {
      kind: "table",
      table: table.name,
    });
  }

  async readSelectionRegion(): Promise<TableData> {
    const sheetId = this.activeId();
    const selection = this.state.selections.get(sheetId) ?? {
      start: { row: 0, column: 0 },
      end: { row: 0, column: 0 },
    };
    const { width, height } = this.state.engine.getSheetDimensions(sheetId);
    const region = currentRegion(
      selection,
      (row, col) => !this.state.engine.isCellEmpty({ sheet: sheetId, row, col }),
      {
        rows: Math.max(height, selection.end.row + 1),
        columns: Math.max(width, selection.end.column + 1),
      }
    );
    return rangeData(this.state.engine, sheetId, region);
  }

  async readUsedRange(sheet: string): Promise<TableData> {
    const sheetId = this.sheetId(sheet);
    const used = usedRange(this.state.engine, sheetId);
    if (!used) throw new WorkbookError("empty", `Sheet "${sheet}" is empty.`);
    return rangeData(this.state.engine, sheetId, used);
  }

  async applyPlan(plan: WorkbookPlan, options: ApplyOptions = {}): Promise<ApplyResult> {
    return applyPlanToMemory(this.state, plan, options);
  }

  async activateSheet(name: string): Promise<void> {
    this.state.activeSheetId = this.sheetId(name);
  }

  // ── Loading data ────────────────────────────────────────────────────────────────────────────────

  /** Adds a sheet holding `rows` from A1 (strings stay text); returns its name, made unique. */
  addSheetFromRows(name: string, rows: CellValue[][]): string {
    const grid = rows.map((row) => row.map(literalContent));
    const finalName = uniqueSheetName(name, this.state.engine.getSheetNames());
    this.state.engine.addSheet(finalName);
    const sheetId = this.sheetId(finalName);
    try {
      this.state.engine.setSheetContent(sheetId, grid);
    } catch (error) {
      this.state.engine.removeSheet(sheetId);
      throw error;
    }
    this.state.sheets.set(sheetId, { formulas: new Map() });
    this.state.tabOrder.push(sheetId);
    return finalName;
  }

  /** Registers a table over `rangeA1` (header row included) on a sheet, e.g. one added from rows. */
  addTable(sheet: string, name: string, rangeA1: string): void {
    const sheetId = this.sheetId(sheet);
    const range = parseRange(rangeA1);
    if (!range)
      throw new WorkbookError("invalidPlan", `Table range "${rangeA1}" is not a valid A1 range.`);
    if (!isValidExcelName(name))
      throw new WorkbookError("invalidPlan", `Table name "${name}" is not a valid Excel name.`);
    if (this.isNameTaken(name))
      throw new WorkbookError(
        "invalidPlan",
        `The name "${name}" is already used by a table or a defined name.`
      );
    const sheetName = this.state.engine.getSheetName(sheetId)!;
    const overlapping = Array.from(this.state.tables.values()).find(
      (table) =>
        table.sheet.toLowerCase() === sheetName.toLowerCase() && rangesOverlap(table.range, range)
    );
    if (overlapping)
      throw new WorkbookError(
        "invalidPlan",
        `Table ${name} would overlap table ${overlapping.name}.`
      );
    const header = rangeValues(this.state.engine, sheetId, {
      start: range.start,
      end: { row: range.start.row, column: range.end.column },
    })[0];
    this.state.tables.set(name.toLowerCase(), {
      name,
      sheet: sheetName,
      range,
      columns: tableColumnNames(header),
    });
  }

  // ── Selection ───────────────────────────────────────────────────────────────────────────────────

  /** Selects a cell or range on a sheet and makes that sheet active (as a click in Excel does). */
  select(sheet: string, a1: string): void {
    const sheetId = this.sheetId(sheet);
    this.state.selections.set(sheetId, this.range(a1));
    this.state.activeSheetId = sheetId;
  }

  /** Writes the formula into the top-left cell of the active sheet's selection (A1 when nothing is selected). */
  async insertFormula(formula: string): Promise<void> {
    const sheetId = this.activeId();
    const start = this.state.selections.get(sheetId)?.start ?? { row: 0, column: 0 };
    this.setCellFormula(this.state.engine.getSheetName(sheetId)!, cellA1(start), formula);
  }

  /** The top-left cell of the active sheet's selection, as readSelectedCell in Excel reads the active cell. */
  async readSelectedCell(
    referencesOf: (formula: string) => CellReference[]
  ): Promise<SelectedCell> {
    const sheetId = this.activeId();
    const sheet = this.state.engine.getSheetName(sheetId)!;
    const start = this.state.selections.get(sheetId)?.start ?? { row: 0, column: 0 };
    const formula = this.getFormula(sheet, cellA1(start)) ?? "";
    const requests = formula.startsWith("=") ? referencesOf(formula) : [];
    return {
      address: `${sheet}!${cellA1(start)}`,
      formula,
      references: requests.map((request) => this.referenceValues(request, sheetId)),
    };
  }

  private referenceValues(request: CellReference, sheetId: number): ComputedValue[][] | undefined {
    let target: { sheetId?: number; address: string } | undefined;
    if ("name" in request) {
      const lower = request.name.toLowerCase();
      const found = this.state.names.find(
        (item) => item.scopeId === undefined && item.name.toLowerCase() === lower
      );
      const ref = found && /^=?(?:'((?:[^']|'')+)'|([^!]+))!(\S+)$/.exec(found.ref);
      if (!ref) return undefined;
      const sheetName = ref[1]?.replace(/''/g, "'") ?? ref[2];
      target = {
        sheetId: this.state.engine.getSheetId(sheetName),
        address: ref[3].replace(/\$/g, ""),
      };
    } else {
      const id =
        request.sheet === undefined ? sheetId : this.state.engine.getSheetId(request.sheet);
      target = { sheetId: id, address: request.address };
    }
    const range = parseRange(target.address);
    if (target.sheetId === undefined || !range) return undefined;
    const id = target.sheetId;
    return this.state.engine
      .getRangeValues({
        start: { sheet: id, row: range.start.row, col: range.start.column },
        end: { sheet: id, row: range.end.row, col: range.end.column },
      })
      .map((row) => row.map(computedValue));
  }

  /** The active sheet: the last activated or selected, else the first. */
  activeSheet(): string {
    return this.state.engine.getSheetName(this.activeId())!;
  }

  // ── Inspection and edits ────────────────────────────────────────────────────────────────────────

  getValue(sheet: string, a1: string): ComputedValue {
    return computedValue(this.state.engine.getCellValue(this.address(sheet, a1)));
  }

  /** The engine's explanation of an error value (e.g. an OPS function's message naming the argument). */
  getErrorMessage(sheet: string, a1: string): string | undefined {
    const value = this.state.engine.getCellValue(this.address(sheet, a1));
    return typeof value === "object" && value !== null ? value.message : undefined;
  }

  /** The formula as written: `{sheet:key}` resolved to the sheet's name, table references as in the plan. */
  getFormula(sheet: string, a1: string): string | undefined {
    const { sheet: sheetId, row, col } = this.address(sheet, a1);
    return this.state.sheets.get(sheetId)?.formulas.get(cellKey(row, col));
  }

  getCellFormat(sheet: string, a1: string): CellFormat {
    const { sheet: sheetId, row, col } = this.address(sheet, a1);
    return (
      this.state.sheets.get(sheetId)?.formatting?.cellFormat({ row, column: col }) ?? {
        input: false,
      }
    );
  }

  /** Tab colour, freeze panes, widths, print setup, formats, validations, … as the plan gave them. */
  sheetMetadata(sheet: string): SheetMetadata | undefined {
    return this.state.sheets.get(this.sheetId(sheet))?.formatting?.metadata;
  }

  /** Rows and columns from A1 to the last cell with content. */
  sheetSize(sheet: string): { rows: number; columns: number } {
    const { width, height } = this.state.engine.getSheetDimensions(this.sheetId(sheet));
    return { rows: height, columns: width };
  }

  definedNames(): DefinedNameInfo[] {
    return this.state.names.map(({ name, sheet, ref }) =>
      sheet === undefined ? { name, ref } : { name, sheet, ref }
    );
  }

  /** A user's edit: the value replaces what the cell held (a formula too); dependants recompute. */
  setCellValue(sheet: string, a1: string, value: CellValue): void {
    const address = this.address(sheet, a1);
    this.state.engine.setCellContents(address, literalContent(value));
    this.state.sheets.get(address.sheet)?.formulas.delete(cellKey(address.row, address.col));
  }

  /** A formula typed into a cell (table references allowed); one the engine cannot read is refused. */
  setCellFormula(sheet: string, a1: string, formula: string): void {
    const address = this.address(sheet, a1);
    const sheetName = this.state.engine.getSheetName(address.sheet)!;
    let engineText: string;
    try {
      engineText = structuredReferencesToA1(
        formula,
        (name) => this.state.tables.get(name.toLowerCase()),
        {
          sheet: sheetName,
          row: address.row,
          column: address.col,
        }
      );
    } catch (error) {
      throw new WorkbookError("applyFailed", (error as Error).message, error);
    }
    if (!formula.startsWith("=") || !this.state.engine.validateFormula(engineText)) {
      throw new WorkbookError(
        "applyFailed",
        `"${formula}" is not a formula the workbook can read.`
      );
    }
    this.state.engine.setCellContents(address, engineText);
    this.state.sheets.get(address.sheet)?.formulas.set(cellKey(address.row, address.col), formula);
  }

  /** Computed values by plan sheet key, for the xlsx writer's cached results. */
  computedValues(result: ApplyResult): ComputedValues {
    return {
      get: (sheetKey, row, column) => {
        const sheet = result.sheetNames[sheetKey];
        if (sheet === undefined)
          throw new WorkbookError("notFound", `The plan has no sheet "${sheetKey}".`);
        return computedValue(
          this.state.engine.getCellValue({ sheet: this.sheetId(sheet), row, col: column })
        );
      },
    };
  }

  /** Frees the engine's memory; the workbook is unusable afterwards. */
  dispose(): void {
    this.state.engine.destroy();
  }

  // ── Addresses ───────────────────────────────────────────────────────────────────────────────────

  private sheetId(name: string): number {
    return sheetIdOf(this.state.engine, name);
  }

  private activeId(): number {
    if (
      this.state.activeSheetId !== undefined &&
      this.state.engine.getSheetName(this.state.activeSheetId) !== undefined
    )
      return this.state.activeSheetId;
    const first =
      this.state.tabOrder.find((id) => !this.state.hidden.has(id)) ?? this.state.tabOrder[0];
    if (first === undefined) throw new WorkbookError("notFound", "The workbook has no sheets.");
    return first;
  }

  private range(a1: string): RangeAddress {
    const range = parseRange(a1);
    if (!range) throw new WorkbookError("notFound", `"${a1}" is not a cell or range address.`);
    return range;
  }

  private address(sheet: string, a1: string): SimpleCellAddress {
    const cell: CellAddress | undefined = parseCell(a1);
    if (!cell) throw new WorkbookError("notFound", `"${a1}" is not a cell address.`);
    return { sheet: this.sheetId(sheet), row: cell.row, col: cell.column };
  }

  private isNameTaken(name: string): boolean {
    const lower = name.toLowerCase();
    return (
      this.state.tables.has(lower) ||
      this.state.names.some((existing) => existing.name.toLowerCase() === lower)
    );
  }
}
