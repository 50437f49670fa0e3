/**
 * A typed in-memory fake of the slice of Office.js (Excel) the adapter uses.
 *
 * Typed: every fake class declares the Office.js members it stands in for — `implements Pick<Excel.X, …>`
 * for data members (exact types) and `MembersOf<Excel.X, …>` for methods and navigation members (real
 * names, real parameters, the fake's own return types) — so a misspelt member fails to compile, unlike
 * office-addin-mock, which accepts any name.
 *
 * Faithful where the adapter could go wrong: calls are queued and only take effect at sync(), in order;
 * properties read before load()+sync() throw; a call that fails rejects the sync with the calls before it
 * already applied (Excel batches are not transactions); a protected sheet refuses writes; a formula naming
 * a missing sheet or table is refused; text input is parsed as Excel parses typed input (pessimistically:
 * "=…", "+…", "@…", "-A1", leading blanks before "=", numbers, dates, TRUE become formulas and values unless
 * prefixed with an apostrophe). It measures every request's JSON size and refuses requests and responses
 * over 5 MB and reads of more than 5,000,000 cells, like Excel on the web. `failOnSyncs` makes chosen syncs
 * fail after applying half of their calls.
 */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  parseRange,
  rangeA1,
  rangeSize,
  rangesOverlap,
  type RangeAddress,
} from "../../src/plan/a1";
import { BUILT_IN_TABLE_STYLES, formulaSyntaxProblem, isValidExcelNameText } from "./excelRules";

// ---------------------------------------------------------------------------------------------- typing

/** Members K of the Office.js type T, with methods taking T's parameters and returning the fake's types. */
export type MembersOf<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : unknown;
};

/** V, provided each of its members is a member of the Office.js type T (for nested plain fakes). */
export type Nav<T, V extends { [P in keyof V]: P extends keyof T ? unknown : never }> = V;

// ---------------------------------------------------------------------------------------------- limits

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const READ_CELL_LIMIT = 5_000_000;
/** What the fake charges per queued call besides its JSON arguments (an action's envelope). */
export const FAKE_ENVELOPE_BYTES = 60;

export class FakeOfficeError extends Error {
  readonly debugInfo: { errorLocation: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation = ""
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { errorLocation };
  }
}

function utf8Bytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? "null", "utf8");
}

// ---------------------------------------------------------------------------------------------- cells

export type CellInput = string | number | boolean;

export interface FakeCell {
  /** Exactly what range.formulas / range.values received ("" = blank). */
  input: CellInput;
  numberFormat?: string;
}

export type CellContent =
  | { kind: "blank" }
  | { kind: "text"; text: string; quotePrefix: boolean }
  | { kind: "number"; value: number }
  | { kind: "boolean"; value: boolean }
  | { kind: "error"; value: string }
  | { kind: "formula"; formula: string };

const NUMBER_LIKE = /^[-+]?(?:[$¥€£]\s?)?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][-+]?\d+)?%?$/;
const DATE_OR_TIME_LIKE =
  /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?|\d{1,2}:\d{2}(?::\d{2})?)$/;
const ERROR_LITERAL = /^#(?:N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/i;

/** How Excel stores a typed input — modelled pessimistically (anything that might be evaluated is). */
export function cellContent(input: CellInput | undefined): CellContent {
  if (input === undefined || input === "") return { kind: "blank" };
  if (typeof input === "number") return { kind: "number", value: input };
  if (typeof input === "boolean") return { kind: "boolean", value: input };
  if (input.startsWith("'")) return { kind: "text", text: input.slice(1), quotePrefix: true };
  // eslint-disable-next-line no-control-regex -- leading control characters are what it skips
  const trimmed = input.replace(/^[\s\u0000-\u001f]+/, "");
  const digits = trimmed
    .replace(/[\uFF10-\uFF19]/g, (d) => String(d.charCodeAt(0) - 0xff10))
    .replace(/^\uFF0D/, "-");
  if (/\d/.test(digits) && (NUMBER_LIKE.test(digits) || DATE_OR_TIME_LIKE.test(digits))) {
    return { kind: "number", value: Number(digits.replace(/[$¥€£,%\s]/g, "")) };
  }
  if (/^[=+@\-\uFF1D\uFF0B\uFF20\uFF0D]/.test(trimmed))
    return { kind: "formula", formula: trimmed };
  if (/^(?:true|false)$/i.test(trimmed))
    return { kind: "boolean", value: trimmed.toLowerCase() === "true" };
  if (ERROR_LITERAL.test(trimmed)) return { kind: "error", value: trimmed.toUpperCase() };
  return { kind: "text", text: input, quotePrefix: false };
}

/** range.valueTypes by content (a formula reads as 0, so as a Double). */
const VALUE_TYPES: Record<CellContent["kind"], Excel.RangeValueType> = {
  blank: "Empty" as Excel.RangeValueType,
  text: "String" as Excel.RangeValueType,
  number: "Double" as Excel.RangeValueType,
  boolean: "Boolean" as Excel.RangeValueType,
  error: "Error" as Excel.RangeValueType,
  formula: "Double" as Excel.RangeValueType,
};

/** What range.values returns for a cell (formulas are not evaluated by the fake: 0). */
function cellValue(content: CellContent): string | number | boolean {
  switch (content.kind) {
    case "blank":
      return "";
    case "text":
      return content.text;
    case "number":
    case "boolean":
    case "error":
      return content.value;
    case "formula":
      return 0;
  }
}

const cellKey = (row: number, column: number) => row * MAX_COLUMNS + column;

// ---------------------------------------------------------------------------------------------- state

export interface FakeNameState {
  name: string;
  /** "='Sales'!$B$16" */
  formula: string;
  comment?: string;
}

export interface FakeTableState {
  name: string;
  area: RangeAddress;
  hasHeaders: boolean;
  style?: string;
  showTotals?: boolean;
}

export interface FakeChartState {
  type: string;
  source: string;
  seriesBy?: string;
  title?: string;
  position?: { start: string; end?: string };
  series: {
    name?: string;
    values: string;
    xAxisValues?: string;
    chartType?: string;
    axisGroup?: string;
    doughnutHoleSize?: number;
  }[];
  legend?: { visible?: boolean; position?: string };
  dataLabels?: { showPercentage?: boolean; showValue?: boolean };
  /** Keyed "Value/Primary", "Category/Primary", "Value/Secondary" … */
  axes?: Record<string, { numberFormat?: string; title?: string }>;
}

/** Generated read-only content for huge sheets (a million-row used range without a million-entry map). */
export interface VirtualContent {
  rows: number;
  columns: number;
  valueAt(row: number, column: number): string | number | boolean;
}

export class FakeSheetState {
  readonly cells = new Map<number, FakeCell>();
  readonly formats = new Map<string, Excel.Interfaces.RangeFormatData>();
  readonly validations = new Map<string, Excel.Interfaces.DataValidationData>();
  readonly conditionalFormats: { range: string; format: Excel.Interfaces.ConditionalFormatData }[] =
    [];
  readonly names: FakeNameState[] = [];
  readonly tables: FakeTableState[] = [];
  readonly charts: FakeChartState[] = [];
  freeze?: { rows?: number; columns?: number; range?: string };
  readonly pageLayout: Excel.Interfaces.PageLayoutData = {};
  printTitleRows?: string;
  protection: {
    protected: boolean;
    options?: Excel.WorksheetProtectionOptions;
    password?: string;
  } = { protected: false };
  tabColor = "";
  visibility: `${Excel.SheetVisibility}` = "Visible";
  virtual?: VirtualContent;

  /** Like Excel's worksheet ids: stable, unlike names. */
  readonly id = `{${Math.random().toString(16).slice(2, 10).toUpperCase()}-FAKE}`;

  constructor(public name: string) {}

  input(address: string): CellInput | undefined {
    const area = parseAddress(address);
    return this.cells.get(cellKey(area.start.row, area.start.column))?.input;
  }

  content(address: string): CellContent {
    return cellContent(this.input(address));
  }

  numberFormat(address: string): string | undefined {
    const area = parseAddress(address);
    return this.cells.get(cellKey(area.start.row, area.start.column))?.numberFormat;
  }

  contentAt(row: number, column: number): CellContent {
    if (this.virtual) {
      return row < this.virtual.rows && column < this.virtual.columns
        ? cellContent(this.virtual.valueAt(row, column))
        : { kind: "blank" };
    }
    return cellContent(this.cells.get(cellKey(row, column))?.input);
  }

  /** Bounding box of non-blank cells, or undefined for an empty sheet. */
  usedArea(): RangeAddress | undefined {
    if (this.virtual)
      return {
        start: { row: 0, column: 0 },
        end: { row: this.virtual.rows - 1, column: this.virtual.columns - 1 },
      };
    let area: RangeAddress | undefined;
    for (const [key, cell] of this.cells) {
      if (cell.input === "") continue;
      const row = Math.floor(key / MAX_COLUMNS);
      const column = key % MAX_COLUMNS;
      area = area
        ? {
            start: {
              row: Math.min(area.start.row, row),
              column: Math.min(area.start.column, column),
            },
            end: { row: Math.max(area.end.row, row), column: Math.max(area.end.column, column) },
          }
        : { start: { row, column }, end: { row, column } };
    }
    return area;
  }

  /** Everything, as plain data, for before/after comparisons. */
  serialise(): unknown {
    return JSON.parse(
      JSON.stringify({
        name: this.name,
        cells: [...this.cells.entries()].sort((a, b) => a[0] - b[0]),
        formats: [...this.formats.entries()],
        validations: [...this.validations.entries()],
        conditionalFormats: this.conditionalFormats,
        names: this.names,
        tables: this.tables,
        charts: this.charts,
        freeze: this.freeze ?? null,
        pageLayout: this.pageLayout,
        printTitleRows: this.printTitleRows ?? null,
        protection: this.protection,
        tabColor: this.tabColor,
        visibility: this.visibility,
      })
    );
  }
}

