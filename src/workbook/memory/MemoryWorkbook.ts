/**
 * An in-memory workbook with a real formula engine (HyperFormula): tests assert the numbers a sheet
 * shows, the CLI caches computed values in .xlsx files, the playground renders sheets. Browser-safe: no
 * Node APIs. It follows the port's promises: plans never overwrite anything, a failed apply leaves the
 * workbook as it was, user text stays text.
 */
import { tableFromRange } from "../../table/tableFromRange";
import type { HyperFormula, SimpleCellAddress } from "hyperformula";
import {
  absoluteRangeA1,
  cellA1,
  parseCell,
  parseRange,
  quoteSheetName,
  rangeA1,
  rangesOverlap,
  type CellAddress,
  type RangeAddress,
} from "../../plan/a1";
import {
  fitPlanToWorkbook,
  referencedSheet,
  type ExistingItems,
  type FittedPlan,
} from "../fitPlanToWorkbook";
import { resolveSheetReferences, uniqueSheetName } from "../../plan/sheetNames";
import { localSheetKey, type CellBlock, type CellValue, type WorkbookPlan } from "../../plan/types";
import { isValidExcelName, validatePlan } from "../../plan/validatePlan";
import {
  WorkbookError,
  type ApplyOptions,
  type ApplyResult,
  type CellReference,
  type ComputedValue,
  type ComputedValues,
  type SelectedCell,
  type TableData,
  type TableOrigin,
  type WorkbookPort,
} from "../port";
import { computedValue, isParseError, literalContent, plainValue } from "./cellContent";
import { currentRegion } from "./currentRegion";
import { buildExcelCompatibleEngine, createExcelCompatibleEngine, SheetOrderError } from "./engine";
import { renameSheetInFormula } from "./sheetRenames";
import { SheetFormatting, type CellFormat, type SheetMetadata } from "./sheetMetadata";
import { cellKey, cellOfKey, sheetContent, type SheetContent } from "./sheetContent";
import { structuredReferencesToA1, type TableLocation } from "./structuredReferences";
import { tableColumnNames } from "./tableColumns";

export interface DefinedNameInfo {
  name: string;
  /** The sheet a sheet-scoped name belongs to; absent for workbook scope. */
  sheet?: string;
  /** What it refers to, e.g. "'Sales 销售'!$B$16". */
  ref: string;
}

interface SheetState {
  /** Formula text by cellKey as written (getFormula); the engine may hold a translated form. */
  formulas: Map<number, string>;
  formatting?: SheetFormatting;
}

interface NameDefinition extends DefinedNameInfo {
  scopeId?: number;
}

/** What an applyPlan call has changed in the engine so far, to take back if it fails. */
interface Additions {
  sheetIds: number[];
  names: { name: string; scopeId?: number }[];
  /** Replaced sheets renamed to their backup names, with the names they had. */
  renamed: { sheetId: number; from: string }[];
  /** Workbook names re-pointed at a rebuilt sheet, with the expression they had. */
  repointed: { name: string; expression: string }[];
}

export class MemoryWorkbook implements WorkbookPort {
  /** Replaced once: the first plan into an empty workbook builds a new engine in one call. */
  private engine: HyperFormula = createExcelCompatibleEngine();
  private readonly sheets = new Map<number, SheetState>();
  /** By lower-case name: Excel compares table names case-insensitively. */
  private readonly tables = new Map<string, TableLocation>();
  private readonly names: NameDefinition[] = [];
  private activeSheetId?: number;
  /** Sheet ids in tab order (the engine lists sheets in the order they were added). */
  private readonly tabOrder: number[] = [];
  /** Replaced versions of rebuilt sheets (SheetPlan.replaces): kept, not shown as tabs. */
  private readonly hidden = new Set<number>();
  private readonly selections = new Map<number, RangeAddress>();

  // ── WorkbookPort ────────────────────────────────────────────────────────────────────────────────

  /** Every sheet in tab order, hidden ones included (as Excel's worksheet collection lists them). */
  async listSheets(): Promise<string[]> {
    return this.tabOrder.map((id) => this.engine.getSheetName(id)!);
  }

