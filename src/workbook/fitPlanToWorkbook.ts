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
 *
 * Rebuild in place (SheetPlan.replaces) is the one opt-in exception, and still loses nothing:
 *   - the new sheet takes the replaced sheet's name (and, in the adapters, its tab position);
 *   - the old sheet is kept, hidden, under a backup name numbered one above the highest backup of that
 *     name already there ("Report (v1)", "Report (v2)", …; zh-CN "Report（第1版）"), so every earlier
 *     version survives and the newest backup has the highest number;
 *   - a workbook-scope name of the plan that the workbook has and that pointed into a replaced sheet is
 *     re-pointed to the new sheet (`repointedNames`) instead of getting local copies;
 *   - tables keep the never-overwrite rule: the old sheet keeps its tables, so the new ones get "_2".
 */
import type { Locale } from "../i18n/locale";
import { WorkbookError } from "./port";
import { MAX_SHEET_NAME_LENGTH, assignSheetNames } from "../plan/sheetNames";
import { renameTablesInFormula } from "../plan/structuredReferences";
import { uniqueTableName } from "../plan/tableNames";
import {
  isFormulaCell,
  localSheetKey,
  type DefinedName,
  type SheetPlan,
  type WorkbookPlan,
} from "../plan/types";

/** What the workbook has already. */
export interface ExistingItems {
  sheets: readonly string[];
  /** Workbook-scope defined names; names local to existing sheets cannot clash with new sheets'. */
  names: readonly string[];
  tables: readonly string[];
  /**
   * The sheet each workbook-scope name refers to, by lower-case name, when its formula is a plain
   * reference into one sheet (referencedSheet). Only rebuilds in place need it: a plan name whose
   * namesake pointed into a replaced sheet is re-pointed rather than copied.
   */
  nameSheets?: ReadonlyMap<string, string>;
}

/** A plan sheet that supersedes an existing sheet (SheetPlan.replaces). */
export interface SheetReplacement {
  /** The existing sheet's name as the workbook spells it; the new sheet takes it. */
  replaced: string;
  /** The free name the old sheet is kept under, hidden. */
  backup: string;
}

export interface FittedPlan {
  /** The plan to build: tables renamed, formulas following them, clashing workbook names made local. */
  plan: WorkbookPlan;
  /** Final sheet name by plan key. */
  sheetNames: Map<string, string>;
  /** New name by the plan's name, for the tables that had to be renamed. */
  tableRenames: Map<string, string>;
  /** By plan key, the sheets that replace an existing sheet; empty when no `replaces` matched. */
  replacements: Map<string, SheetReplacement>;
  /**
   * Workbook-scope names of the plan that the workbook has, pointing into a replaced sheet: adapters
   * re-point the existing name to the plan's range. They are not in `plan.names`, which lists names to add.
   */
  repointedNames: DefinedName[];
}

/**
 * Pure; throws WorkbookError("invalidPlan") for a defined name the workbook has as a table. `locale`
 * chooses the backup names of replaced sheets.
 */
export function fitPlanToWorkbook(
  plan: WorkbookPlan,
  existing: ExistingItems,
  locale: Locale = "en-US"
): FittedPlan {
  const fitted: WorkbookPlan = { ...plan };
  const { sheetNames, replacements } = fitSheetNames(plan.sheets, existing.sheets, locale);
  const repointedNames: DefinedName[] = [];
  if (plan.names) {
    const replaced = lowerCaseSet([...replacements.values()].map((r) => r.replaced));
    const pointsIntoReplaced = (name: DefinedName) => {
      const sheet = existing.nameSheets?.get(name.name.toLowerCase());
      return sheet !== undefined && replaced.has(sheet.toLowerCase());
    };
    const names = fitNames(plan.names, plan.sheets, existing, pointsIntoReplaced);
    fitted.names = names.add;
    repointedNames.push(...names.repoint);
  }
  const tableRenames = tablesToRename(plan, existing);
  if (tableRenames.size > 0)
    fitted.sheets = plan.sheets.map((sheet) => renameTables(sheet, tableRenames));
  return { plan: fitted, sheetNames, tableRenames, replacements, repointedNames };
}

/**
 * Final names: a sheet whose `replaces` exists takes that sheet's name (the old one moves to a backup
 * name); the others are made unique around everything that will be there, in plan order.
 */