/** "B2", "B2:D10", a whole column "E:E" or whole rows "3:4". */
export function parseAddress(address: string): RangeAddress {
  const columns = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i.exec(address);
  if (columns) {
    const first = parseRange(`${columns[1]}1:${columns[2]}1`);
    if (first) return { start: first.start, end: { row: MAX_ROWS - 1, column: first.end.column } };
  }
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(address);
  if (rows)
    return {
      start: { row: Number(rows[1]) - 1, column: 0 },
      end: { row: Number(rows[2]) - 1, column: MAX_COLUMNS - 1 },
    };
  const area = parseRange(address);
  if (!area)
    throw new FakeOfficeError(
      "InvalidArgument",
      `"${address}" is not a range address.`,
      "Worksheet.getRange"
    );
  return area;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function absolute(area: RangeAddress): string {
  return rangeA1(area).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

/** A formula reference to `sheet` ('Sales 销售'! or Sales!); string literals are not told apart, which the tests avoid. */
function sheetReference(sheet: string): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const quoted = escape(`'${sheet.replace(/'/g, "''")}'!`);
  return new RegExp(`${quoted}|(?<![A-Za-z0-9_.'])${escape(sheet)}!`, "gi");
}

/** What Excel does to every formula and name when a sheet is renamed: they follow the sheet. */
function followRename(excel: FakeExcel, from: string, to: string): void {
  const pattern = sheetReference(from);
  const replacement = `${quoteSheet(to)}!`;
  for (const sheet of excel.sheets) {
    for (const cell of sheet.cells.values())
      if (typeof cell.input === "string" && cell.input.startsWith("="))
        cell.input = cell.input.replace(pattern, replacement);
  }
  for (const name of excel.allNames()) name.formula = name.formula.replace(pattern, replacement);
}

interface Located {
  sheet: FakeSheetState;
  area: RangeAddress;
  /** The address as the caller gave it ("E:E"), the key formats are recorded under. */
  key: string;
}

// ---------------------------------------------------------------------------------------------- the fake

interface QueuedCall {
  label: string;
  bytes: number;
  /** Returns the response bytes it produced (loads). */
  apply: () => number | void;
}

export interface ValueRead {
  address: string;
  rows: number;
  columns: number;
  bytes: number;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  calls: number;
  suspendedCalculation: boolean;
  /** The calls of the request in order, e.g. "Worksheet.getRange", "Range.formulas". */
  labels: string[];
  reads: ValueRead[];
  failed: boolean;
}

export class FakeExcel {
  readonly sheets: FakeSheetState[] = [];
  readonly names: FakeNameState[] = [];
  readonly syncs: SyncRecord[] = [];
  readonly calculations: string[] = [];
  /** 1-based sync numbers that fail after applying half of their calls. */
  failOnSyncs = new Set<number>();
  /** Runs before a request is applied: what a co-author does meanwhile. */
  beforeSync?: (syncNumber: number) => void;
  activeSheet = "";
  selection?: { sheet: string; address: string };
  runs = 0;
  /** The request being applied (flush), for calls that record per-sync facts. */
  currentSync?: SyncRecord;
  private tableCounter = 0;

  /**
   * Known Office.js failures to model, off by default: on Mac, worksheet.names throws InvalidSelection
   * while the user views another workbook (office-js#6365); on the web, a worksheet proxy used after it
   * renamed its sheet fails "Invalid sheet" (office-js#3218).
   */
  readonly quirks = { macSheetNames: false, webRenamedSheetProxy: false };

  /** Custom table styles the workbook defines (lower-case), besides the built-in ones. */
  readonly customTableStyles = new Set<string>();

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const name of sheetNames) this.sheets.push(new FakeSheetState(name));
    this.activeSheet = sheetNames[0] ?? "";
  }

  /** Excel.run's shape: a fresh context per batch; what is still queued at the end is synced. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runs++;
    const context = new FakeRequestContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pendingCalls > 0) await context.sync();
    return result;
  };

  get syncCount(): number {
    return this.syncs.length;
  }

  /** Every range.values read of a successful sync: where and how big. */
  get valueReads(): ValueRead[] {
    return this.syncs.filter((sync) => !sync.failed).flatMap((sync) => sync.reads);
  }

  sheet(name: string): FakeSheetState {
    const sheet = this.findSheet(name);
    if (!sheet)
      throw new Error(
        `The fake workbook has no sheet "${name}" (it has ${this.sheets.map((s) => s.name).join(", ")}).`
      );
    return sheet;
  }

  /** By name (any case) or id, as WorksheetCollection.getItem looks sheets up. */
  findSheet(key: string): FakeSheetState | undefined {
    return this.sheets.find(
      (sheet) => sheet.id === key || sheet.name.toLowerCase() === key.toLowerCase()
    );
  }

  /** Test setup: writes inputs directly (no request), e.g. pre-existing user data. */
  seed(sheetName: string, anchor: string, rows: CellInput[][]): void {
    const sheet = this.findSheet(sheetName) ?? this.addSheetState(sheetName);
    const start = parseAddress(anchor).start;
    rows.forEach((row, r) =>
      row.forEach((input, c) =>
        sheet.cells.set(cellKey(start.row + r, start.column + c), { input })
      )
    );
  }

  seedTable(sheetName: string, name: string, address: string): void {
    this.sheet(sheetName).tables.push({ name, area: parseAddress(address), hasHeaders: true });
  }

  seedName(name: string, sheetName: string, address: string): void {
    this.names.push({
      name,
      formula: `=${quoteSheet(sheetName)}!${absolute(parseAddress(address))}`,
    });
  }

  addSheetState(name: string): FakeSheetState {
    const sheet = new FakeSheetState(name);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Workbook names and every sheet's local names. */
  allNames(): FakeNameState[] {
    return [...this.names, ...this.sheets.flatMap((sheet) => sheet.names)];
  }

  allTables(): FakeTableState[] {
    return this.sheets.flatMap((sheet) => sheet.tables);
  }

  nextTableName(): string {
    return `Table${++this.tableCounter}`;
  }

  /** The whole workbook as plain data: compare before and after a failed build. */
  snapshot(): unknown {
    return {
      sheets: this.sheets.map((sheet) => sheet.serialise()),
      names: JSON.parse(JSON.stringify(this.names)),
    };
  }

  /** Executes one request: all of it, half of it (failOnSyncs), or none (over the payload limit). */
  flush(calls: QueuedCall[]): void {
    const number = this.syncs.length + 1;
    this.beforeSync?.(number);
    const requestBytes = calls.reduce((sum, call) => sum + call.bytes, 0);
    const record: SyncRecord = {
      requestBytes,
      responseBytes: 0,
      calls: calls.length,
      suspendedCalculation: false,
      labels: calls.map((call) => call.label),
      reads: [],
      failed: true,
    };
    this.syncs.push(record);
    if (requestBytes > PAYLOAD_LIMIT_BYTES) {
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `Request ${number} is ${requestBytes} bytes, over 5 MB.`
      );
    }
    const failing = this.failOnSyncs.has(number);
    const applied = failing ? Math.floor(calls.length / 2) : calls.length;
    this.currentSync = record;
    for (const call of calls.slice(0, applied)) {
      try {
        record.responseBytes += call.apply() ?? 0;
      } catch (error) {
        if (error instanceof FakeOfficeError && !error.debugInfo.errorLocation)
          error.debugInfo.errorLocation = call.label;
        throw error;
      }
    }
    if (record.responseBytes > PAYLOAD_LIMIT_BYTES) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `Response ${number} is ${record.responseBytes} bytes, over 5 MB.`
      );
    }
    if (failing)
      throw new FakeOfficeError(
        "GeneralException",
        `Simulated failure of sync ${number}.`,
        calls[applied]?.label ?? ""
      );
    record.failed = false;
  }
}

// ---------------------------------------------------------------------------------------------- context

export class FakeRequestContext implements MembersOf<
  Excel.RequestContext,
  "workbook" | "application" | "sync"
> {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  private queue: QueuedCall[] = [];

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
  }

  get pendingCalls(): number {
    return this.queue.length;
  }

  enqueue(label: string, args: unknown[], apply: () => number | void): void {
    this.queue.push({ label, bytes: FAKE_ENVELOPE_BYTES + utf8Bytes(args), apply });
  }

  async sync(): Promise<void> {
    const calls = this.queue;
    this.queue = [];
    this.excel.flush(calls);
  }
}

/** Load state shared by the fake client objects: values appear only when a sync has run the load. */
abstract class FakeClientObject {
  private readonly loadedValues = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(protected readonly ctx: FakeRequestContext) {}

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded(this.constructor.name, "isNullObject");
    return this.nullState;
  }

  protected setNull(isNull: boolean): void {
    this.nullState = isNull;
  }

  protected loadedValue<T>(property: string): T {
    if (!this.loadedValues.has(property)) throw notLoaded(this.constructor.name, property);
    return this.loadedValues.get(property) as T;
  }

  protected storeLoaded(property: string, value: unknown): void {
    this.loadedValues.set(property, value);
  }

  /** Queues a load; `fill` runs at sync and returns the response bytes. */
  protected queueLoad(
    label: string,
    properties: string[],
    fill: (properties: string[]) => number
  ): void {
    this.ctx.enqueue(`${label}.load`, [properties.join(",")], () => fill(properties));
  }
}