  /** The sheets a user sees as tabs, in order: all but the hidden ones. */
  visibleSheets(): string[] {
    return this.tabOrder
      .filter((id) => !this.hidden.has(id))
      .map((id) => this.engine.getSheetName(id)!);
  }

  /** The hidden sheets (previous versions of rebuilt sheets), in tab order. */
  hiddenSheets(): string[] {
    return this.tabOrder
      .filter((id) => this.hidden.has(id))
      .map((id) => this.engine.getSheetName(id)!);
  }

  async listTables(): Promise<{ name: string; sheet: string }[]> {
    return Array.from(this.tables.values(), ({ name, sheet }) => ({ name, sheet }));
  }

  async readTable(name: string): Promise<TableData> {
    const table = this.tables.get(name.toLowerCase());
    if (!table) throw new WorkbookError("notFound", `There is no table named "${name}".`);
    const sheetId = this.sheetId(table.sheet);
    const values = this.rangeValues(sheetId, table.range);
    return this.tableData(`Table ${table.name}`, tableColumnNames(values[0]), values.slice(1), {
      kind: "table",
      table: table.name,
    });
  }

  async readSelectionRegion(): Promise<TableData> {
    const sheetId = this.activeId();
    const selection = this.selections.get(sheetId) ?? {
      start: { row: 0, column: 0 },
      end: { row: 0, column: 0 },
    };
    const { width, height } = this.engine.getSheetDimensions(sheetId);
    const region = currentRegion(
      selection,
      (row, col) => !this.engine.isCellEmpty({ sheet: sheetId, row, col }),
      {
        rows: Math.max(height, selection.end.row + 1),
        columns: Math.max(width, selection.end.column + 1),
      }
    );
    return this.rangeData(sheetId, region);
  }

  async readUsedRange(sheet: string): Promise<TableData> {
    const sheetId = this.sheetId(sheet);
    const used = this.usedRange(sheetId);
    if (!used) throw new WorkbookError("empty", `Sheet "${sheet}" is empty.`);
    return this.rangeData(sheetId, used);
  }

  async applyPlan(plan: WorkbookPlan, options: ApplyOptions = {}): Promise<ApplyResult> {
    const errors = validatePlan(plan);
    if (errors.length > 0) throw new WorkbookError("invalidPlan", errors.join(" "));
    const fitted = fitPlanToWorkbook(plan, this.existingItems(), options.locale);
    const additions: Additions = { sheetIds: [], names: [], renamed: [], repointed: [] };
    try {
      return this.buildPlan(fitted, options, additions);
    } catch (error) {
      this.takeBack(additions);
      if (error instanceof WorkbookError) throw error;
      throw new WorkbookError(
        "applyFailed",
        `The plan could not be applied: ${(error as Error)?.message ?? error}`,
        error
      );
    }
  }

  async activateSheet(name: string): Promise<void> {
    this.activeSheetId = this.sheetId(name);
  }

  // ── Loading data ────────────────────────────────────────────────────────────────────────────────

