/**
 * A whole plan as an ordered list of operations. The order is what makes one pass work:
 *   1. every new sheet (with its build marker), so formulas referring to another plan sheet find it;
 *   2. defined names (they only need the sheets);
 *   3. the blocks that hold tables, then the tables, so structured references (ChannelData[GMV]) in
 *      the other blocks refer to a table that exists — Excel refuses them otherwise;
 *   4. the other blocks;
 *   5. formats, widths, validations, conditional formats, charts, view and print setup;
 *   6. protection, last: a protected sheet refuses the writes above.
 */
import { blockRange, parseCell, parseRange, rangesOverlap } from "../../plan/a1";
import type { CellBlock, DefinedName, SheetPlan, WorkbookPlan } from "../../plan/types";
import { blockWrite, numberFormatWrite } from "./cellWrites";
import type { PlannedOperation } from "./operation";
import { sheetMarkerName, type ReplacedSheet } from "./rollback";
import { addChart } from "./chartOperation";
import { addConditionalFormat } from "./conditionalFormatOperation";
import {
  addName,
  addSheet,
  addTable,
  addValidation,
  protectSheet,
  repointName,
  setColumnWidths,
  setSheetView,
  styleRange,
} from "./sheetFeatures";

/** What a rebuild in place changes besides adding sheets (fitPlanToWorkbook.ts). */
export interface Replacing {
  /** The existing sheet each replacing plan sheet supersedes, by plan key. */
  sheets: ReadonlyMap<string, ReplacedSheet>;
  /** Plan names to re-point, with the workbook's spelling of the existing name. */
  names: readonly { name: DefinedName; existing: string }[];
}

const NOTHING_REPLACED: Replacing = { sheets: new Map(), names: [] };

/** `marker`: the stem of the workbook names that mark the new sheets while the build runs (rollback.ts). */
export function planOperations(
  plan: WorkbookPlan,
  sheetNames: ReadonlyMap<string, string>,
  marker: string,
  replacing: Replacing = NOTHING_REPLACED
): PlannedOperation[] {
  const operations: (PlannedOperation | undefined)[] = [];
  const finalName = (sheet: SheetPlan) => sheetNames.get(sheet.key) ?? sheet.name;
  const named = plan.sheets.map((sheet) => ({ ...sheet, name: finalName(sheet) }));

  // Each sheet put in an old tab's place shifts the tabs after it by one.
  const placed: number[] = [];
  for (const [index, sheet] of named.entries()) {
    const old = replacing.sheets.get(sheet.key);
    const sheetMarker = sheetMarkerName(marker, index);
    if (!old) {
      operations.push(addSheet(sheet, sheet.name, sheetMarker));
      continue;
    }
    const position = old.position + placed.filter((earlier) => earlier < old.position).length;
    placed.push(old.position);
    operations.push(addSheet(sheet, sheet.name, sheetMarker, { old, position }));
  }
  for (const name of plan.names ?? []) operations.push(addName(name));
  for (const { name, existing } of replacing.names)
    operations.push(repointName(name, existing, sheetNames.get(name.sheet) as string));
  for (const sheet of named) {
    for (const block of sheet.blocks.filter((b) => holdsTable(sheet, b)))
      operations.push(blockWrite(sheet, block, sheetNames));
  }
  for (const sheet of named)
    for (const table of sheet.tables ?? []) operations.push(addTable(sheet, table));
  for (const sheet of named) {
    for (const block of sheet.blocks.filter((b) => !holdsTable(sheet, b)))
      operations.push(blockWrite(sheet, block, sheetNames));
  }
  for (const sheet of named) {
    for (const format of sheet.formats ?? [])
      operations.push(numberFormatWrite(sheet, format), styleRange(sheet, format));
    operations.push(setColumnWidths(sheet));
    for (const validation of sheet.validations ?? [])
      operations.push(addValidation(sheet, validation));
    for (const conditional of sheet.conditionalFormats ?? [])
      operations.push(addConditionalFormat(sheet, conditional, sheetNames));
    for (const chart of sheet.charts ?? []) operations.push(addChart(sheet, chart));
    operations.push(setSheetView(sheet));
  }
  for (const sheet of named) operations.push(protectSheet(sheet));
  return operations.filter((operation): operation is PlannedOperation => operation !== undefined);
}

function holdsTable(sheet: SheetPlan, block: CellBlock): boolean {
  if (!sheet.tables?.length) return false;
  const anchor = parseCell(block.anchor);
  if (!anchor) return false;
  const area = blockRange(anchor, block.rows.length, block.rows[0]?.length ?? 0);
  return sheet.tables.some((table) => {
    const tableArea = parseRange(table.range);
    return tableArea !== undefined && rangesOverlap(area, tableArea);
  });
}
