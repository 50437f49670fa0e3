/**
 * Reading the memory workbook's engine: a range's plain values, a sheet's used range, a range read as
 * data the way a file is read (header below any title lines, a total row left out).
 */
import type { HyperFormula } from "hyperformula";
import { rangeA1, type RangeAddress } from "../../plan/a1";
import type { CellValue } from "../../plan/types";
import { tableFromRange } from "../../table/tableFromRange";
import { WorkbookError, type TableData, type TableOrigin } from "../port";
import { plainValue } from "./cellContent";

/** The cells of a range as plain values (cellContent.ts says what an engine value becomes). */
export function rangeValues(
  engine: HyperFormula,
  sheetId: number,
  range: RangeAddress
): CellValue[][] {
  const values = engine.getRangeValues({
    start: { sheet: sheetId, row: range.start.row, col: range.start.column },
    end: { sheet: sheetId, row: range.end.row, col: range.end.column },
  });
  return values.map((row) => row.map(plainValue));
}

/** The rectangle from the first to the last cell with content, or undefined for an empty sheet. */
export function usedRange(engine: HyperFormula, sheetId: number): RangeAddress | undefined {
  const values = engine.getSheetValues(sheetId);
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
export function rangeData(engine: HyperFormula, sheetId: number, range: RangeAddress): TableData {
  const sheet = engine.getSheetName(sheetId)!;
  const table = tableFromRange(rangeValues(engine, sheetId, range), range.start);
  if (!table) throw new WorkbookError("empty", `${sheet}!${rangeA1(range)} has no data.`);
  const address = rangeA1(table.range);
  const data = tableData(`${sheet}!${address}`, table.header, table.rows, {
    kind: "range",
    sheet,
    address,
  });
  return { ...data, rowNumbers: table.rowNumbers, notes: table.notes };
}

/** Header and rows as TableData, refused when no row below the header holds anything. */
export function tableData(
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
