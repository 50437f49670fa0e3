/**
 * Applying a plan to a MemoryWorkbook, all or nothing: validated, fitted around what the workbook holds
 * (never overwriting), written sheets first, then names, then cells, in one evaluation; anything added
 * is taken back when a step fails, and the workbook's own records change only once the engine holds
 * the whole plan.
 */
import type { HyperFormula } from "hyperformula";
import { cellA1 } from "../../plan/a1";
import { resolveSheetReferences } from "../../plan/sheetNames";
import type { WorkbookPlan } from "../../plan/types";
import { validatePlan } from "../../plan/validatePlan";
import {
  fitPlanToWorkbook,
  referencedSheet,
  type ExistingItems,
  type FittedPlan,
} from "../fitPlanToWorkbook";
import { WorkbookError, type ApplyOptions, type ApplyResult } from "../port";
import { isParseError } from "./cellContent";
import { buildExcelCompatibleEngine, SheetOrderError } from "./engine";
import { sheetIdOf, type MemoryWorkbookState, type NameDefinition } from "./memoryWorkbookState";
import { planNames, planTables } from "./planTablesAndNames";
import { cellOfKey, sheetContent, type SheetContent } from "./sheetContent";
import { SheetFormatting } from "./sheetMetadata";
import { renameSheetInFormula } from "./sheetRenames";
import { structuredReferencesToA1 } from "./structuredReferences";

/** What an applyPlan call has changed in the engine so far, to take back if it fails. */
interface Additions {
  sheetIds: number[];
  names: { name: string; scopeId?: number }[];
  /** Replaced sheets renamed to their backup names, with the names they had. */
  renamed: { sheetId: number; from: string }[];
  /** Workbook names re-pointed at a rebuilt sheet, with the expression they had. */
  repointed: { name: string; expression: string }[];
}

/** MemoryWorkbook.applyPlan: the plan applied whole, or the workbook left as it was and an error thrown. */
export function applyPlanToMemory(
  state: MemoryWorkbookState,
  plan: WorkbookPlan,
  options: ApplyOptions
): ApplyResult {
  const errors = validatePlan(plan);
  if (errors.length > 0) throw new WorkbookError("invalidPlan", errors.join(" "));
  const fitted = fitPlanToWorkbook(plan, existingItems(state), options.locale);
  const additions: Additions = { sheetIds: [], names: [], renamed: [], repointed: [] };
  try {
    return buildPlan(state, fitted, options, additions);
  } catch (error) {
    takeBack(state, additions);
    if (error instanceof WorkbookError) throw error;
    throw new WorkbookError(
      "applyFailed",
      `The plan could not be applied: ${(error as Error)?.message ?? error}`,
      error
    );
  }
}

/** What a plan must fit around (fitPlanToWorkbook.ts). */
function existingItems(state: MemoryWorkbookState): ExistingItems {
  const workbookNames = state.names.filter((name) => name.sheet === undefined);
  const nameSheets = new Map<string, string>();
  for (const name of workbookNames) {
    const sheet = referencedSheet(name.ref);
    if (sheet !== undefined) nameSheets.set(name.name.toLowerCase(), sheet);
  }
  return {
    sheets: state.engine.getSheetNames(),
    names: workbookNames.map((name) => name.name),
    tables: Array.from(state.tables.values(), (table) => table.name),
    nameSheets,
  };
}

