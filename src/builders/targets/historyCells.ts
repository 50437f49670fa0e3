/**
 * The cells of a targets history read by core's rules: months (every form users write), numbers and
 * member names, each refusal naming the rows; and, with skipInvalid, the rows left out whole.
 */
import { ymdFromSerial } from "../../core/calendar";
import { parseDateCell } from "../../core/parseDateCell";
import { readNumberCell } from "../../core/parseNumberText";
import { cellTextProblem } from "../../plan/cellText";
import type { CellValue } from "../../plan/types";
import type { TableData } from "../../table/tableData";
import type { ColumnIndexes } from "./historyInput";
import { TargetHistoryError } from "./targetHistoryError";

const MONTHS = 12;
const memberKey = (name: string) => name.normalize("NFKC").toLowerCase().replace(/\s+/g, "");

export interface RowRef {
  cells: CellValue[];
  index: number;
}

/** Month key = year × 12 + (month − 1), so consecutive months are consecutive integers. */
export interface RowMonth {
  key: number;
  /** Day of month for daily rows; undefined for monthly rows. */
  day?: number;
}

export function readMonths(
  rows: readonly RowRef[],
  column: number,
  table: TableData,
  rowNumber: (index: number) => number
): RowMonth[] {
  const values = rows.map(({ cells }) => cells[column]);
  // 1..12 in every row: month numbers without their year, which would read as January 1900.
  if (
    values.every(
      (value) =>
        typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= MONTHS
    )
  )
    throw new TargetHistoryError("monthWithoutYear", {
      source: table.source,
      column: table.header[column],
    });
  const bad: { row: number; value: CellValue }[] = [];
  const months = values.map((value, i): RowMonth => {
    const parsed = parseDateCell(value);
    if (!parsed) {
      bad.push({ row: rowNumber(rows[i].index), value });
      return { key: 0 };
    }
    const { year, month, day } = ymdFromSerial(parsed.serial);
    return { key: year * MONTHS + month - 1, day: parsed.precision === "day" ? day : undefined };
  });
  if (bad.length > 0)
    throw new TargetHistoryError("unreadableDates", {
      source: table.source,
      column: table.header[column],
      rows: { rows: bad.map(({ row }) => row) },
      examples: { examples: examplesOf(bad.map(({ value }) => value)) },
    });
  return months;
}

/** The rows whose date and numbers all read, and those left out with the sum of their readable amounts. */
export function leaveOutUnreadableRows(
  rows: RowRef[],
  columns: ColumnIndexes
): { kept: RowRef[]; leftOut: RowRef[]; amountSum: number } {
  const numberColumns = [columns.amount, columns.uv, columns.orders].filter(
    (column): column is number => column !== undefined
  );
  const kept: RowRef[] = [];
  const leftOut: RowRef[] = [];
  let amountSum = 0;
  for (const row of rows) {
    const dateCell = row.cells[columns.period];
    const readable =
      typeof dateCell !== "boolean" &&
      parseDateCell(dateCell ?? null) !== undefined &&
      numberColumns.every((column) => readNumberCell(row.cells[column]) !== undefined);
    if (readable) kept.push(row);
    else {
      leftOut.push(row);
      amountSum += readNumberCell(row.cells[columns.amount]) ?? 0;
    }
  }
  return { kept, leftOut, amountSum };
}

export function formatSum(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

/** Numbers (core's rules), or null for a blank cell; unreadable text or TRUE/FALSE stop the read with the rows named. */
export function readNumbers(
  rows: readonly RowRef[],
  column: number,
  table: TableData,
  rowNumber: (index: number) => number
): (number | null)[] {
  const bad: { row: number; value: CellValue }[] = [];
  const values = rows.map(({ cells, index }) => {
    const value = readNumberCell(cells[column]);
    if (value !== undefined) return value;
    bad.push({ row: rowNumber(index), value: cells[column] });
    return null;
  });
  if (bad.length > 0)
    throw new TargetHistoryError("notNumbers", {
      source: table.source,
      column: table.header[column],
      rows: { rows: bad.map(({ row }) => row) },
      examples: { examples: examplesOf(bad.map(({ value }) => value)) },
    });
  return values;
}

/**
 * Member names in first-seen order and each row's member. Names that differ only by letter case, spaces
 * or full-width characters are refused: summing them silently or splitting them silently are both wrong.
 */
export function readMembers(
  rows: readonly RowRef[],
  column: number,
  table: TableData,
  rowNumber: (index: number) => number
): { names: string[]; ofRow: number[] } {
  const columnName = table.header[column];
  const blank = rows.filter(
    ({ cells }) => cells[column] === null || String(cells[column]).trim() === ""
  );
  if (blank.length > 0)
    throw new TargetHistoryError("blankMembers", {
      source: table.source,
      column: columnName,
      rows: { rows: blank.map(({ index }) => rowNumber(index)) },
    });
  const unwritable = rows.filter(({ cells }) => cellTextProblem(String(cells[column])));
  if (unwritable.length > 0)
    throw new TargetHistoryError("unwritableMembers", {
      source: table.source,
      column: columnName,
      rows: { rows: unwritable.map(({ index }) => rowNumber(index)) },
    });
  const names: string[] = [];
  const indexOfName = new Map<string, number>();
  /** Normalised key → spellings seen, with their rows. */
  const spellings = new Map<string, Map<string, number[]>>();
  const ofRow = rows.map(({ cells, index }) => {
    const name = String(cells[column]);
    const key = memberKey(name);
    const byName = spellings.get(key) ?? new Map<string, number[]>();
    byName.set(name, [...(byName.get(name) ?? []), rowNumber(index)]);
    spellings.set(key, byName);
    if (!indexOfName.has(name)) {
      indexOfName.set(name, names.length);
      names.push(name);
    }
    return indexOfName.get(name) as number;
  });
  const duplicates = [...spellings.values()]
    .filter((byName) => byName.size > 1)
    .map((byName) => ({
      names: [...byName.keys()].map((name) => `"${name}"`),
      rows: [...byName.values()].map((rowsOfName) => rowsOfName[0]),
    }));
  if (duplicates.length > 0)
    throw new TargetHistoryError("duplicateMembers", {
      source: table.source,
      column: columnName,
      groups: { duplicates },
    });
  return { names, ofRow };
}

/** NFKC folds full-width letters, digits and spaces to half-width; then case and all spaces are ignored. */

/** The first few distinct offending values, so the user sees what was found. */
export function examplesOf(values: readonly CellValue[]): CellValue[] {
  return [...new Set(values)].slice(0, 3);
}
