/**
 * Fits a plan into a workbook that already has sheets, tables and defined names — most often because the
 * user builds the same kind of sheet twice. Every adapter reads what exists, fits the plan here and
 * builds the fitted plan, so they agree. The second copy never changes the first and computes from its
 * own cells:
 *   - its sheets get free names ("Sales (2)", sheetNames.ts);
 *   - a table whose name the workbook has (as a table or a workbook name) gets "_2", "_3", …, and the
 *     plan's formulas follow it;
 *   - a workbook-scope name the workbook has keeps pointing at the first copy; the plan's own becomes
 *     local to each of the plan's sheets, since its formulas may sit on any of them — except a sheet with
 *     its own local name of that name, which shadows it there anyway;
 *   - a defined name the workbook has as a table is refused: the plan's formulas use the name as written,
 *     and Excel keeps tables and names in one namespace.
 */
import { WorkbookError } from "../workbook/port";
import { assignSheetNames } from "./sheetNames";
import { renameTablesInFormula } from "./structuredReferences";
import { uniqueTableName } from "./tableNames";
import {
  isFormulaCell,
  localSheetKey,
  type DefinedName,
  type SheetPlan,
  type WorkbookPlan,
} from "./types";

/** What the workbook has already. */
export interface ExistingItems {
  sheets: readonly string[];
  /** Workbook-scope defined names; names local to existing sheets cannot clash with new sheets'. */
  names: readonly string[];
  tables: readonly string[];
}

export interface FittedPlan {
  /** The plan to build: tables renamed, formulas following them, clashing workbook names made local. */
  plan: WorkbookPlan;
  /** Final sheet name by plan key. */
  sheetNames: Map<string, string>;
  /** New name by the plan's name, for the tables that had to be renamed. */
  tableRenames: Map<string, string>;
}

/** Pure; throws WorkbookError("invalidPlan") for a defined name the workbook has as a table. */
export function fitPlanToWorkbook(plan: WorkbookPlan, existing: ExistingItems): FittedPlan {
  const fitted: WorkbookPlan = { ...plan };
  if (plan.names) fitted.names = fitNames(plan.names, plan.sheets, existing);
  const tableRenames = tablesToRename(plan, existing);
  if (tableRenames.size > 0)
    fitted.sheets = plan.sheets.map((sheet) => renameTables(sheet, tableRenames));
  return { plan: fitted, sheetNames: assignSheetNames(plan.sheets, existing.sheets), tableRenames };
}

function fitNames(
  names: readonly DefinedName[],
  sheets: readonly SheetPlan[],
  existing: ExistingItems
): DefinedName[] {
  const existingTables = lowerCaseSet(existing.tables);
  const existingNames = lowerCaseSet(existing.names);
  return names.flatMap((name): DefinedName[] => {
    const lower = name.name.toLowerCase();
    if (existingTables.has(lower)) {
      throw new WorkbookError(
        "invalidPlan",
        `The plan's defined name "${name.name}" is the name of a table the workbook already has. ` +
          "Rename that table, then build again. Nothing was changed."
      );
    }
    if (localSheetKey(name) !== undefined || !existingNames.has(lower)) return [name];
    const ownLocal = new Set(
      names.filter((other) => other.name.toLowerCase() === lower).map(localSheetKey)
    );
    return sheets
      .filter((sheet) => !ownLocal.has(sheet.key))
      .map((sheet) => ({
        ...name,
        scope: "sheet",
        ...(sheet.key === name.sheet ? {} : { localTo: sheet.key }),
      }));
  });
}

/** Plan table name → a free name, for each table whose name the workbook has already. */
function tablesToRename(plan: WorkbookPlan, existing: ExistingItems): Map<string, string> {
  const inWorkbook = lowerCaseSet([...existing.tables, ...existing.names]);
  const tables = plan.sheets.flatMap((sheet) => sheet.tables ?? []);
  // The plan's own names count as taken, so a new name cannot collide with another of the plan's.
  const taken = [
    ...inWorkbook,
    ...(plan.names ?? []).map((name) => name.name),
    ...tables.map((table) => table.name),
  ];
  const renames = new Map<string, string>();
  for (const table of tables) {
    if (!inWorkbook.has(table.name.toLowerCase())) continue;
    const name = uniqueTableName(table.name, taken);
    taken.push(name);
    renames.set(table.name, name);
  }
  return renames;
}

/**
 * The sheet with its tables renamed and its cell formulas following them. Conditional formats are left:
 * Excel refuses table references in their rules.
 */
function renameTables(sheet: SheetPlan, renames: ReadonlyMap<string, string>): SheetPlan {
  // Formulas may write a table's name in any case.
  const byLowerName = new Map(Array.from(renames, ([from, to]) => [from.toLowerCase(), to]));
  const renameIn = (formula: string) => {
    try {
      return renameTablesInFormula(formula, byLowerName);
    } catch (error) {
      // A "[" without its "]": say on which sheet, as validatePlan would.
      throw new WorkbookError(
        "invalidPlan",
        `Sheet "${sheet.key}": ${(error as Error).message}`,
        error
      );
    }
  };
  const blocks = sheet.blocks.map((block) => ({
    ...block,
    rows: block.rows.map((row) =>
      row.map((cell) => {
        if (!isFormulaCell(cell)) return cell;
        const formula = renameIn(cell.formula);
        return formula === cell.formula ? cell : { ...cell, formula };
      })
    ),
  }));
  const renamed: SheetPlan = { ...sheet, blocks };
  if (sheet.tables)
    renamed.tables = sheet.tables.map((table) => ({
      ...table,
      name: renames.get(table.name) ?? table.name,
    }));
  return renamed;
}

const lowerCaseSet = (items: readonly string[]) => new Set(items.map((item) => item.toLowerCase()));