function notLoaded(owner: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `${owner}.${property} was read before load() and sync().`
  );
}

function splitProperties(properties: string | string[]): string[] {
  return (Array.isArray(properties) ? properties : properties.split(","))
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * An object of data members K of the Office.js type T whose assignments are queued and, at sync, stored
 * into `record()` under the same names (the Excel.Interfaces.*Data shapes use the same member names).
 */
function recorded<T, K extends keyof T & string, E extends object = object>(
  ctx: FakeRequestContext,
  owner: string,
  keys: readonly K[],
  record: () => object,
  guard: () => void = () => undefined,
  extra: E = {} as E
): Pick<T, K> & E {
  const object = extra as Pick<T, K> & E;
  const lastSet = new Map<string, unknown>();
  for (const key of keys) {
    Object.defineProperty(object, key, {
      enumerable: true,
      get: () => {
        if (!lastSet.has(key)) throw notLoaded(owner, key);
        return lastSet.get(key);
      },
      set: (value: unknown) => {
        lastSet.set(key, value);
        ctx.enqueue(`${owner}.${key}`, [value], () => {
          guard();
          (record() as Record<string, unknown>)[key] = value;
        });
      },
    });
  }
  return object;
}

function asFakeRange(range: Excel.Range | string, sheet: () => FakeSheetState): FakeRange | string {
  if (typeof range === "string") return range;
  if (range instanceof FakeRange) return range;
  throw new Error(`Not a fake range: ${String(range)} (on ${sheet().name})`);
}

// ---------------------------------------------------------------------------------------------- application & workbook

export class FakeApplication implements MembersOf<
  Excel.Application,
  "suspendApiCalculationUntilNextSync" | "calculate"
> {
  constructor(private readonly ctx: FakeRequestContext) {}

  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue("Application.suspendApiCalculationUntilNextSync", [], () => {
      if (this.ctx.excel.currentSync) this.ctx.excel.currentSync.suspendedCalculation = true;
    });
  }

  calculate(calculationType: Excel.CalculationType | "Recalculate" | "Full" | "FullRebuild"): void {
    this.ctx.enqueue(
      "Application.calculate",
      [calculationType],
      () => void this.ctx.excel.calculations.push(calculationType)
    );
  }
}

export class FakeWorkbook implements MembersOf<
  Excel.Workbook,
  "worksheets" | "names" | "tables" | "getSelectedRange" | "getActiveCell"
> {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly tables: FakeTableCollection;

  constructor(private readonly ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx, undefined);
    this.tables = new FakeTableCollection(ctx, undefined);
  }

  getSelectedRange(): FakeRange {
    const excel = this.ctx.excel;
    return new FakeRange(this.ctx, "Workbook.getSelectedRange", [], () => {
      if (!excel.selection)
        throw new FakeOfficeError("InvalidSelection", "The current selection is not a range.");
      const sheet = excel.sheet(excel.selection.sheet);
      return { sheet, area: parseAddress(excel.selection.address), key: excel.selection.address };
    });
  }

  /** The selection's top-left cell (Excel's active cell is inside the selection; the fake takes its corner). */
  getActiveCell(): FakeRange {
    const excel = this.ctx.excel;
    return new FakeRange(this.ctx, "Workbook.getActiveCell", [], () => {
      if (!excel.selection)
        throw new FakeOfficeError("InvalidSelection", "The current selection is not a range.");
      const sheet = excel.sheet(excel.selection.sheet);
      const { start } = parseAddress(excel.selection.address);
      return { sheet, area: { start, end: start }, key: rangeA1({ start, end: start }) };
    });
  }
}

// ---------------------------------------------------------------------------------------------- worksheets

const FORBIDDEN_SHEET_CHARACTERS = /[[\]:*?/\\]/;

/** Excel's rules for a new or changed sheet name; `self` is the sheet being renamed. */
function checkSheetName(excel: FakeExcel, wanted: string, self: FakeSheetState | undefined): void {
  if (
    wanted.length === 0 ||
    Array.from(wanted).length > 31 ||
    FORBIDDEN_SHEET_CHARACTERS.test(wanted) ||
    /^'|'$/.test(wanted) ||
    // Excel reserves "History" (any case) for its change-tracking sheet.
    wanted.toLowerCase() === "history"
  ) {
    throw new FakeOfficeError("InvalidArgument", `"${wanted}" is not a valid sheet name.`);
  }
  const holder = excel.findSheet(wanted);
  if (holder && holder !== self)
    throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${wanted}" already exists.`);
}

/** Excel keeps at least one sheet visible: it refuses to hide or delete the last one. */
function checkOtherVisible(excel: FakeExcel, sheet: FakeSheetState, what: string): void {
  if (!excel.sheets.some((other) => other !== sheet && other.visibility === "Visible"))
    throw new FakeOfficeError("InvalidOperation", `Cannot ${what} the last visible sheet.`);
}