  /** Adds a sheet holding `rows` from A1 (strings stay text); returns its name, made unique. */
  addSheetFromRows(name: string, rows: CellValue[][]): string {
    const grid = rows.map((row) => row.map(literalContent));
    const finalName = uniqueSheetName(name, this.engine.getSheetNames());
    this.engine.addSheet(finalName);
    const sheetId = this.sheetId(finalName);
    try {
      this.engine.setSheetContent(sheetId, grid);
    } catch (error) {
      this.engine.removeSheet(sheetId);
      throw error;
    }
    this.sheets.set(sheetId, { formulas: new Map() });
    this.tabOrder.push(sheetId);
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
    const sheetName = this.engine.getSheetName(sheetId)!;
    const overlapping = Array.from(this.tables.values()).find(
      (table) =>
        table.sheet.toLowerCase() === sheetName.toLowerCase() && rangesOverlap(table.range, range)
    );
    if (overlapping)
      throw new WorkbookError(
        "invalidPlan",
        `Table ${name} would overlap table ${overlapping.name}.`
      );
    const header = this.rangeValues(sheetId, {
      start: range.start,
      end: { row: range.start.row, column: range.end.column },
    })[0];
    this.tables.set(name.toLowerCase(), {
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
    this.selections.set(sheetId, this.range(a1));
    this.activeSheetId = sheetId;
  }

  /** Writes the formula into the top-left cell of the active sheet's selection (A1 when nothing is selected). */
  async insertFormula(formula: string): Promise<void> {
    const sheetId = this.activeId();
    const start = this.selections.get(sheetId)?.start ?? { row: 0, column: 0 };
    this.setCellFormula(this.engine.getSheetName(sheetId)!, cellA1(start), formula);
  }

  /** The top-left cell of the active sheet's selection, as readSelectedCell in Excel reads the active cell. */
  async readSelectedCell(
    referencesOf: (formula: string) => CellReference[]
  ): Promise<SelectedCell> {
    const sheetId = this.activeId();
    const sheet = this.engine.getSheetName(sheetId)!;
    const start = this.selections.get(sheetId)?.start ?? { row: 0, column: 0 };
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
      const found = this.names.find(
        (item) => item.scopeId === undefined && item.name.toLowerCase() === lower
      );
      const ref = found && /^=?(?:'((?:[^']|'')+)'|([^!]+))!(\S+)$/.exec(found.ref);
      if (!ref) return undefined;
      const sheetName = ref[1]?.replace(/''/g, "'") ?? ref[2];
      target = { sheetId: this.engine.getSheetId(sheetName), address: ref[3].replace(/\$/g, "") };
    } else {
      const id = request.sheet === undefined ? sheetId : this.engine.getSheetId(request.sheet);
      target = { sheetId: id, address: request.address };
    }
    const range = parseRange(target.address);
    if (target.sheetId === undefined || !range) return undefined;
    const id = target.sheetId;
    return this.engine
      .getRangeValues({
        start: { sheet: id, row: range.start.row, col: range.start.column },
        end: { sheet: id, row: range.end.row, col: range.end.column },
      })
      .map((row) => row.map(computedValue));
  }

  /** The active sheet: the last activated or selected, else the first. */
  activeSheet(): string {
    return this.engine.getSheetName(this.activeId())!;
  }

  // ── Inspection and edits ────────────────────────────────────────────────────────────────────────

  getValue(sheet: string, a1: string): ComputedValue {
    return computedValue(this.engine.getCellValue(this.address(sheet, a1)));
  }

  /** The engine's explanation of an error value (e.g. an OPS function's message naming the argument). */
  getErrorMessage(sheet: string, a1: string): string | undefined {
    const value = this.engine.getCellValue(this.address(sheet, a1));
    return typeof value === "object" && value !== null ? value.message : undefined;
  }

  /** The formula as written: `{sheet:key}` resolved to the sheet's name, table references as in the plan. */
  getFormula(sheet: string, a1: string): string | undefined {
    const { sheet: sheetId, row, col } = this.address(sheet, a1);
    return this.sheets.get(sheetId)?.formulas.get(cellKey(row, col));
  }

  getCellFormat(sheet: string, a1: string): CellFormat {
    const { sheet: sheetId, row, col } = this.address(sheet, a1);
    return (
      this.sheets.get(sheetId)?.formatting?.cellFormat({ row, column: col }) ?? { input: false }
    );
  }

  /** Tab colour, freeze panes, widths, print setup, formats, validations, … as the plan gave them. */
  sheetMetadata(sheet: string): SheetMetadata | undefined {
    return this.sheets.get(this.sheetId(sheet))?.formatting?.metadata;
  }

  /** Rows and columns from A1 to the last cell with content. */
  sheetSize(sheet: string): { rows: number; columns: number } {
    const { width, height } = this.engine.getSheetDimensions(this.sheetId(sheet));
    return { rows: height, columns: width };
  }

  definedNames(): DefinedNameInfo[] {
    return this.names.map(({ name, sheet, ref }) =>
      sheet === undefined ? { name, ref } : { name, sheet, ref }
    );
  }

  /** A user's edit: the value replaces what the cell held (a formula too); dependants recompute. */
  setCellValue(sheet: string, a1: string, value: CellValue): void {
    const address = this.address(sheet, a1);
    this.engine.setCellContents(address, literalContent(value));
    this.sheets.get(address.sheet)?.formulas.delete(cellKey(address.row, address.col));
  }

  /** A formula typed into a cell (table references allowed); one the engine cannot read is refused. */
  setCellFormula(sheet: string, a1: string, formula: string): void {
    const address = this.address(sheet, a1);
    const sheetName = this.engine.getSheetName(address.sheet)!;
    let engineText: string;
    try {
      engineText = structuredReferencesToA1(
        formula,
        (name) => this.tables.get(name.toLowerCase()),
        {
          sheet: sheetName,
          row: address.row,
          column: address.col,
        }
      );
    } catch (error) {
      throw new WorkbookError("applyFailed", (error as Error).message, error);
    }
    if (!formula.startsWith("=") || !this.engine.validateFormula(engineText)) {
      throw new WorkbookError(
        "applyFailed",
        `"${formula}" is not a formula the workbook can read.`
      );
    }
    this.engine.setCellContents(address, engineText);
    this.sheets.get(address.sheet)?.formulas.set(cellKey(address.row, address.col), formula);
  }

  /** Computed values by plan sheet key, for the xlsx writer's cached results. */
  computedValues(result: ApplyResult): ComputedValues {
    return {
      get: (sheetKey, row, column) => {
        const sheet = result.sheetNames[sheetKey];
        if (sheet === undefined)
          throw new WorkbookError("notFound", `The plan has no sheet "${sheetKey}".`);
        return computedValue(
          this.engine.getCellValue({ sheet: this.sheetId(sheet), row, col: column })
        );
      },
    };
  }

  /** Frees the engine's memory; the workbook is unusable afterwards. */
  dispose(): void {
    this.engine.destroy();
  }

  // ── Applying a plan ─────────────────────────────────────────────────────────────────────────────

  /** What a plan must fit around (fitPlanToWorkbook.ts). */
  private existingItems(): ExistingItems {
    const workbookNames = this.names.filter((name) => name.sheet === undefined);
    const nameSheets = new Map<string, string>();
    for (const name of workbookNames) {
      const sheet = referencedSheet(name.ref);
      if (sheet !== undefined) nameSheets.set(name.name.toLowerCase(), sheet);
    }
    return {
      sheets: this.engine.getSheetNames(),
      names: workbookNames.map((name) => name.name),
      tables: Array.from(this.tables.values(), (table) => table.name),
      nameSheets,
    };
  }

  private buildPlan(
    { plan, sheetNames, replacements, repointedNames }: FittedPlan,
    { onProgress }: ApplyOptions,
    additions: Additions
  ): ApplyResult {
    const total = plan.sheets.length + 2;
    onProgress?.(0, total);
    const tables = planTables(plan, sheetNames);
    const names = planNames(plan, sheetNames);
    const repointed = planNames({ sheets: plan.sheets, names: repointedNames }, sheetNames).map(
      (definition) => ({ definition, existing: this.workbookName(definition.name) })
    );
    const findTable = (name: string) =>
      tables.get(name.toLowerCase()) ?? this.tables.get(name.toLowerCase());

    const contents = plan.sheets.map((sheet, index): SheetContent => {
      const sheetName = sheetNames.get(sheet.key)!;
      const content = sheetContent(sheet, (formula, at) => {
        const text = resolveSheetReferences(formula, sheetNames);
        return {
          text,
          engineText: structuredReferencesToA1(text, findTable, { sheet: sheetName, ...at }),
        };
      });
      onProgress?.(index + 1, total);
      return content;
    });

    // Sheets first, then names, then cells, so every reference finds what it points at; one evaluation.
    const sheetIds = new Map<string, number>();
    const replacedIds = new Map<string, number>();
    const built = this.isEmpty() && this.buildInOneCall(plan, sheetNames, contents, names);
    if (built) {
      plan.sheets.forEach((sheet, id) => {
        additions.sheetIds.push(id);
        sheetIds.set(sheet.key, id);
      });
      for (const definition of names) {
        additions.names.push({ name: definition.name, scopeId: definition.scopeId });
      }
    } else
      this.engine.batch(() => {
        // The old versions step aside first, so the new sheets can take their names.
        for (const [key, { replaced, backup }] of replacements) {
          const sheetId = this.sheetId(replaced);
          this.engine.renameSheet(sheetId, backup);
          additions.renamed.push({ sheetId, from: replaced });
          replacedIds.set(key, sheetId);
        }
        for (const sheet of plan.sheets) {
          const name = this.engine.addSheet(sheetNames.get(sheet.key));
          const sheetId = this.sheetId(name);
          additions.sheetIds.push(sheetId);
          sheetIds.set(sheet.key, sheetId);
        }
        for (const definition of names) {
          const scopeId =
            definition.sheet === undefined ? undefined : this.sheetId(definition.sheet);
          this.engine.addNamedExpression(definition.name, `=${definition.ref}`, scopeId);
          additions.names.push({ name: definition.name, scopeId });
          definition.scopeId = scopeId;
        }
        for (const { definition, existing } of repointed) {
          this.engine.changeNamedExpression(existing.name, `=${definition.ref}`);
          additions.repointed.push({ name: existing.name, expression: `=${existing.ref}` });
        }
        plan.sheets.forEach((sheet, index) =>
          this.engine.setSheetContent(sheetIds.get(sheet.key)!, contents[index].grid)
        );
      });
    plan.sheets.forEach((sheet, index) =>
      this.refuseUnreadableFormulas(sheetIds.get(sheet.key)!, contents[index].formulas)
    );
    onProgress?.(total - 1, total);

    // Nothing below can fail: the workbook's own records change only once the engine holds the plan.
    for (const { sheetId, from } of additions.renamed)
      this.recordRename(from, this.engine.getSheetName(sheetId)!);
    for (const { definition, existing } of repointed) existing.ref = definition.ref;
    for (const sheet of plan.sheets)
      this.placeTab(sheetIds.get(sheet.key)!, replacedIds.get(sheet.key));
    plan.sheets.forEach((sheet, index) => {
      const formatting = SheetFormatting.fromPlan(sheet, (formula) =>
        resolveSheetReferences(formula, sheetNames)
      );
      this.sheets.set(sheetIds.get(sheet.key)!, { formulas: contents[index].formulas, formatting });
    });
    for (const [lowerName, table] of tables) this.tables.set(lowerName, table);
    this.names.push(...names);
    onProgress?.(total, total);
    const previousVersions = Array.from(replacements, ([key, { backup }]) => [key, backup]);
    return {
      sheetNames: Object.fromEntries(sheetNames),
      ...(previousVersions.length > 0
        ? { previousVersions: Object.fromEntries(previousVersions) }
        : {}),
    };
  }

  /** Nothing applied or loaded yet: the engine holds only its TRUE/FALSE constants. */
  private isEmpty(): boolean {
    return this.engine.getSheetNames().length === 0 && this.names.length === 0;
  }

  /**
   * The first plan into an empty workbook: a new engine from whole sheets (engine.ts), replacing the
   * empty one. False when the sheets' ids would not follow plan order (then the caller goes cell by cell).
   */
  private buildInOneCall(
    plan: WorkbookPlan,
    sheetNames: ReadonlyMap<string, string>,
    contents: readonly SheetContent[],
    names: NameDefinition[]
  ): boolean {
    const order = plan.sheets.map((sheet) => sheetNames.get(sheet.key)!);
    const idOf = (name: string) => order.findIndex((n) => n.toLowerCase() === name.toLowerCase());
    for (const definition of names)
      definition.scopeId = definition.sheet === undefined ? undefined : idOf(definition.sheet);
    let engine: HyperFormula;
    try {
      engine = buildExcelCompatibleEngine(
        order.map((name, index) => ({ name, grid: contents[index].grid })),
        names.map((definition) => ({
          name: definition.name,
          expression: `=${definition.ref}`,
          ...(definition.scopeId === undefined ? {} : { scope: definition.scopeId }),
        }))
      );
    } catch (error) {
      if (!(error instanceof SheetOrderError)) throw error;
      return false;
    }
    this.engine.destroy();
    this.engine = engine;
    return true;
  }

  /** The workbook-scope name `name` (any case); fitPlanToWorkbook only re-points names that exist. */
  private workbookName(name: string): NameDefinition {
    const lower = name.toLowerCase();
    const found = this.names.find((n) => n.sheet === undefined && n.name.toLowerCase() === lower);
    if (!found) throw new Error(`The workbook has no name "${name}" to re-point.`);
    return found;
  }

  /** The written formula texts, names and tables follow a renamed sheet, as Excel's do. */
  private recordRename(from: string, to: string): void {
    const lower = from.toLowerCase();
    for (const state of this.sheets.values()) {
      for (const [key, text] of state.formulas)
        state.formulas.set(key, renameSheetInFormula(text, from, to));
    }
    for (const name of this.names) {
      name.ref = renameSheetInFormula(name.ref, from, to);
      if (name.sheet?.toLowerCase() === lower) name.sheet = to;
    }
    for (const table of this.tables.values())
      if (table.sheet.toLowerCase() === lower) table.sheet = to;
  }

  /**
   * A new sheet goes last (called in plan order), except one that replaces a sheet: it takes that
   * sheet's tab, and the old version, hidden, sits right after it. An active replaced sheet hands over.
   */
  private placeTab(id: number, replaced: number | undefined): void {
    if (replaced === undefined) {
      this.tabOrder.push(id);
      return;
    }
    this.tabOrder.splice(this.tabOrder.indexOf(replaced), 0, id);
    this.hidden.add(replaced);
    if (this.activeSheetId === replaced) this.activeSheetId = id;
  }

  /** Excel refuses a formula it cannot parse; the engine stores it as an error, so it is checked here. */
  private refuseUnreadableFormulas(sheetId: number, formulas: ReadonlyMap<number, string>): void {
    for (const [key, text] of formulas) {
      const { row, column } = cellOfKey(key);
      const value = this.engine.getCellValue({ sheet: sheetId, row, col: column });
      if (isParseError(value)) {
        const where = `${this.engine.getSheetName(sheetId)}!${cellA1({ row, column })}`;
        throw new WorkbookError(
          "applyFailed",
          `The formula ${text} in ${where} cannot be read: ${value.message}`
        );
      }
    }
  }

  /** Removes what a failed apply added, names before the sheets they may be scoped to. */
  private takeBack(additions: Additions): void {
    for (const { name, scopeId } of additions.names.reverse()) {
      try {
        this.engine.removeNamedExpression(name, scopeId);
      } catch {
        // already gone with its sheet, or never fully added
      }
    }
    for (const sheetId of additions.sheetIds.reverse()) {
      try {
        this.engine.removeSheet(sheetId);
      } catch {
        // never fully added
      }
    }
    // Only after the new sheets are gone are the old names free again; then the names find the old sheets.
    for (const { sheetId, from } of additions.renamed.reverse())
      this.engine.renameSheet(sheetId, from);
    for (const { name, expression } of additions.repointed.reverse())
      this.engine.changeNamedExpression(name, expression);
  }

  // ── Reading ─────────────────────────────────────────────────────────────────────────────────────

  private rangeValues(sheetId: number, range: RangeAddress): CellValue[][] {
    const values = this.engine.getRangeValues({
      start: { sheet: sheetId, row: range.start.row, col: range.start.column },
      end: { sheet: sheetId, row: range.end.row, col: range.end.column },
    });
    return values.map((row) => row.map(plainValue));
  }

  /** The rectangle from the first to the last cell with content, or undefined for an empty sheet. */
  private usedRange(sheetId: number): RangeAddress | undefined {
    const values = this.engine.getSheetValues(sheetId);
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        top = Math.min(top, r);
        bottom = r;
        left = Math.min(left, c);
        right = Math.max(right, c);
      })
    );
    return bottom < 0
      ? undefined
      : { start: { row: top, column: left }, end: { row: bottom, column: right } };
  }

  /** A range read as data, as a file is read: the header found below any title lines, a total row left out. */
  private rangeData(sheetId: number, range: RangeAddress): TableData {
    const sheet = this.engine.getSheetName(sheetId)!;
    const table = tableFromRange(this.rangeValues(sheetId, range), range.start);
    if (!table) throw new WorkbookError("empty", `${sheet}!${rangeA1(range)} has no data.`);
    const address = rangeA1(table.range);
    const data = this.tableData(`${sheet}!${address}`, table.header, table.rows, {
      kind: "range",
      sheet,
      address,
    });
    return { ...data, rowNumbers: table.rowNumbers, notes: table.notes };
  }

  private tableData(
    source: string,
    header: string[],
    rows: CellValue[][],
    origin: TableOrigin
  ): TableData {
    if (!rows.some((row) => row.some((cell) => cell !== null))) {
      throw new WorkbookError("empty", `${source} has no data below its header.`);
    }
    return { source, header, rows, origin };
  }

  // ── Addresses ───────────────────────────────────────────────────────────────────────────────────

  private sheetId(name: string): number {
    const id = this.engine.getSheetId(name);
    if (id === undefined) throw new WorkbookError("notFound", `There is no sheet named "${name}".`);
    return id;
  }

  private activeId(): number {
    if (
      this.activeSheetId !== undefined &&
      this.engine.getSheetName(this.activeSheetId) !== undefined
    )
      return this.activeSheetId;
    const first = this.tabOrder.find((id) => !this.hidden.has(id)) ?? this.tabOrder[0];
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
      this.tables.has(lower) || this.names.some((existing) => existing.name.toLowerCase() === lower)
    );
  }
}

