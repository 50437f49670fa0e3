/**
 * Excel's "current region" (what Ctrl+A selects inside data): the smallest rectangle around a start range
 * whose every neighbouring cell, diagonals included, is blank.
 */
import type { RangeAddress } from "../../plan/a1";

export interface GridBounds {
  rows: number;
  columns: number;
}

/**
 * Grows `start` side by side while the row or column just outside it (one cell wider at both ends, so
 * diagonal neighbours count) holds anything. Each step checks one line, so a long table costs one pass.
 */
export function currentRegion(
  start: RangeAddress,
  isFilled: (row: number, column: number) => boolean,
  bounds: GridBounds
): RangeAddress {
  let { row: top, column: left } = start.start;
  let { row: bottom, column: right } = start.end;
  const rowHasData = (row: number) => {
    for (let c = Math.max(0, left - 1); c <= Math.min(bounds.columns - 1, right + 1); c++)
      if (isFilled(row, c)) return true;
    return false;
  };
  const columnHasData = (column: number) => {
    for (let r = Math.max(0, top - 1); r <= Math.min(bounds.rows - 1, bottom + 1); r++)
      if (isFilled(r, column)) return true;
    return false;
  };
  let grew = true;
  while (grew) {
    grew = false;
    while (top > 0 && rowHasData(top - 1)) [top, grew] = [top - 1, true];
    while (bottom + 1 < bounds.rows && rowHasData(bottom + 1)) [bottom, grew] = [bottom + 1, true];
    while (left > 0 && columnHasData(left - 1)) [left, grew] = [left - 1, true];
    while (right + 1 < bounds.columns && columnHasData(right + 1))
      [right, grew] = [right + 1, true];
  }
  return { start: { row: top, column: left }, end: { row: bottom, column: right } };
}