function buildPlan(
  state: MemoryWorkbookState,
  { plan, sheetNames, replacements, repointedNames }: FittedPlan,
  { onProgress }: ApplyOptions,
  additions: Additions
): ApplyResult {
  const total = plan.sheets.length + 2;
  onProgress?.(0, total);
  const tables = planTables(plan, sheetNames);
  const names = planNames(plan, sheetNames);
  const repointed = planNames({ sheets: plan.sheets, names: repointedNames }, sheetNames).map(
    (definition) => ({ definition, existing: workbookName(state, definition.name) })
  );
  const findTable = (name: string) =>
    tables.get(name.toLowerCase()) ?? state.tables.get(name.toLowerCase());

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
  const built = isEmpty(state) && buildInOneCall(state, plan, sheetNames, contents, names);
  if (built) {
    plan.sheets.forEach((sheet, id) => {
      additions.sheetIds.push(id);
      sheetIds.set(sheet.key, id);
    });
    for (const definition of names) {
      additions.names.push({ name: definition.name, scopeId: definition.scopeId });
    }
  } else
    state.engine.batch(() => {
      // The old versions step aside first, so the new sheets can take their names.
      for (const [key, { replaced, backup }] of replacements) {
        const sheetId = sheetIdOf(state.engine, replaced);
        state.engine.renameSheet(sheetId, backup);
        additions.renamed.push({ sheetId, from: replaced });
        replacedIds.set(key, sheetId);
      }
      for (const sheet of plan.sheets) {
        const name = state.engine.addSheet(sheetNames.get(sheet.key));
        const sheetId = sheetIdOf(state.engine, name);
        additions.sheetIds.push(sheetId);
        sheetIds.set(sheet.key, sheetId);
      }
      for (const definition of names) {
        const scopeId =
          definition.sheet === undefined ? undefined : sheetIdOf(state.engine, definition.sheet);
        state.engine.addNamedExpression(definition.name, `=${definition.ref}`, scopeId);
        additions.names.push({ name: definition.name, scopeId });
        definition.scopeId = scopeId;
      }
      for (const { definition, existing } of repointed) {
        state.engine.changeNamedExpression(existing.name, `=${definition.ref}`);
        additions.repointed.push({ name: existing.name, expression: `=${existing.ref}` });
      }
      plan.sheets.forEach((sheet, index) =>
        state.engine.setSheetContent(sheetIds.get(sheet.key)!, contents[index].grid)
      );
    });
  plan.sheets.forEach((sheet, index) =>
    refuseUnreadableFormulas(state, sheetIds.get(sheet.key)!, contents[index].formulas)
  );
  onProgress?.(total - 1, total);

  // Nothing below can fail: the workbook's own records change only once the engine holds the plan.
  for (const { sheetId, from } of additions.renamed)
    recordRename(state, from, state.engine.getSheetName(sheetId)!);
  for (const { definition, existing } of repointed) existing.ref = definition.ref;
  for (const sheet of plan.sheets)
    placeTab(state, sheetIds.get(sheet.key)!, replacedIds.get(sheet.key));
  plan.sheets.forEach((sheet, index) => {
    const formatting = SheetFormatting.fromPlan(sheet, (formula) =>
      resolveSheetReferences(formula, sheetNames)
    );
    state.sheets.set(sheetIds.get(sheet.key)!, { formulas: contents[index].formulas, formatting });
  });
  for (const [lowerName, table] of tables) state.tables.set(lowerName, table);
  state.names.push(...names);
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
function isEmpty(state: MemoryWorkbookState): boolean {
  return state.engine.getSheetNames().length === 0 && state.names.length === 0;
}

/**
 * The first plan into an empty workbook: a new engine from whole sheets (engine.ts), replacing the
 * empty one. False when the sheets' ids would not follow plan order (then the caller goes cell by cell).
 */
function buildInOneCall(
  state: MemoryWorkbookState,
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
  state.engine.destroy();
  state.engine = engine;
  return true;
}

/** The workbook-scope name `name` (any case); fitPlanToWorkbook only re-points names that exist. */
function workbookName(state: MemoryWorkbookState, name: string): NameDefinition {
  const lower = name.toLowerCase();
  const found = state.names.find((n) => n.sheet === undefined && n.name.toLowerCase() === lower);
  if (!found) throw new Error(`The workbook has no name "${name}" to re-point.`);
  return found;
}

/** The written formula texts, names and tables follow a renamed sheet, as Excel's do. */
function recordRename(state: MemoryWorkbookState, from: string, to: string): void {
  const lower = from.toLowerCase();
  for (const sheet of state.sheets.values()) {
    for (const [key, text] of sheet.formulas)
      sheet.formulas.set(key, renameSheetInFormula(text, from, to));
  }
  for (const name of state.names) {
    name.ref = renameSheetInFormula(name.ref, from, to);
    if (name.sheet?.toLowerCase() === lower) name.sheet = to;
  }
  for (const table of state.tables.values())
    if (table.sheet.toLowerCase() === lower) table.sheet = to;
}

/**
 * A new sheet goes last (called in plan order), except one that replaces a sheet: it takes that
 * sheet's tab, and the old version, hidden, sits right after it. An active replaced sheet hands over.
 */
function placeTab(state: MemoryWorkbookState, id: number, replaced: number | undefined): void {
  if (replaced === undefined) {
    state.tabOrder.push(id);
    return;
  }
  state.tabOrder.splice(state.tabOrder.indexOf(replaced), 0, id);
  state.hidden.add(replaced);
  if (state.activeSheetId === replaced) state.activeSheetId = id;
}

/** Excel refuses a formula it cannot parse; the engine stores it as an error, so it is checked here. */
function refuseUnreadableFormulas(
  state: MemoryWorkbookState,
  sheetId: number,
  formulas: ReadonlyMap<number, string>
): void {
  for (const [key, text] of formulas) {
    const { row, column } = cellOfKey(key);
    const value = state.engine.getCellValue({ sheet: sheetId, row, col: column });
    if (isParseError(value)) {
      const where = `${state.engine.getSheetName(sheetId)}!${cellA1({ row, column })}`;
      throw new WorkbookError(
        "applyFailed",
        `The formula ${text} in ${where} cannot be read: ${value.message}`
      );
    }
  }
}

/** Removes what a failed apply added, names before the sheets they may be scoped to. */
function takeBack(state: MemoryWorkbookState, additions: Additions): void {
  for (const { name, scopeId } of additions.names.reverse()) {
    try {
      state.engine.removeNamedExpression(name, scopeId);
    } catch {
      // already gone with its sheet, or never fully added
    }
  }
  for (const sheetId of additions.sheetIds.reverse()) {
    try {
      state.engine.removeSheet(sheetId);
    } catch {
      // never fully added
    }
  }
  // Only after the new sheets are gone are the old names free again; then the names find the old sheets.
  for (const { sheetId, from } of additions.renamed.reverse())
    state.engine.renameSheet(sheetId, from);
  for (const { name, expression } of additions.repointed.reverse())
    state.engine.changeNamedExpression(name, expression);
}