export class FakeWorksheetCollection
  extends FakeClientObject
  implements
    MembersOf<Excel.WorksheetCollection, "add" | "getItem" | "getItemOrNullObject" | "items">
{
  private loadedItems?: FakeWorksheet[];

  add(name?: string): FakeWorksheet {
    const excel = this.ctx.excel;
    const state = new FakeSheetState(name ?? `Sheet${excel.sheets.length + 1}`);
    this.ctx.enqueue("WorksheetCollection.add", [name], () => {
      checkSheetName(excel, state.name, undefined);
      excel.sheets.push(state);
    });
    return new FakeWorksheet(
      this.ctx,
      () => (excel.sheets.includes(state) ? state : undefined),
      false
    );
  }

  getItem(key: string): FakeWorksheet {
    return this.item(key, false);
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return this.item(key, true);
  }

  private item(key: string, orNull: boolean): FakeWorksheet {
    const excel = this.ctx.excel;
    const sheet = new FakeWorksheet(this.ctx, () => excel.findSheet(key), orNull);
    sheet.queueResolve(
      orNull ? "WorksheetCollection.getItemOrNullObject" : "WorksheetCollection.getItem",
      key
    );
    return sheet;
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw notLoaded("WorksheetCollection", "items");
    return this.loadedItems;
  }

  load(properties: string | string[]): this {
    this.queueLoad("WorksheetCollection", splitProperties(properties), (paths) => {
      const excel = this.ctx.excel;
      this.loadedItems = excel.sheets.map((state) => {
        const sheet = new FakeWorksheet(
          this.ctx,
          () => (excel.sheets.includes(state) ? state : undefined),
          false
        );
        sheet.fill(paths.map((path) => path.replace(/^items\//, "")));
        return sheet;
      });
      return utf8Bytes(excel.sheets.map((s) => s.name));
    });
    return this;
  }
}

export class FakeWorksheet
  extends FakeClientObject
  implements
    Pick<Excel.Worksheet, "id" | "name" | "tabColor" | "visibility" | "position">,
    MembersOf<
      Excel.Worksheet,
      | "getRange"
      | "getRangeByIndexes"
      | "getUsedRangeOrNullObject"
      | "names"
      | "tables"
      | "charts"
      | "freezePanes"
      | "pageLayout"
      | "protection"
      | "activate"
      | "delete"
      | "isNullObject"
    >
{
  readonly names: FakeNamedItemCollection;
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;
  readonly protection: FakeWorksheetProtection;
  private pendingTabColor?: string;

  constructor(
    ctx: FakeRequestContext,
    private readonly locate: () => FakeSheetState | undefined,
    private readonly orNull: boolean
  ) {
    super(ctx);
    const state = () => this.state();
    this.names = new FakeNamedItemCollection(ctx, state);
    this.tables = new FakeTableCollection(ctx, state);
    this.charts = new FakeChartCollection(ctx, state);
    this.freezePanes = new FakeFreezePanes(ctx, state);
    this.pageLayout = new FakePageLayout(ctx, state);
    this.protection = new FakeWorksheetProtection(ctx, state);
  }

  /** Set once this proxy has renamed its sheet (quirks.webRenamedSheetProxy). */
  private renamedThrough = false;

  /** The sheet this proxy stands for, at sync time; a missing sheet fails the request. */
  state(): FakeSheetState {
    if (this.renamedThrough)
      throw new FakeOfficeError(
        "ItemNotFound",
        "Invalid sheet. The worksheet that you requested does not exist in the workbook."
      );
    const sheet = this.locate();
    if (!sheet) throw new FakeOfficeError("ItemNotFound", "The worksheet does not exist.");
    return sheet;
  }

  queueResolve(label: string, key: string): void {
    this.ctx.enqueue(label, [key], () => {
      const found = this.locate() !== undefined;
      if (!found && !this.orNull)
        throw new FakeOfficeError("ItemNotFound", `There is no sheet "${key}".`);
      this.setNull(!found);
    });
  }

  fill(properties: string[]): void {
    const sheet = this.locate();
    this.setNull(!sheet);
    if (sheet && properties.includes("name")) this.storeLoaded("name", sheet.name);
    if (sheet && properties.includes("id")) this.storeLoaded("id", sheet.id);
    if (sheet && properties.includes("visibility"))
      this.storeLoaded("visibility", sheet.visibility);
    if (sheet && properties.includes("position"))
      this.storeLoaded("position", this.ctx.excel.sheets.indexOf(sheet));
  }

  get id(): string {
    return this.loadedValue("id");
  }

  get name(): string {
    return this.loadedValue("name");
  }

  /** Renaming: formulas and names that refer to the sheet follow it, as in Excel. */
  set name(name: string) {
    this.ctx.enqueue("Worksheet.name", [name], () => {
      const sheet = this.state();
      checkSheetName(this.ctx.excel, name, sheet);
      const from = sheet.name;
      sheet.name = name;
      followRename(this.ctx.excel, from, name);
      if (this.ctx.excel.activeSheet === from) this.ctx.excel.activeSheet = name;
      if (this.ctx.excel.quirks.webRenamedSheetProxy) this.renamedThrough = true;
    });
  }

  get visibility(): Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden" {
    return this.loadedValue("visibility");
  }

  set visibility(visibility: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden") {
    this.ctx.enqueue("Worksheet.visibility", [visibility], () => {
      const sheet = this.state();
      if (visibility !== "Visible") checkOtherVisible(this.ctx.excel, sheet, "hide");
      sheet.visibility = visibility;
    });
  }

  get position(): number {
    return this.loadedValue("position");
  }

  /** Moves the tab: the sheets between the old and the new position shift by one. */
  set position(position: number) {
    this.ctx.enqueue("Worksheet.position", [position], () => {
      const sheets = this.ctx.excel.sheets;
      const sheet = this.state();
      if (!Number.isInteger(position) || position < 0 || position >= sheets.length)
        throw new FakeOfficeError("InvalidArgument", `Position ${position} is out of range.`);
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(position, 0, sheet);
    });
  }

  get tabColor(): string {
    return this.pendingTabColor ?? this.loadedValue("tabColor");
  }

  set tabColor(color: string) {
    this.pendingTabColor = color;
    this.ctx.enqueue("Worksheet.tabColor", [color], () => void (this.state().tabColor = color));
  }

  getRange(address = "A1:XFD1048576"): FakeRange {
    // Parsed at the first sync that uses the range (a bad address fails that request), then kept.
    let area: RangeAddress | undefined;
    return new FakeRange(this.ctx, "Worksheet.getRange", [address], () => ({
      sheet: this.state(),
      area: (area ??= parseAddress(address)),
      key: address,
    }));
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): FakeRange {
    const area = {
      start: { row: startRow, column: startColumn },
      end: { row: startRow + rowCount - 1, column: startColumn + columnCount - 1 },
    };
    return new FakeRange(
      this.ctx,
      "Worksheet.getRangeByIndexes",
      [startRow, startColumn, rowCount, columnCount],
      () => ({
        sheet: this.state(),
        area,
        key: rangeA1(area),
      })
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.ctx,
      "Worksheet.getUsedRangeOrNullObject",
      [valuesOnly],
      () => {
        const sheet = this.state();
        const area = sheet.usedArea();
        return area ? { sheet, area, key: rangeA1(area) } : undefined;
      },
      true
    );
  }

  activate(): void {
    this.ctx.enqueue(
      "Worksheet.activate",
      [],
      () => void (this.ctx.excel.activeSheet = this.state().name)
    );
  }

  delete(): void {
    this.ctx.enqueue("Worksheet.delete", [], () => {
      const excel = this.ctx.excel;
      const sheet = this.state();
      checkOtherVisible(excel, sheet, "delete");
      excel.sheets.splice(excel.sheets.indexOf(sheet), 1);
      // Names that referred to the deleted sheet now refer to nothing, as in Excel.
      const pattern = sheetReference(sheet.name);
      for (const name of excel.allNames()) name.formula = name.formula.replace(pattern, "#REF!");
    });
  }

  load(properties: string | string[]): this {
    this.queueLoad("Worksheet", splitProperties(properties), (paths) => {
      this.fill(paths);
      return 32;
    });
    return this;
  }
}

export class FakeFreezePanes implements MembersOf<
  Excel.WorksheetFreezePanes,
  "freezeAt" | "freezeRows" | "freezeColumns"
> {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly sheet: () => FakeSheetState
  ) {}

  freezeAt(frozenRange: Excel.Range | string): void {
    const range = asFakeRange(frozenRange, this.sheet);
    this.ctx.enqueue("WorksheetFreezePanes.freezeAt", [range], () => {
      this.sheet().freeze = {
        range: typeof range === "string" ? range : rangeA1(range.located().area),
      };
    });
  }

  freezeRows(count?: number): void {
    this.ctx.enqueue(
      "WorksheetFreezePanes.freezeRows",
      [count],
      () => void (this.sheet().freeze = { rows: count ?? 1 })
    );
  }

  freezeColumns(count?: number): void {
    this.ctx.enqueue(
      "WorksheetFreezePanes.freezeColumns",
      [count],
      () => void (this.sheet().freeze = { columns: count ?? 1 })
    );
  }
}

export class FakePageLayout
  implements
    Pick<Excel.PageLayout, "orientation" | "paperSize" | "zoom">,
    MembersOf<Excel.PageLayout, "setPrintTitleRows">
{
  private readonly data: Pick<Excel.PageLayout, "orientation" | "paperSize" | "zoom">;

  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly sheet: () => FakeSheetState
  ) {
    this.data = recorded<Excel.PageLayout, "orientation" | "paperSize" | "zoom">(
      ctx,
      "PageLayout",
      ["orientation", "paperSize", "zoom"],
      () => sheet().pageLayout
    );
  }

  get orientation() {
    return this.data.orientation;
  }
  set orientation(value) {
    this.data.orientation = value;
  }
  get paperSize() {
    return this.data.paperSize;
  }
  set paperSize(value) {
    this.data.paperSize = value;
  }
  get zoom() {
    return this.data.zoom;
  }
  /**
   * PageLayoutZoomOptions documents fit-to counts as page numbers (or null when a scale is used) and a
   * scale of 10–400; the fake refuses anything else, such as 0 pages.
   */
  set zoom(value) {
    this.data.zoom = value;
    const { horizontalFitToPages: wide, verticalFitToPages: tall, scale } = value ?? {};
    const pages = (n: number | undefined) =>
      n === undefined || n === null || (Number.isInteger(n) && n >= 1);
    if (!pages(wide) || !pages(tall) || (scale !== undefined && !(scale >= 10 && scale <= 400)))
      this.ctx.enqueue("PageLayout.zoom (refused)", [value], () => {
        throw new FakeOfficeError("InvalidArgument", `Zoom ${JSON.stringify(value)} is not valid.`);
      });
  }

  setPrintTitleRows(printTitleRows: Excel.Range | string): void {
    const range = asFakeRange(printTitleRows, this.sheet);
    this.ctx.enqueue("PageLayout.setPrintTitleRows", [range], () => {
      this.sheet().printTitleRows = typeof range === "string" ? range : range.located().key;
    });
  }
}

export class FakeWorksheetProtection implements MembersOf<Excel.WorksheetProtection, "protect"> {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly sheet: () => FakeSheetState
  ) {}

  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this.ctx.enqueue("WorksheetProtection.protect", [options, password], () => {
      const sheet = this.sheet();
      if (sheet.protection.protected)
        throw new FakeOfficeError(
          "InvalidOperation",
          `Sheet "${sheet.name}" is protected already.`
        );
      sheet.protection = { protected: true, options, password };
    });
  }
}

// ---------------------------------------------------------------------------------------------- ranges