function fitSheetNames(
  sheets: readonly SheetPlan[],
  existingSheets: readonly string[],
  locale: Locale
): { sheetNames: Map<string, string>; replacements: Map<string, SheetReplacement> } {
  const replacements = new Map<string, SheetReplacement>();
  const taken = [...existingSheets];
  for (const sheet of sheets) {
    if (sheet.replaces === undefined) continue;
    const wanted = sheet.replaces.toLowerCase();
    const replaced = existingSheets.find((name) => name.toLowerCase() === wanted);
    if (replaced === undefined) continue;
    const backup = backupSheetName(replaced, taken, locale);
    taken.push(backup);
    replacements.set(sheet.key, { replaced, backup });
  }
  const others = assignSheetNames(
    sheets.filter((sheet) => !replacements.has(sheet.key)),
    taken
  );
  const sheetNames = new Map(
    sheets.map((sheet) => [
      sheet.key,
      replacements.get(sheet.key)?.replaced ?? (others.get(sheet.key) as string),
    ])
  );
  return { sheetNames, replacements };
}

/** " (v2)" / "（第2版）": the suffix of a replaced sheet's n-th kept version. */
const BACKUP_SUFFIX: Record<Locale, (n: number) => string> = {
  "en-US": (n) => ` (v${n})`,
  "zh-CN": (n) => `（第${n}版）`,
};
const BACKUP_NUMBER: Record<Locale, RegExp> = {
  "en-US": / \(v(\d+)\)$/i,
  "zh-CN": /（第(\d+)版）$/,
};

/** The name `sheet`'s n-th backup gets: the name cut (by code points) so the suffix fits 31 characters. */
function backupCandidate(sheet: string, n: number, locale: Locale): string {
  const suffix = BACKUP_SUFFIX[locale](n);
  const room = MAX_SHEET_NAME_LENGTH - suffix.length;
  const chars = Array.from(sheet);
  return (chars.length <= room ? sheet : chars.slice(0, room).join("").trimEnd()) + suffix;
}

/**
 * A free name for the old version of `sheet`: numbered one above the highest backup of it in `taken`
 * (in either language), so backups sort in the order they were made even after some were deleted.
 */
export function backupSheetName(
  sheet: string,
  taken: readonly string[],
  locale: Locale = "en-US"
): string {
  const used = lowerCaseSet(taken);
  let highest = 0;
  for (const name of taken) {
    for (const [language, pattern] of Object.entries(BACKUP_NUMBER) as [Locale, RegExp][]) {
      const match = pattern.exec(name);
      if (!match) continue;
      const n = Number(match[1]);
      if (backupCandidate(sheet, n, language).toLowerCase() === name.toLowerCase())
        highest = Math.max(highest, n);
    }
  }
  for (let n = highest + 1; ; n++) {
    const candidate = backupCandidate(sheet, n, locale);
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * The sheet a defined name's formula refers to when it is one plain reference (`=Sales!$B$16`,
 * `='Sales 销售'!$B$2:$B$13`, with or without "="); undefined for anything else.
 */
export function referencedSheet(formula: string): string | undefined {
  const match =
    /^=?(?:'((?:[^']|'')+)'|([^'!\s"=()+\-*/,;:&<>^%{}[\]]+))!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/.exec(
      formula.trim()
    );
  if (!match) return undefined;
  return match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
}

function fitNames(
  names: readonly DefinedName[],
  sheets: readonly SheetPlan[],
  existing: ExistingItems,
  pointsIntoReplaced: (name: DefinedName) => boolean
): { add: DefinedName[]; repoint: DefinedName[] } {
  const existingTables = lowerCaseSet(existing.tables);
  const existingNames = lowerCaseSet(existing.names);
  const repoint: DefinedName[] = [];
  const add = names.flatMap((name): DefinedName[] => {
    const lower = name.name.toLowerCase();
    if (existingTables.has(lower)) {
      throw new WorkbookError(
        "invalidPlan",
        `The plan's defined name "${name.name}" is the name of a table the workbook already has. ` +
          "Rename that table, then build again. Nothing was changed."
      );
    }
    if (localSheetKey(name) !== undefined || !existingNames.has(lower)) return [name];
    if (pointsIntoReplaced(name)) {
      repoint.push(name);
      return [];
    }
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
  return { add, repoint };
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
