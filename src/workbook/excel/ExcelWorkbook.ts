/**
 * The workbook port over Office.js: the only module that runs Excel batches.
 *
 * applyPlan uses a constant number of context.sync() calls: (1) read the sheet, name and table names
 * already there, and fit the plan around them (fitPlanToWorkbook.ts: a second build of the same plan
 * gets its own sheets, tables and names); (2) queue the whole plan with calculation suspended and
 * sync — more requests only when the plan's writes exceed one request's budget (requestBudget.ts);
 * (3) recalculate (API calculation was suspended) and show the first new sheet. Any failed sync after
 * (1) removes what the build added.
 *
 * A rebuild in place (SheetPlan.replaces) costs no extra sync: (1) also reads the sheets' ids, tabs and
 * visibility and the names' formulas; the old sheet is renamed, the new one put in its tab and the old
 * one hidden in the request that adds the sheets; re-pointed names follow the new names. A failure puts
 * all of that back (rollback.ts).
 */
import { fitPlanToWorkbook, referencedSheet, type ExistingItems } from "../fitPlanToWorkbook";
import { localSheetKey, type WorkbookPlan } from "../../plan/types";
import { validatePlan } from "../../plan/validatePlan";
import {
  WorkbookError,
  type ApplyOptions,
  type ApplyResult,
  type CellReference,
  type ComputedValue,
  type ReadOptions,
  type SelectedCell,
  type TableData,
  type WorkbookPort,
} from "../port";
import { checkExcelLimits } from "./excelLimits";
import { sheetOf, type OperationTarget, type QueuedOperation } from "./operation";
import { planOperations } from "./planOperations";
import { describeError, errorCode } from "./officeErrors";
import { readInWindows } from "./readWindows";
import { operationBytes, packRequests, REQUEST_BUDGET_BYTES } from "./requestBudget";
import {
  buildMarkerName,
  removeCreated,
  sheetMarkerName,
  type CreatedItems,
  type ReplacedSheet,
} from "./rollback";
import { SyncCounter, type SyncStats } from "./syncCounter";
import { rangeTableData, toTableData } from "./tableData";

export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;
export type ExcelRunner = <T>(batch: ExcelBatch<T>) => Promise<T>;

export interface ExcelWorkbookOptions {
  /** Runs a batch; defaults to Excel.run, looked up only when called so importing needs no Office.js. */
  run?: ExcelRunner;
  /** Bytes one request may carry (default 4 MB, under Excel on the web's 5 MB); tests lower it. */
  requestBudgetBytes?: number;
}

export type ExcelWorkbookStats = SyncStats;

const REQUEST_OVERHEAD_BYTES = operationBytes(1);

/** What sync 1 reads: the names fitPlanToWorkbook needs, and what a rebuild in place must undo. */
interface Existing {
  items: ExistingItems;
  /** By lower-case name. */
  sheets: Map<string, Omit<ReplacedSheet, "backup">>;
  /** Workbook-scope names by lower-case name, with their formulas. */
  names: Map<string, { name: string; formula: string }>;
}

/** What a build has got to, for the message and the clean-up when it fails. */
interface BuildProgress {
  stage: string;
  /** Set once the build has chosen what it will add: from then on a failure must remove it. */
  created?: CreatedItems;
}

export class ExcelWorkbook implements WorkbookPort {
  private readonly run: ExcelRunner;
  private readonly budget: number;
  private readonly counter = new SyncCounter();

  constructor(options: ExcelWorkbookOptions = {}) {
    this.run = options.run ?? ((batch) => Excel.run(batch));
    this.budget = options.requestBudgetBytes ?? REQUEST_BUDGET_BYTES;
  }

  get stats(): ExcelWorkbookStats {
    return this.counter.stats;
  }

