/**
 * "Download .xlsx" for the playground: the memory workbook's CURRENT sheets (values, formulas as typed,
 * the formats, tables and layout a plan gave them) → a plan → the xlsx writer, with the engine's results
 * cached in the file. Going through a plan keeps one writer for every .xlsx the project makes.
 */
import { cellA1, parseRange, rangeA1 } from "../plan/a1";
import type { DefinedName, PlanCell, SheetPlan, TablePlan, WorkbookPlan } from "../plan/types";
import type { MemoryWorkbook } from "../workbook/memory/MemoryWorkbook";
import type { ComputedValues } from "../workbook/port";
import { writePlanToXlsx, type OmittedFeature } from "../workbook/xlsx/writeXlsx";

/** A table the playground registered with addTable (loaded files): the memory workbook keeps no plan for it. */
export interface LoadedTable {
  sheet: string;
  name: string;
  /** Header row included, e.g. "A1:F200". */
  range: string;
}

export interface WorkbookSnapshot {
  plan: WorkbookPlan;
  computed: ComputedValues;
  /** Plan keys of hidden sheets (earlier versions kept by a rebuild): the file keeps them hidden. */
  hiddenSheetKeys: string[];
}

export async function memoryWorkbookToXlsx(
  memory: MemoryWorkbook,
  loadedTables: readonly LoadedTable[] = []
): Promise<{ bytes: Uint8Array; omitted: OmittedFeature[] }> {
  const { plan, computed, hiddenSheetKeys } = await memoryWorkbookToPlan(memory, loadedTables);
  const output = await writePlanToXlsx(plan, computed, { hiddenSheetKeys });
  return { bytes: output.buffer, omitted: output.omitted };
}

export async function memoryWorkbookToPlan(
  memory: MemoryWorkbook,
  loadedTables: readonly LoadedTable[] = []
): Promise<WorkbookSnapshot> {
  const sheetNames = await memory.listSheets();
  const keyOf = new Map(sheetNames.map((name, index) => [name, `sheet${index + 1}`]));
  const nameOf = new Map(sheetNames.map((name, index) => [`sheet${index + 1}`, name]));
  const sheets = sheetNames.map((name) =>
    sheetPlan(
      memory,
      name,
      keyOf.get(name)!,
      loadedTables.filter((table) => table.sheet === name)
    )
  );
  const computed: ComputedValues = {
    get: (sheetKey, row, column) => memory.getValue(nameOf.get(sheetKey)!, cellA1({ row, column })),
  };
  const hiddenSheetKeys = memory.hiddenSheets().map((name) => keyOf.get(name)!);
  return { plan: { sheets, names: definedNames(memory, keyOf) }, computed, hiddenSheetKeys };
}

function sheetPlan(
  memory: MemoryWorkbook,
  name: string,
  key: string,
  loadedTables: readonly LoadedTable[]
): SheetPlan {
  const { rows, columns } = memory.sheetSize(name);
  const cells: PlanCell[][] = Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columns }, (_, column) => planCell(memory, name, cellA1({ row, column })))
  );
  const metadata = structuredClone(memory.sheetMetadata(name) ?? {});
  const tables: TablePlan[] = [
    ...(metadata.tables ?? []),
    ...loadedTables.map(({ name: tableName, range }) => ({ name: tableName, range })),
  ];
  return {
    ...metadata,
    key,
    name,
    blocks: rows > 0 && columns > 0 ? [{ anchor: "A1", rows: cells }] : [],
    ...(tables.length > 0 ? { tables } : {}),
  };
}

/** The formula as the user or plan wrote it, else the literal value (an error literal becomes its text). */
function planCell(memory: MemoryWorkbook, sheet: string, a1: string): PlanCell {
  const formula = memory.getFormula(sheet, a1);
  if (formula !== undefined) return { formula };
  const value = memory.getValue(sheet, a1);
  return typeof value === "object" && value !== null ? value.error : value;
}

/** "'Sales 销售'!$B$16" → plan sheet key + "B16"; names whose sheet is gone are dropped. */
function definedNames(memory: MemoryWorkbook, keyOf: ReadonlyMap<string, string>): DefinedName[] {
  return memory.definedNames().flatMap((definition) => {
    const separator = definition.ref.lastIndexOf("!");
    const sheetName = unquoteSheetName(definition.ref.slice(0, separator));
    const range = parseRange(definition.ref.slice(separator + 1).replace(/\$/g, ""));
    const sheet = keyOf.get(sheetName);
    if (separator < 0 || !range || sheet === undefined) return [];
    const name: DefinedName = { name: definition.name, sheet, range: rangeA1(range) };
    if (definition.sheet === undefined) return [name];
    const localTo = keyOf.get(definition.sheet);
    return localTo === undefined ? [] : [{ ...name, scope: "sheet" as const, localTo }];
  });
}

function unquoteSheetName(text: string): string {
  return text.startsWith("'") && text.endsWith("'") ? text.slice(1, -1).replace(/''/g, "'") : text;
}