/** The (fitted) plan's tables where they will be, by lower-case name. */
function planTables(
  plan: WorkbookPlan,
  sheetNames: ReadonlyMap<string, string>
): Map<string, TableLocation> {
  const tables = new Map<string, TableLocation>();
  for (const sheet of plan.sheets) {
    for (const table of sheet.tables ?? []) {
      const range = parseRange(table.range)!;
      const header = Array.from({ length: range.end.column - range.start.column + 1 }, (_, c) =>
        planLiteralAt(sheet.blocks, range.start.row, range.start.column + c)
      );
      tables.set(table.name.toLowerCase(), {
        name: table.name,
        sheet: sheetNames.get(sheet.key)!,
        range,
        columns: tableColumnNames(header),
        showTotals: table.showTotals,
      });
    }
  }
  return tables;
}

/** The (fitted) plan's defined names with final sheet names. */
function planNames(plan: WorkbookPlan, sheetNames: ReadonlyMap<string, string>): NameDefinition[] {
  return (plan.names ?? []).map((name) => {
    const ref = `${quoteSheetName(sheetNames.get(name.sheet)!)}!${absoluteRangeA1(parseRange(name.range)!)}`;
    const localTo = localSheetKey(name);
    return localTo === undefined
      ? { name: name.name, ref }
      : { name: name.name, sheet: sheetNames.get(localTo)!, ref };
  });
}

/** A literal plan cell (for table headers); formulas and blanks count as blank. */
function planLiteralAt(blocks: readonly CellBlock[], row: number, column: number): CellValue {
  for (const block of blocks) {
    const anchor = parseCell(block.anchor);
    if (!anchor) continue;
    const cell = block.rows[row - anchor.row]?.[column - anchor.column];
    if (cell !== undefined) return typeof cell === "object" && cell !== null ? null : cell;
  }
  return null;
}