export class FakeRange
  extends FakeClientObject
  implements
    Pick<
      Excel.Range,
      | "formulas"
      | "values"
      | "valueTypes"
      | "numberFormat"
      | "address"
      | "rowIndex"
      | "columnIndex"
      | "rowCount"
      | "columnCount"
    >,
    MembersOf<
      Excel.Range,
      | "format"
      | "dataValidation"
      | "conditionalFormats"
      | "worksheet"
      | "getSurroundingRegion"
      | "getCell"
      | "isNullObject"
    >
{
  private pending: { formulas?: unknown[][]; values?: unknown[][]; numberFormat?: unknown[][] } =
    {};

  constructor(
    ctx: FakeRequestContext,
    label: string,
    args: unknown[],
    private readonly locate: () => Located | undefined,
    orNull = false
  ) {
    super(ctx);
    // Creating a range is an action of its own (getRange, getUsedRange …), resolved at sync.
    ctx.enqueue(label, args, () => {
      const found = this.locate();
      if (!found && !orNull) throw new FakeOfficeError("ItemNotFound", `${label}: no such range.`);
      this.setNull(!found);
    });
  }

  located(): Located {
    const found = this.locate();
    if (!found) throw new FakeOfficeError("ItemNotFound", "The range does not exist.");
    return found;
  }

  toJSON(): string {
    return "<range>";
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.ctx, this);
  }

  get dataValidation(): Pick<
    Excel.DataValidation,
    "rule" | "prompt" | "errorAlert" | "ignoreBlanks"
  > {
    return recorded<Excel.DataValidation, "rule" | "prompt" | "errorAlert" | "ignoreBlanks">(
      this.ctx,
      "DataValidation",
      ["rule", "prompt", "errorAlert", "ignoreBlanks"],
      () => {
        const { sheet, key } = this.located();
        const record = sheet.validations.get(key) ?? {};
        sheet.validations.set(key, record);
        return record;
      },
      () => this.writable()
    );
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.ctx, this);
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.located().sheet, false);
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.ctx, "Range.getCell", [row, column], () => {
      const { sheet, area } = this.located();
      const cell = { row: area.start.row + row, column: area.start.column + column };
      return { sheet, area: { start: cell, end: cell }, key: rangeA1({ start: cell, end: cell }) };
    });
  }

  getSurroundingRegion(): FakeRange {
    return new FakeRange(this.ctx, "Range.getSurroundingRegion", [], () => {
      const { sheet, area } = this.located();
      const region = surroundingRegion(sheet, area.start.row, area.start.column);
      return { sheet, area: region, key: rangeA1(region) };
    });
  }

  /** The sheet must not be protected for cell writes and format changes. */
  writable(): Located {
    const found = this.located();
    if (found.sheet.protection.protected) {
      throw new FakeOfficeError(
        "AccessDenied",
        `Sheet "${found.sheet.name}" is protected; ${found.key} cannot be changed.`
      );
    }
    return found;
  }

  get formulas(): unknown[][] {
    return this.pending.formulas ?? this.loadedValue("formulas");
  }

  set formulas(rows: unknown[][]) {
    this.pending.formulas = rows;
    this.ctx.enqueue("Range.formulas", [rows], () => this.writeInputs(rows));
  }

  get values(): unknown[][] {
    return this.pending.values ?? this.loadedValue("values");
  }

  set values(rows: unknown[][]) {
    this.pending.values = rows;
    this.ctx.enqueue("Range.values", [rows], () => this.writeInputs(rows));
  }

  get valueTypes(): Excel.RangeValueType[][] {
    return this.loadedValue("valueTypes");
  }

  get numberFormat(): unknown[][] {
    return this.pending.numberFormat ?? this.loadedValue("numberFormat");
  }

  set numberFormat(rows: unknown[][]) {
    this.pending.numberFormat = rows;
    this.ctx.enqueue("Range.numberFormat", [rows], () => {
      const { sheet, area } = this.writable();
      this.checkShape(rows, area);
      rows.forEach((row, r) =>
        row.forEach((code, c) => {
          const key = cellKey(area.start.row + r, area.start.column + c);
          sheet.cells.set(key, {
            ...(sheet.cells.get(key) ?? { input: "" }),
            numberFormat: String(code),
          });
        })
      );
    });
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }

  load(properties: string | string[]): this {
    this.queueLoad("Range", splitProperties(properties), (paths) => this.fill(paths));
    return this;
  }

  private fill(paths: string[]): number {
    const found = this.locate();
    this.setNull(!found);
    if (!found) return 0;
    const { sheet, area } = found;
    const { rows, columns } = rangeSize(area);
    let bytes = 0;
    for (const path of paths) {
      let value: unknown;
      if (path === "address") value = `${quoteSheet(sheet.name)}!${rangeA1(area)}`;
      else if (path === "rowIndex") value = area.start.row;
      else if (path === "columnIndex") value = area.start.column;
      else if (path === "rowCount") value = rows;
      else if (path === "columnCount") value = columns;
      else if (path === "values") {
        if (rows * columns > READ_CELL_LIMIT) {
          throw new FakeOfficeError(
            "ResponsePayloadSizeLimitExceeded",
            `Reading ${rows * columns} cells at once exceeds the 5,000,000-cell limit.`
          );
        }
        value = Array.from({ length: rows }, (_, r) =>
          Array.from({ length: columns }, (_, c) =>
            cellValue(sheet.contentAt(area.start.row + r, area.start.column + c))
          )
        );
        const read = utf8Bytes(value);
        this.ctx.excel.currentSync?.reads.push({
          address: rangeA1(area),
          rows,
          columns,
          bytes: read,
        });
        bytes += read;
        this.storeLoaded(path, value);
        continue;
      } else if (path === "formulas" || path === "valueTypes") {
        // formulas: what was typed (a formula's text, else the value); valueTypes as Excel names them.
        value = Array.from({ length: rows }, (_, r) =>
          Array.from({ length: columns }, (_, c) => {
            const row = area.start.row + r;
            const column = area.start.column + c;
            const content = sheet.contentAt(row, column);
            if (path === "valueTypes") return VALUE_TYPES[content.kind];
            return content.kind === "formula" ? content.formula : cellValue(content);
          })
        );
      } else throw new Error(`The fake cannot load Range.${path}.`);
      bytes += utf8Bytes(value);
      this.storeLoaded(path, value);
    }
    return bytes;
  }

  private checkShape(rows: unknown[][], area: RangeAddress): void {
    const { rows: height, columns: width } = rangeSize(area);
    if (
      !Array.isArray(rows) ||
      rows.length !== height ||
      rows.some((row) => !Array.isArray(row) || row.length !== width)
    ) {
      throw new FakeOfficeError(
        "InvalidArgument",
        `A ${height}×${width} range was given data of another shape.`
      );
    }
  }

  /**
   * Cell writes: on a protected sheet only to cells whose format was unlocked before (Excel refuses a
   * change to a locked cell of a protected sheet, and allows the unlocked input cells).
   */
  private writableCells(): Located {
    const found = this.located();
    if (!found.sheet.protection.protected) return found;
    const unlocking = [...found.sheet.formats].flatMap(([key, record]) =>
      record.protection?.locked === undefined
        ? []
        : [{ area: parseAddress(key), locked: record.protection.locked }]
    );
    const { start, end } = found.area;
    for (let row = start.row; row <= end.row; row++) {
      for (let column = start.column; column <= end.column; column++) {
        const cell = { start: { row, column }, end: { row, column } };
        // The last format that covers the cell decides; cells start locked.
        const last = unlocking.filter((entry) => rangesOverlap(entry.area, cell)).pop();
        if (last?.locked !== false) {
          throw new FakeOfficeError(
            "AccessDenied",
            `Sheet "${found.sheet.name}" is protected; ${rangeA1(cell)} is locked.`
          );
        }
      }
    }
    return found;
  }

  private writeInputs(rows: unknown[][]): void {
    const { sheet, area } = this.writableCells();
    this.checkShape(rows, area);
    const excel = this.ctx.excel;
    rows.forEach((row, r) =>
      row.forEach((input, c) => {
        if (input === null) return; // Office.js leaves the cell as it is
        if (typeof input !== "string" && typeof input !== "number" && typeof input !== "boolean") {
          throw new FakeOfficeError(
            "InvalidArgument",
            `Cell input ${String(input)} is not text, a number or a boolean.`
          );
        }
        if (typeof input === "string") checkTextInput(excel, input);
        const key = cellKey(area.start.row + r, area.start.column + c);
        sheet.cells.set(key, { ...sheet.cells.get(key), input });
      })
    );
  }
}

/** Excel's own refusals for a typed input: too long, or a formula naming a sheet or table that is not there. */
function checkTextInput(excel: FakeExcel, input: string): void {
  const content = cellContent(input);
  if (content.kind === "text" && content.text.length > 32_767) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `Text of ${content.text.length} characters exceeds 32,767.`
    );
  }
  if (content.kind !== "formula") return;
  if (content.formula.length > 8_192)
    throw new FakeOfficeError("FormulaLengthExceedsLimit", "The formula is too long.");
  const problem = formulaSyntaxProblem(content.formula);
  if (problem)
    throw new FakeOfficeError(
      "InvalidArgument",
      `The formula ${content.formula} cannot be parsed: ${problem}.`
    );
  const code = content.formula.replace(/"(?:[^"]|"")*"/g, '""');
  const sheetNames = [
    ...[...code.matchAll(/'((?:[^']|'')+)'!/g)].map((match) => match[1].replace(/''/g, "'")),
    // Unquoted sheet names (Sales!A1), not a table's [#This Row] or a quoted name's tail.
    ...[
      ...code
        .replace(/'(?:[^']|'')+'!/g, "")
        .matchAll(/(?<![\p{L}\p{Nd}_.\\\]#])([\p{L}_\\][\p{L}\p{Nd}_.\\]*)!/gu),
    ].map((match) => match[1]),
  ];
  for (const sheet of sheetNames) {
    if (!excel.findSheet(sheet))
      throw new FakeOfficeError(
        "InvalidArgument",
        `The formula ${content.formula} refers to a missing sheet "${sheet}".`
      );
  }
  // Looked up only for a formula that names a table: most formulas do not, and a workbook of hundreds of
  // sheets would otherwise list every table once per written formula.
  let tables: Set<string> | undefined;
  for (const match of code
    .replace(/'(?:[^']|'')+'!/g, "")
    .matchAll(/([A-Za-z_\\][A-Za-z0-9_.\\]*)\[/g)) {
    tables ??= new Set(excel.allTables().map((table) => table.name.toLowerCase()));
    if (!tables.has(match[1].toLowerCase())) {
      throw new FakeOfficeError(
        "InvalidArgument",
        `The formula ${content.formula} refers to a missing table "${match[1]}".`
      );
    }
  }
}

/** The region around a cell bounded by blank rows and columns (Range.getSurroundingRegion). */
function surroundingRegion(sheet: FakeSheetState, row: number, column: number): RangeAddress {
  if (sheet.virtual) return sheet.usedArea() ?? { start: { row, column }, end: { row, column } };
  const filled = (r: number, c: number) =>
    r >= 0 && c >= 0 && sheet.contentAt(r, c).kind !== "blank";
  let area: RangeAddress = { start: { row, column }, end: { row, column } };
  for (let grown = true; grown;) {
    grown = false;
    const { start, end } = area;
    const ring = (r0: number, r1: number, c0: number, c1: number) => {
      for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) if (filled(r, c)) return true;
      return false;
    };
    if (start.row > 0 && ring(start.row - 1, start.row - 1, start.column - 1, end.column + 1))
      ((area = { ...area, start: { ...area.start, row: start.row - 1 } }), (grown = true));
    else if (ring(end.row + 1, end.row + 1, start.column - 1, end.column + 1))
      ((area = { ...area, end: { ...area.end, row: end.row + 1 } }), (grown = true));
    else if (
      start.column > 0 &&
      ring(start.row - 1, end.row + 1, start.column - 1, start.column - 1)
    )
      ((area = { ...area, start: { ...area.start, column: start.column - 1 } }), (grown = true));
    else if (ring(start.row - 1, end.row + 1, end.column + 1, end.column + 1))
      ((area = { ...area, end: { ...area.end, column: end.column + 1 } }), (grown = true));
  }
  return area;
}

