/** A fitted plan's tables and defined names as the memory workbook records them, with final sheet names. */
import { absoluteRangeA1, parseCell, parseRange, quoteSheetName } from "../../plan/a1";
import { localSheetKey, type CellBlock, type CellValue, type WorkbookPlan } from "../../plan/types";
import type { NameDefinition } from "./memoryWorkbookState";
import type { TableLocation } from "./structuredReferences";
import { tableColumnNames } from "./tableColumns";

/** The (fitted) plan's tables where they will be, by lower-case name. */
export function planTables(
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
export function planNames(
  plan: WorkbookPlan,
  sheetNames: ReadonlyMap<string, string>
): NameDefinition[] {
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