  async applyPlan(plan: WorkbookPlan, options: ApplyOptions = {}): Promise<ApplyResult> {
    const problems = validatePlan(plan);
    if (problems.length > 0)
      throw new WorkbookError("invalidPlan", `The plan cannot be built: ${problems.join(" ")}`);
    checkExcelLimits(plan);
    const progress: BuildProgress = { stage: "reading the workbook's sheet, name and table names" };
    try {
      return await this.batch((context) => this.build(context, plan, options, progress));
    } catch (error) {
      throw await this.failedBuild(error, progress);
    }
  }

  /** Sync 1 reads what exists; then the plan's requests; the last one recalculates and tidies up. */
  private async build(
    context: Excel.RequestContext,
    wanted: WorkbookPlan,
    options: ApplyOptions,
    progress: BuildProgress
  ): Promise<ApplyResult> {
    const existing = await this.loadExisting(context);
    const fitted = fitPlanToWorkbook(wanted, existing.items, options.locale);
    const { plan, sheetNames } = fitted;
    const replaced = new Map(
      Array.from(
        fitted.replacements,
        ([key, { replaced: name, backup }]): [string, ReplacedSheet] => [
          key,
          { ...existing.sheets.get(name.toLowerCase())!, backup },
        ]
      )
    );
    const repointed = fitted.repointedNames.map((name) => ({
      name,
      before: existing.names.get(name.name.toLowerCase())!,
    }));
    const marker = buildMarkerName();
    // Each write request also carries the suspend-calculation call.
    const budget = this.budget - REQUEST_OVERHEAD_BYTES;
    const operations = planOperations(plan, sheetNames, marker, {
      sheets: replaced,
      names: repointed.map(({ name, before }) => ({ name, existing: before.name })),
    });
    const requests = packRequests(operations, budget);
    const total = requests.length + 1;
    const target: OperationTarget = { context, sheets: new Map() };
    // The fitted plan's: a workbook name that existed is left to its owner (its copies are local).
    const workbookNames = (plan.names ?? []).filter((name) => localSheetKey(name) === undefined);
    progress.created = {
      sheets: [...sheetNames.values()],
      workbookNames: workbookNames.map((name) => name.name),
      marker,
      replaced: [...replaced.values()],
      repointed: repointed.map(({ before }) => before),
    };
    for (const [index, request] of requests.entries()) {
      progress.stage = `request ${index + 1} of ${total} (${describeRequest(request)})`;
      context.application.suspendApiCalculationUntilNextSync();
      for (const operation of request) operation.queue(target);
      this.counter.announce(request.reduce((sum, op) => sum + op.bytes, REQUEST_OVERHEAD_BYTES));
      // A sync per request only when the plan needs more than one (requestBudget.ts).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      if (!progress.created.sheetIds && target.sheets.size === plan.sheets.length) {
        const sheetIds = [...target.sheets.values()].map((sheet) => sheet.id);
        progress.created = { ...progress.created, sheetIds };
      }
      options.onProgress?.(index + 1, total);
    }
    progress.stage = `request ${total} of ${total} (recalculating and showing the first new sheet)`;
    // Calculation was suspended while writing; Excel leaves recalculating to the caller.
    context.application.calculate("Recalculate");
    sheetOf(target, plan.sheets[0].key).activate();
    // Last, so a failure before it still finds every sheet marked (rollback.ts).
    for (const index of plan.sheets.keys())
      context.workbook.names.getItem(sheetMarkerName(marker, index)).delete();
    this.counter.announce(operationBytes(2 + 2 * plan.sheets.length));
    await context.sync();
    options.onProgress?.(total, total);
    const previousVersions = Array.from(replaced, ([key, old]) => [key, old.backup]);
    return {
      sheetNames: Object.fromEntries(sheetNames),
      ...(previousVersions.length > 0
        ? { previousVersions: Object.fromEntries(previousVersions) }
        : {}),
    };
  }

  /** The error to throw for a failed build, after removing what it added. */
  private async failedBuild(error: unknown, progress: BuildProgress): Promise<WorkbookError> {
    const { created, stage } = progress;
    if (!created) {
      if (error instanceof WorkbookError) return error;
      const message = `Could not build the plan while ${stage}: ${describeError(error)}. Nothing was changed.`;
      return new WorkbookError("applyFailed", message, error);
    }
    const leftover = await this.removeCreated(created);
    const sheets = created.sheets.map((name) => `"${name}"`).join(", ");
    const outcome = leftover
      ? `Removing the partly built sheets also failed (${leftover}); please delete ${sheets} if they are still there.`
      : "The sheets and names it had added were removed; the workbook is as it was.";
    return new WorkbookError(
      "applyFailed",
      `Building ${sheets} failed at ${stage}: ${describeError(error)}. ${outcome}`,
      error
    );
  }

  async listSheets(): Promise<string[]> {
    return this.batch(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    });
  }

  async listTables(): Promise<{ name: string; sheet: string }[]> {
    return this.batch(async (context) => {
      const tables = context.workbook.tables.load("items/name,items/worksheet/name");
      await context.sync();
      return tables.items.map((table) => ({ name: table.name, sheet: table.worksheet.name }));
    });
  }

  async readTable(name: string, options: ReadOptions = {}): Promise<TableData> {
    return this.batch(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(name);
      await context.sync();
      if (table.isNullObject)
        throw new WorkbookError("notFound", `There is no table called "${name}" in this workbook.`);
      const { values } = await readInWindows(table.getRange(), context, options.onProgress);
      return toTableData(`Table ${name}`, values, { kind: "table", table: name });
    });
  }

  async readSelectionRegion(options: ReadOptions = {}): Promise<TableData> {
    return this.batch(async (context) => {
      // The region around the selection's top-left cell, bounded by blank rows and columns (Ctrl+A).
      const region = context.workbook.getSelectedRange().getSurroundingRegion();
      try {
        const { address, values } = await readInWindows(region, context, options.onProgress);
        return rangeTableData(address, values);
      } catch (error) {
        if (errorCode(error) === "InvalidSelection")
          throw new WorkbookError("notFound", "Select a cell inside your data first.", error);
        throw error;
      }
    });
  }

  async insertFormula(formula: string): Promise<void> {
    await this.batch(async (context) => {
      context.workbook.getSelectedRange().getCell(0, 0).formulas = [[formula]];
      try {
        await context.sync();
      } catch (error) {
        if (errorCode(error) === "InvalidSelection")
          throw new WorkbookError("notFound", "Select a cell to insert the formula into.", error);
        throw error;
      }
    });
  }

  /**
   * Three syncs: the active cell with the sheet and name lists, then the references that exist. A
   * reference to a missing sheet or name stays undefined instead of failing the whole read.
   */
  async readSelectedCell(
    referencesOf: (formula: string) => CellReference[]
  ): Promise<SelectedCell> {
    return this.batch(async (context) => {
      const cell = context.workbook.getActiveCell();
      cell.load("address,formulas");
      const sheet = cell.worksheet.load("name");
      const sheets = context.workbook.worksheets.load("items/name");
      const names = context.workbook.names.load("items/name,items/type");
      try {
        await context.sync();
      } catch (error) {
        if (errorCode(error) === "InvalidSelection")
          throw new WorkbookError("notFound", "Select a cell first.", error);
        throw error;
      }
      const formula = String(cell.formulas[0][0] ?? "");
      const requests = formula.startsWith("=") ? referencesOf(formula) : [];
      const sheetNames = new Map(sheets.items.map((item) => [item.name.toLowerCase(), item.name]));
      const rangeNames = new Set(
        names.items.filter((item) => item.type === "Range").map((item) => item.name.toLowerCase())
      );
      const ranges = requests.map((request) => {
        if ("name" in request) {
          if (!rangeNames.has(request.name.toLowerCase())) return undefined;
          return context.workbook.names.getItem(request.name).getRange();
        }
        const name = sheetNames.get((request.sheet ?? sheet.name).toLowerCase());
        return name === undefined
          ? undefined
          : context.workbook.worksheets.getItem(name).getRange(request.address);
      });
      for (const range of ranges) range?.load("values,valueTypes");
      if (ranges.some(Boolean)) await context.sync();
      return {
        address: cell.address,
        formula,
        references: ranges.map((range) => range && computedCells(range.values, range.valueTypes)),
      };
    });
  }

  async readUsedRange(sheet: string, options: ReadOptions = {}): Promise<TableData> {
    return this.batch(async (context) => {
      const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
      await context.sync();
      if (worksheet.isNullObject)
        throw new WorkbookError("notFound", `There is no sheet called "${sheet}".`);
      const used = worksheet.getUsedRangeOrNullObject(true);
      await context.sync();
      if (used.isNullObject) throw new WorkbookError("empty", `Sheet "${sheet}" has no data.`);
      const { address, values } = await readInWindows(used, context, options.onProgress);
      return rangeTableData(address, values);
    });
  }

  async activateSheet(name: string): Promise<void> {
    await this.batch(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      await context.sync();
      if (sheet.isNullObject)
        throw new WorkbookError("notFound", `There is no sheet called "${name}".`);
      sheet.activate();
      await context.sync();
    });
  }

  /** Every batch of this adapter: a fresh count per public call, every sync of the batch counted. */
  private batch<T>(work: (context: Excel.RequestContext) => Promise<T>, fresh = true): Promise<T> {
    if (fresh) this.counter.reset();
    return this.run((context) => work(this.counter.attach(context)));
  }

  private async loadExisting(context: Excel.RequestContext): Promise<Existing> {
    const sheets = context.workbook.worksheets.load(
      "items/name,items/id,items/position,items/visibility"
    );
    const names = context.workbook.names.load("items/name,items/formula");
    const tables = context.workbook.tables.load("items/name");
    await context.sync();
    const nameSheets = new Map<string, string>();
    for (const item of names.items) {
      const sheet = typeof item.formula === "string" ? referencedSheet(item.formula) : undefined;
      if (sheet !== undefined) nameSheets.set(item.name.toLowerCase(), sheet);
    }
    return {
      items: {
        sheets: sheets.items.map((item) => item.name),
        names: names.items.map((item) => item.name),
        tables: tables.items.map((item) => item.name),
        nameSheets,
      },
      sheets: new Map(
        sheets.items.map((item) => [
          item.name.toLowerCase(),
          { id: item.id, name: item.name, position: item.position, visibility: item.visibility },
        ])
      ),
      names: new Map(
        names.items.map((item) => [
          item.name.toLowerCase(),
          { name: item.name, formula: String(item.formula) },
        ])
      ),
    };
  }

  /** Undoes a failed build; returns what went wrong if that failed too. */
  private async removeCreated(created: CreatedItems): Promise<string | undefined> {
    try {
      await this.batch((context) => removeCreated(context, created), false);
      return undefined;
    } catch (error) {
      return describeError(error);
    }
  }
}

function describeRequest(request: readonly QueuedOperation[]): string {
  const shown = request.slice(0, 3).map((operation) => operation.label);
  return request.length > shown.length
    ? `${shown.join(", ")} and ${request.length - shown.length} more`
    : shown.join(", ");
}

/** range.values beside range.valueTypes: an error cell's text ("#DIV/0!") becomes { error }, empty null. */
function computedCells(values: unknown[][], types: Excel.RangeValueType[][]): ComputedValue[][] {
  return values.map((row, r) =>
    row.map((value, c): ComputedValue => {
      const type = types[r][c];
      if (type === "Error") return { error: String(value) };
      if (type === "Empty") return null;
      return value as ComputedValue;
    })
  );
}