// ---------------------------------------------------------------------------------------------- formats

export class FakeRangeFormat
  implements
    Pick<Excel.RangeFormat, "horizontalAlignment" | "wrapText" | "columnWidth">,
    MembersOf<Excel.RangeFormat, "font" | "fill" | "borders" | "protection">
{
  private readonly own: Pick<Excel.RangeFormat, "horizontalAlignment" | "wrapText" | "columnWidth">;
  private readonly data: () => Excel.Interfaces.RangeFormatData;
  private readonly guard: () => void;
  // The navigation objects are made on first use, as Office.js makes its proxies: the adapter touches a
  // few of them per range, and building all of them for every range.format made the fake slow.
  private fontProxy?: Pick<Excel.RangeFont, "bold" | "italic" | "size" | "color">;
  private fillProxy?: Pick<Excel.RangeFill, "color">;
  private protectionProxy?: Pick<Excel.FormatProtection, "locked">;

  constructor(
    private readonly ctx: FakeRequestContext,
    range: FakeRange
  ) {
    this.data = () => {
      const { sheet, key } = range.located();
      const record = sheet.formats.get(key) ?? {};
      sheet.formats.set(key, record);
      return record;
    };
    this.guard = () => void range.writable();
    this.own = recorded<Excel.RangeFormat, "horizontalAlignment" | "wrapText" | "columnWidth">(
      ctx,
      "RangeFormat",
      ["horizontalAlignment", "wrapText", "columnWidth"],
      this.data,
      this.guard
    );
  }

  get font(): Pick<Excel.RangeFont, "bold" | "italic" | "size" | "color"> {
    return (this.fontProxy ??= recorded<Excel.RangeFont, "bold" | "italic" | "size" | "color">(
      this.ctx,
      "RangeFont",
      ["bold", "italic", "size", "color"],
      () => (this.data().font ??= {}),
      this.guard
    ));
  }

  get fill(): Pick<Excel.RangeFill, "color"> {
    return (this.fillProxy ??= recorded<Excel.RangeFill, "color">(
      this.ctx,
      "RangeFill",
      ["color"],
      () => (this.data().fill ??= {}),
      this.guard
    ));
  }

  get protection(): Pick<Excel.FormatProtection, "locked"> {
    return (this.protectionProxy ??= recorded<Excel.FormatProtection, "locked">(
      this.ctx,
      "FormatProtection",
      ["locked"],
      () => (this.data().protection ??= {}),
      this.guard
    ));
  }

  get borders(): Nav<
    Excel.RangeBorderCollection,
    { getItem(index: Excel.BorderIndex | string): Pick<Excel.RangeBorder, "style" | "weight"> }
  > {
    const { ctx, data, guard } = this;
    return {
      getItem: (index) =>
        recorded<Excel.RangeBorder, "style" | "weight">(
          ctx,
          `RangeBorder(${index})`,
          ["style", "weight"],
          () => {
            const borders = (data().borders ??= []);
            const found = borders.find((border) => border.sideIndex === index);
            if (found) return found;
            const border: Excel.Interfaces.RangeBorderData = {
              sideIndex: index as Excel.BorderIndex,
            };
            borders.push(border);
            return border;
          },
          guard
        ),
    };
  }

  get horizontalAlignment() {
    return this.own.horizontalAlignment;
  }
  set horizontalAlignment(value) {
    this.own.horizontalAlignment = value;
  }
  get wrapText() {
    return this.own.wrapText;
  }
  set wrapText(value) {
    this.own.wrapText = value;
  }
  get columnWidth() {
    return this.own.columnWidth;
  }
  set columnWidth(value) {
    this.own.columnWidth = value;
  }
}

type FakeConditionalRangeFormat = Nav<
  Excel.ConditionalRangeFormat,
  {
    fill: Pick<Excel.ConditionalRangeFill, "color">;
    font: Pick<Excel.ConditionalRangeFont, "color">;
  }
>;

export class FakeConditionalFormatCollection implements MembersOf<
  Excel.ConditionalFormatCollection,
  "add"
> {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly range: FakeRange
  ) {}

  add(
    type:
      | Excel.ConditionalFormatType
      | "Custom"
      | "DataBar"
      | "ColorScale"
      | "IconSet"
      | "TopBottom"
      | "PresetCriteria"
      | "ContainsText"
      | "CellValue"
  ): FakeConditionalFormat {
    const record: Excel.Interfaces.ConditionalFormatData = {
      type: type as Excel.ConditionalFormatType,
    };
    this.ctx.enqueue("ConditionalFormatCollection.add", [type], () => {
      const { sheet, key } = this.range.writable();
      sheet.conditionalFormats.push({ range: key, format: record });
    });
    return new FakeConditionalFormat(this.ctx, record);
  }
}

export class FakeConditionalFormat implements MembersOf<
  Excel.ConditionalFormat,
  "dataBar" | "colorScale" | "iconSet" | "cellValue" | "custom"
> {
  readonly dataBar: Nav<
    Excel.DataBarConditionalFormat,
    { positiveFormat: Pick<Excel.ConditionalDataBarPositiveFormat, "fillColor"> }
  >;
  readonly colorScale: Pick<Excel.ColorScaleConditionalFormat, "criteria">;
  readonly iconSet: Pick<Excel.IconSetConditionalFormat, "style">;
  readonly cellValue: Pick<Excel.CellValueConditionalFormat, "rule"> &
    Nav<Excel.CellValueConditionalFormat, { format: FakeConditionalRangeFormat }>;
  readonly custom: Nav<
    Excel.CustomConditionalFormat,
    { rule: Pick<Excel.ConditionalFormatRule, "formula">; format: FakeConditionalRangeFormat }
  >;

  constructor(ctx: FakeRequestContext, record: Excel.Interfaces.ConditionalFormatData) {
    const rangeFormat = (
      owner: () => { format?: Excel.Interfaces.ConditionalRangeFormatData }
    ): FakeConditionalRangeFormat => ({
      fill: recorded<Excel.ConditionalRangeFill, "color">(
        ctx,
        "ConditionalRangeFill",
        ["color"],
        () => ((owner().format ??= {}).fill ??= {})
      ),
      font: recorded<Excel.ConditionalRangeFont, "color">(
        ctx,
        "ConditionalRangeFont",
        ["color"],
        () => ((owner().format ??= {}).font ??= {})
      ),
    });
    this.dataBar = {
      positiveFormat: recorded<Excel.ConditionalDataBarPositiveFormat, "fillColor">(
        ctx,
        "ConditionalDataBarPositiveFormat",
        ["fillColor"],
        () => ((record.dataBar ??= {}).positiveFormat ??= {})
      ),
    };
    this.colorScale = recorded<Excel.ColorScaleConditionalFormat, "criteria">(
      ctx,
      "ColorScaleConditionalFormat",
      ["criteria"],
      () => (record.colorScale ??= {})
    );
    this.iconSet = recorded<Excel.IconSetConditionalFormat, "style">(
      ctx,
      "IconSetConditionalFormat",
      ["style"],
      () => (record.iconSet ??= {})
    );
    this.cellValue = recorded<
      Excel.CellValueConditionalFormat,
      "rule",
      { format: FakeConditionalRangeFormat }
    >(ctx, "CellValueConditionalFormat", ["rule"], () => (record.cellValue ??= {}), undefined, {
      format: rangeFormat(() => (record.cellValue ??= {})),
    });
    this.custom = {
      rule: recorded<Excel.ConditionalFormatRule, "formula">(
        ctx,
        "ConditionalFormatRule",
        ["formula"],
        () => ((record.custom ??= {}).rule ??= {})
      ),
      format: rangeFormat(() => (record.custom ??= {})),
    };
  }
}

// ---------------------------------------------------------------------------------------------- names

