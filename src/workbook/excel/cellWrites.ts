/**
 * The big writes: a block's cells (one range.formulas assignment per block) and a format range's number
 * format (a 2-D array the size of the range). Both are Splittable: the packer cuts them into row windows
 * only where a request fills up (requestBudget.ts).
 */
import { blockRange, parseCell, parseRange, rangeA1, rangeSize } from "../../plan/a1";
import { resolveSheetReferences } from "../../plan/sheetNames";
import { numberFormatCode } from "../../plan/styles";
import {
  isFormulaCell,
  type CellBlock,
  type FormatRange,
  type PlanCell,
  type SheetPlan,
} from "../../plan/types";
import { WorkbookError } from "../port";
import { sheetOf, type QueuedOperation } from "./operation";
import { cellBytes, operationBytes, rowBytes, type Splittable } from "./requestBudget";
import { literalText } from "./userText";

export type ExcelInput = string | number | boolean;

/** What range.formulas receives for a plan cell: resolved formulas, protected text, "" for blank. */
export function excelInput(cell: PlanCell, sheetNames: ReadonlyMap<string, string>): ExcelInput {
  if (isFormulaCell(cell))
    // Most formulas name no other sheet: skip the replace (a team's scorecards have tens of thousands).
    return cell.formula.includes("{sheet:")
      ? resolveSheetReferences(cell.formula, sheetNames)
      : cell.formula;
  if (cell === null) return "";
  return typeof cell === "string" ? literalText(cell) : cell;
}

/** getRange + one property assignment, plus the address. */
const WRITE_FIXED_BYTES = operationBytes(2, 40);

export function blockWrite(
  sheet: SheetPlan,
  block: CellBlock,
  sheetNames: ReadonlyMap<string, string>
): Splittable<QueuedOperation> {
  const anchor = parseCell(block.anchor);
  if (!anchor)
    throw new WorkbookError(
      "invalidPlan",
      `Sheet "${sheet.name}": block anchor "${block.anchor}" is not a cell.`
    );
  const width = block.rows[0].length;
  let rows: ExcelInput[][];
  try {
    rows = block.rows.map((row) => row.map((cell) => excelInput(cell, sheetNames)));
  } catch (error) {
    throw new WorkbookError(
      "invalidPlan",
      `Sheet "${sheet.name}" block at ${block.anchor}: ${(error as Error).message}`,
      error
    );
  }
  return {
    rowSizes: rows.map(rowBytes),
    fixedBytes: WRITE_FIXED_BYTES,
    where: `Sheet "${sheet.name}" block at ${block.anchor}`,
    window: (start, count, bytes) => {
      const address = rangeA1(
        blockRange({ row: anchor.row + start, column: anchor.column }, count, width)
      );
      const windowRows =
        start === 0 && count === rows.length ? rows : rows.slice(start, start + count);
      return {
        label: `${sheet.name}!${address} cells`,
        bytes,
        queue: (target) => {
          sheetOf(target, sheet.key).getRange(address).formulas = windowRows;
        },
      };
    },
  };
}

export function numberFormatWrite(
  sheet: SheetPlan,
  format: FormatRange
): Splittable<QueuedOperation> | undefined {
  const area = parseRange(format.range);
  if (!area || format.numberFormat === undefined) return undefined;
  const code = numberFormatCode(format.numberFormat);
  const { rows, columns } = rangeSize(area);
  return {
    rowSizes: new Array<number>(rows).fill(2 + columns * cellBytes(code)),
    fixedBytes: WRITE_FIXED_BYTES,
    where: `Sheet "${sheet.name}" number format on ${format.range}`,
    window: (start, count, bytes) => {
      const address = rangeA1(
        blockRange({ row: area.start.row + start, column: area.start.column }, count, columns)
      );
      return {
        label: `${sheet.name}!${address} number format`,
        bytes,
        queue: (target) => {
          // Built when queued, so a 100,000-row format does not sit in memory twice.
          sheetOf(target, sheet.key).getRange(address).numberFormat = Array.from(
            { length: count },
            () => new Array(columns).fill(code)
          );
        },
      };
    },
  };
}