/** Where a name's formula points when it is one sheet's cell or range ("='Sales 销售'!$B$16"). */
function namedRange(excel: FakeExcel, formula: string): Located | undefined {
  const match = /^=(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(
    formula
  );
  if (!match) return undefined;
  const sheet = excel.findSheet(match[1]?.replace(/''/g, "'") ?? match[2]);
  if (!sheet) return undefined;
  const key = match[3].replace(/\$/g, "");
  return { sheet, area: parseAddress(key), key };
}

function checkNameText(name: string, what: "defined name" | "table name"): void {
  if (!isValidExcelNameText(name))
    throw new FakeOfficeError("InvalidArgument", `"${name}" is not a valid ${what}.`);
}

export class FakeNamedItemCollection
  extends FakeClientObject
  implements
    MembersOf<Excel.NamedItemCollection, "add" | "getItem" | "getItemOrNullObject" | "items">
{
  private loadedItems?: FakeNamedItem[];

  /** `sheet` undefined: the workbook's names. */
  constructor(
    ctx: FakeRequestContext,
    private readonly sheet: (() => FakeSheetState) | undefined
  ) {
    super(ctx);
  }

  private list(): FakeNameState[] {
    if (this.sheet && this.ctx.excel.quirks.macSheetNames)
      throw new FakeOfficeError(
        "InvalidSelection",
        "The current selection is invalid for this operation."
      );
    return this.sheet ? this.sheet().names : this.ctx.excel.names;
  }

  add(name: string, reference: Excel.Range | string, comment?: string): FakeNamedItem {
    const target = asFakeRange(reference, () => this.sheet?.() ?? this.ctx.excel.sheets[0]);
    this.ctx.enqueue("NamedItemCollection.add", [name, target, comment], () => {
      checkNameText(name, "defined name");
      const list = this.list();
      if (list.some((item) => item.name.toLowerCase() === name.toLowerCase())) {
        throw new FakeOfficeError("ItemAlreadyExists", `The name "${name}" already exists.`);
      }
      const lower = name.toLowerCase();
      if (
        this.ctx.excel.sheets.some((sheet) =>
          sheet.tables.some((table) => table.name.toLowerCase() === lower)
        )
      ) {
        throw new FakeOfficeError("ItemAlreadyExists", `"${name}" is already a table name.`);
      }
      const formula =
        typeof target === "string"
          ? target
          : `=${quoteSheet(target.located().sheet.name)}!${absolute(target.located().area)}`;
      list.push({ name, formula, ...(comment !== undefined ? { comment } : {}) });
    });
    return new FakeNamedItem(
      this.ctx,
      () => this.list().find((item) => item.name === name),
      () => this.list()
    );
  }

  getItem(name: string): FakeNamedItem {
    const item = new FakeNamedItem(
      this.ctx,
      () => this.list().find((entry) => entry.name.toLowerCase() === name.toLowerCase()),
      () => this.list()
    );
    this.ctx.enqueue("NamedItemCollection.getItem", [name], () => {
      item.resolve();
      if (item.isNullObject)
        throw new FakeOfficeError("ItemNotFound", `There is no name "${name}".`);
    });
    return item;
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    const item = new FakeNamedItem(
      this.ctx,
      () => this.list().find((entry) => entry.name.toLowerCase() === name.toLowerCase()),
      () => this.list()
    );
    this.ctx.enqueue("NamedItemCollection.getItemOrNullObject", [name], () => item.resolve());
    return item;
  }

  get items(): FakeNamedItem[] {
    if (!this.loadedItems) throw notLoaded("NamedItemCollection", "items");
    return this.loadedItems;
  }

  load(properties: string | string[]): this {
    this.queueLoad("NamedItemCollection", splitProperties(properties), () => {
      const list = this.list();
      this.loadedItems = list.map((state) => {
        const item = new FakeNamedItem(
          this.ctx,
          () => (list.includes(state) ? state : undefined),
          () => list
        );
        item.resolve();
        return item;
      });
      return utf8Bytes(list.map((item) => item.name));
    });
    return this;
  }
}

export class FakeNamedItem
  extends FakeClientObject
  implements
    Pick<Excel.NamedItem, "name" | "formula" | "type">,
    MembersOf<Excel.NamedItem, "delete" | "getRange" | "isNullObject">
{
  constructor(
    ctx: FakeRequestContext,
    private readonly locate: () => FakeNameState | undefined,
    private readonly list: () => FakeNameState[]
  ) {
    super(ctx);
  }

  resolve(): void {
    const found = this.locate();
    this.setNull(!found);
    if (found) {
      this.storeLoaded("name", found.name);
      this.storeLoaded("formula", found.formula);
      this.storeLoaded("type", namedRange(this.ctx.excel, found.formula) ? "Range" : "String");
    }
  }

  get type(): Excel.NamedItem["type"] {
    return this.loadedValue("type");
  }

  /** The range the name refers to; Excel refuses (InvalidArgument) when it refers to no range. */
  getRange(): FakeRange {
    return new FakeRange(this.ctx, "NamedItem.getRange", [], () => {
      const found = this.locate();
      const located = found && namedRange(this.ctx.excel, found.formula);
      if (!located)
        throw new FakeOfficeError("InvalidArgument", "The name does not refer to a range.");
      return located;
    });
  }

  get name(): string {
    return this.loadedValue("name");
  }

  get formula(): string {
    return this.loadedValue("formula");
  }

  /** Redefines what the name refers to; the text is taken as Excel parses a typed formula. */
  set formula(formula: string) {
    this.ctx.enqueue("NamedItem.formula", [formula], () => {
      const found = this.locate();
      if (!found) throw new FakeOfficeError("ItemNotFound", "The name does not exist.");
      if (!formula.startsWith("="))
        throw new FakeOfficeError("InvalidArgument", `"${formula}" is not a formula.`);
      // Excel shows a sheet name quoted only when it must be.
      found.formula = formula.replace(
        /^='((?:[^']|'')+)'!/,
        (_match, sheet: string) => `=${quoteSheet(sheet.replace(/''/g, "'"))}!`
      );
    });
  }

  delete(): void {
    this.ctx.enqueue("NamedItem.delete", [], () => {
      const found = this.locate();
      if (!found) throw new FakeOfficeError("ItemNotFound", "The name does not exist.");
      this.list().splice(this.list().indexOf(found), 1);
    });
  }
}

// ---------------------------------------------------------------------------------------------- tables

export class FakeTableCollection
  extends FakeClientObject
  implements MembersOf<Excel.TableCollection, "add" | "getItemOrNullObject" | "items">
{
  private loadedItems?: FakeTable[];

  /** `sheet` undefined: the workbook's tables. */
  constructor(
    ctx: FakeRequestContext,
    private readonly sheet: (() => FakeSheetState) | undefined
  ) {
    super(ctx);
  }

  add(address: Excel.Range | string, hasHeaders: boolean): FakeTable {
    const excel = this.ctx.excel;
    const sheetOf = () => {
      if (!this.sheet)
        throw new Error("The fake adds tables through a worksheet's tables collection.");
      return this.sheet();
    };
    const target = asFakeRange(address, sheetOf);
    const state: FakeTableState = {
      name: "",
      area: { start: { row: 0, column: 0 }, end: { row: 0, column: 0 } },
      hasHeaders,
    };
    this.ctx.enqueue("TableCollection.add", [target, hasHeaders], () => {
      // A bare address is taken on the active sheet, whichever collection add() is called on
      // (TableCollection.add: "if the address doesn't contain a sheet name, the currently-active sheet
      // is used"); a range object is added where it is.
      const sheet =
        typeof target === "string" ? excel.sheet(excel.activeSheet) : target.located().sheet;
      if (sheet.protection.protected)
        throw new FakeOfficeError("AccessDenied", `Sheet "${sheet.name}" is protected.`);
      const area = typeof target === "string" ? parseAddress(target) : target.located().area;
      if (sheet.tables.some((table) => rangesOverlap(table.area, area)))
        throw new FakeOfficeError("InvalidOperation", "Tables cannot overlap.");
      // Like Excel: blank header cells get "Column1", "Column2" …
      for (let c = area.start.column; c <= area.end.column && hasHeaders; c++) {
        const key = cellKey(area.start.row, c);
        if (cellContent(sheet.cells.get(key)?.input).kind === "blank")
          sheet.cells.set(key, { input: `Column${c - area.start.column + 1}` });
      }
      Object.assign(state, { name: excel.nextTableName(), area });
      sheet.tables.push(state);
    });
    return new FakeTable(this.ctx, () => (excel.allTables().includes(state) ? state : undefined));
  }

  getItemOrNullObject(key: string): FakeTable {
    const table = new FakeTable(this.ctx, () =>
      this.list().find((t) => t.name.toLowerCase() === key.toLowerCase())
    );
    this.ctx.enqueue("TableCollection.getItemOrNullObject", [key], () => table.fill([]));
    return table;
  }

  private list(): FakeTableState[] {
    return this.sheet ? this.sheet().tables : this.ctx.excel.allTables();
  }

  get items(): FakeTable[] {
    if (!this.loadedItems) throw notLoaded("TableCollection", "items");
    return this.loadedItems;
  }

  load(properties: string | string[]): this {
    this.queueLoad("TableCollection", splitProperties(properties), (paths) => {
      const list = this.list();
      this.loadedItems = list.map((state) => {
        const table = new FakeTable(this.ctx, () =>
          this.list().includes(state) ? state : undefined
        );
        table.fill(paths.map((path) => path.replace(/^items\//, "")));
        return table;
      });
      return utf8Bytes(list.map((table) => table.name));
    });
    return this;
  }
}

export class FakeTable
  extends FakeClientObject
  implements
    Pick<Excel.Table, "name" | "style" | "showTotals">,
    MembersOf<Excel.Table, "getRange" | "worksheet" | "isNullObject">
{
  private loadedSheet?: FakeWorksheet;

  constructor(
    ctx: FakeRequestContext,
    private readonly locate: () => FakeTableState | undefined
  ) {
    super(ctx);
  }

  private state(): FakeTableState {
    const table = this.locate();
    if (!table) throw new FakeOfficeError("ItemNotFound", "The table does not exist.");
    return table;
  }

  private sheetOfTable(): FakeSheetState {
    const table = this.state();
    const sheet = this.ctx.excel.sheets.find((s) => s.tables.includes(table));
    if (!sheet) throw new FakeOfficeError("ItemNotFound", "The table's sheet does not exist.");
    return sheet;
  }

  fill(properties: string[]): void {
    const table = this.locate();
    this.setNull(!table);
    if (!table) return;
    if (properties.includes("name")) this.storeLoaded("name", table.name);
    if (properties.includes("worksheet/name")) {
      const sheet = this.sheetOfTable();
      this.loadedSheet = new FakeWorksheet(this.ctx, () => sheet, false);
      this.loadedSheet.fill(["name"]);
    }
  }

  get name(): string {
    return this.loadedValue("name");
  }

  set name(name: string) {
    this.ctx.enqueue("Table.name", [name], () => {
      checkNameText(name, "table name");
      const excel = this.ctx.excel;
      const clash =
        excel
          .allTables()
          .some(
            (table) => table !== this.state() && table.name.toLowerCase() === name.toLowerCase()
          ) || excel.names.some((item) => item.name.toLowerCase() === name.toLowerCase());
      if (clash)
        throw new FakeOfficeError("ItemAlreadyExists", `A table or name "${name}" already exists.`);
      this.state().name = name;
    });
  }

  get style(): string {
    return this.loadedValue("style");
  }

  set style(style: string) {
    this.ctx.enqueue("Table.style", [style], () => {
      const known =
        BUILT_IN_TABLE_STYLES.has(style.toLowerCase()) ||
        this.ctx.excel.customTableStyles.has(style.toLowerCase());
      if (!known)
        throw new FakeOfficeError("InvalidArgument", `There is no table style "${style}".`);
      this.state().style = style;
    });
  }

  get showTotals(): boolean {
    return this.loadedValue("showTotals");
  }

  set showTotals(show: boolean) {
    this.ctx.enqueue("Table.showTotals", [show], () => void (this.state().showTotals = show));
  }

  get worksheet(): FakeWorksheet {
    return this.loadedSheet ?? new FakeWorksheet(this.ctx, () => this.sheetOfTable(), false);
  }

  getRange(): FakeRange {
    return new FakeRange(this.ctx, "Table.getRange", [], () => {
      const area = this.state().area;
      return { sheet: this.sheetOfTable(), area, key: rangeA1(area) };
    });
  }
}

// ---------------------------------------------------------------------------------------------- charts

export class FakeChartCollection implements MembersOf<Excel.ChartCollection, "add"> {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly sheet: () => FakeSheetState
  ) {}

  add(
    type: Parameters<Excel.ChartCollection["add"]>[0],
    sourceData: Excel.Range,
    seriesBy?: Excel.ChartSeriesBy | "Auto" | "Columns" | "Rows"
  ): FakeChart {
    const source = asFakeRange(sourceData, this.sheet);
    const state: FakeChartState = { type, source: "", seriesBy, series: [] };
    this.ctx.enqueue("ChartCollection.add", [type, source, seriesBy], () => {
      state.source = typeof source === "string" ? source : source.located().key;
      state.series.push({ values: state.source });
      this.sheet().charts.push(state);
    });
    return new FakeChart(this.ctx, state, this.sheet);
  }
}

/**
 * A chart axis. As Microsoft documents ChartAxes.getItem(type, group), the secondary value axis exists
 * only once a series is on the secondary axis group (ChartSeries.axisGroup); asking for it earlier fails.
 */
export class FakeChartAxis
  implements Pick<Excel.ChartAxis, "numberFormat">, MembersOf<Excel.ChartAxis, "title">
{
  readonly title: Pick<Excel.ChartAxisTitle, "text">;
  private pendingFormat?: string;

  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly axis: () => { numberFormat?: string; title?: string }
  ) {
    this.title = recorded<Excel.ChartAxisTitle, "text">(ctx, "ChartAxisTitle", ["text"], () => ({
      set text(value: string) {
        axis().title = value;
      },
    }));
  }

  get numberFormat(): string {
    if (this.pendingFormat === undefined) throw notLoaded("ChartAxis", "numberFormat");
    return this.pendingFormat;
  }

  set numberFormat(code: string) {
    this.pendingFormat = code;
    this.ctx.enqueue(
      "ChartAxis.numberFormat",
      [code],
      () => void (this.axis().numberFormat = code)
    );
  }
}

export class FakeChart implements MembersOf<
  Excel.Chart,
  "title" | "series" | "setPosition" | "legend" | "dataLabels" | "axes"
> {
  readonly title: Pick<Excel.ChartTitle, "text">;
  readonly legend: Pick<Excel.ChartLegend, "visible" | "position">;
  readonly dataLabels: Pick<Excel.ChartDataLabels, "showPercentage" | "showValue">;
  readonly axes: Nav<
    Excel.ChartAxes,
    {
      valueAxis: FakeChartAxis;
      categoryAxis: FakeChartAxis;
      getItem(
        type: Excel.ChartAxisType | "Invalid" | "Category" | "Value" | "Series",
        group?: Excel.ChartAxisGroup | "Primary" | "Secondary"
      ): FakeChartAxis;
    }
  >;
  readonly series: Nav<
    Excel.ChartSeriesCollection,
    {
      getItemAt(index: number): FakeChartSeries;
      add(name?: string, index?: number): FakeChartSeries;
    }
  >;

  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly state: FakeChartState,
    private readonly sheet: () => FakeSheetState
  ) {
    this.title = recorded<Excel.ChartTitle, "text">(ctx, "ChartTitle", ["text"], () => ({
      set text(value: string) {
        state.title = value;
      },
    }));
    this.series = {
      getItemAt: (index) => {
        ctx.enqueue("ChartSeriesCollection.getItemAt", [index], () => {
          if (!state.series[index])
            throw new FakeOfficeError("ItemNotFound", `The chart has no series ${index}.`);
        });
        return new FakeChartSeries(ctx, () => state.series[index], sheet, state);
      },
      add: (name) => {
        const series: FakeChartState["series"][number] = { name, values: "" };
        ctx.enqueue("ChartSeriesCollection.add", [name], () => void state.series.push(series));
        return new FakeChartSeries(ctx, () => series, sheet, state);
      },
    };
    this.legend = recorded<Excel.ChartLegend, "visible" | "position">(
      ctx,
      "ChartLegend",
      ["visible", "position"],
      () => (state.legend ??= {})
    );
    this.dataLabels = recorded<Excel.ChartDataLabels, "showPercentage" | "showValue">(
      ctx,
      "ChartDataLabels",
      ["showPercentage", "showValue"],
      () => (state.dataLabels ??= {})
    );
    const axis = (key: string) => () => ((state.axes ??= {})[key] ??= {});
    this.axes = {
      valueAxis: new FakeChartAxis(ctx, axis("Value/Primary")),
      categoryAxis: new FakeChartAxis(ctx, axis("Category/Primary")),
      getItem: (type, group = "Primary") => {
        ctx.enqueue("ChartAxes.getItem", [type, group], () => {
          if (group === "Secondary" && !state.series.some((s) => s.axisGroup === "Secondary"))
            throw new FakeOfficeError(
              "ItemNotFound",
              `The chart has no secondary ${type} axis: no series is on the secondary axis group.`
            );
        });
        return new FakeChartAxis(ctx, axis(`${type}/${group}`));
      },
    };
  }

  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    const address = (cell: Excel.Range | string) => {
      const range = asFakeRange(cell, this.sheet);
      return typeof range === "string" ? range : range.located().key;
    };
    this.ctx.enqueue("Chart.setPosition", [startCell, endCell], () => {
      this.state.position = {
        start: address(startCell),
        ...(endCell !== undefined ? { end: address(endCell) } : {}),
      };
    });
  }
}

export class FakeChartSeries
  implements
    Pick<Excel.ChartSeries, "name" | "chartType" | "axisGroup" | "doughnutHoleSize">,
    MembersOf<Excel.ChartSeries, "setValues" | "setXAxisValues">
{
  private pendingName?: string;
  private pendingType?: Excel.ChartSeries["chartType"];

  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly state: () => FakeChartState["series"][number],
    private readonly sheet: () => FakeSheetState,
    private readonly chart: FakeChartState
  ) {}

  get name(): string {
    if (this.pendingName === undefined) throw notLoaded("ChartSeries", "name");
    return this.pendingName;
  }

  set name(name: string) {
    this.pendingName = name;
    this.ctx.enqueue("ChartSeries.name", [name], () => void (this.state().name = name));
  }

  get chartType(): Excel.ChartSeries["chartType"] {
    if (this.pendingType === undefined) throw notLoaded("ChartSeries", "chartType");
    return this.pendingType;
  }

  set chartType(type: Excel.ChartSeries["chartType"]) {
    this.pendingType = type;
    this.ctx.enqueue("ChartSeries.chartType", [type], () => void (this.state().chartType = type));
  }

  private pendingGroup?: Excel.ChartSeries["axisGroup"];
  private pendingHole?: number;

  get axisGroup(): Excel.ChartSeries["axisGroup"] {
    if (this.pendingGroup === undefined) throw notLoaded("ChartSeries", "axisGroup");
    return this.pendingGroup;
  }

  set axisGroup(group: Excel.ChartSeries["axisGroup"]) {
    this.pendingGroup = group;
    this.ctx.enqueue("ChartSeries.axisGroup", [group], () => void (this.state().axisGroup = group));
  }

  get doughnutHoleSize(): number {
    if (this.pendingHole === undefined) throw notLoaded("ChartSeries", "doughnutHoleSize");
    return this.pendingHole;
  }

  /** Microsoft: "Only valid on doughnut and doughnut exploded charts. Throws an InvalidArgument error on invalid charts." */
  set doughnutHoleSize(size: number) {
    this.pendingHole = size;
    this.ctx.enqueue("ChartSeries.doughnutHoleSize", [size], () => {
      if (!/^Doughnut/.test(this.chart.type))
        throw new FakeOfficeError("InvalidArgument", `A ${this.chart.type} chart has no hole.`);
      if (size < 10 || size > 90)
        throw new FakeOfficeError("InvalidArgument", `Hole size ${size} is outside 10–90.`);
      this.state().doughnutHoleSize = size;
    });
  }

  setValues(sourceData: Excel.Range): void {
    const range = asFakeRange(sourceData, this.sheet);
    this.ctx.enqueue(
      "ChartSeries.setValues",
      [range],
      () => void (this.state().values = typeof range === "string" ? range : range.located().key)
    );
  }

  setXAxisValues(sourceData: Excel.Range): void {
    const range = asFakeRange(sourceData, this.sheet);
    this.ctx.enqueue("ChartSeries.setXAxisValues", [range], () => {
      this.state().xAxisValues = typeof range === "string" ? range : range.located().key;
    });
  }
}
