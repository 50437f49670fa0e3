/** Raw `range.values` → TableData: the first row is the header, blanks become null. */
import type { CellValue } from "../../plan/types";
import { parseRange, rangeA1, splitSheetAddress } from "../../plan/a1";
import { tableFromRange } from "../../table/tableFromRange";
import { WorkbookError, type TableData, type TableOrigin } from "../port";

export function toTableData(
  source: string,
  values: readonly (readonly unknown[])[],
  origin?: TableOrigin
): TableData {
  const rows = values.map((row) => row.map(typedValue));
  if (rows.every((row) => row.every((cell) => cell === null))) {
    throw new WorkbookError("empty", `${source} has no data.`);
  }
  const [header, ...data] = rows;
  const names = header.map((cell) => (cell === null ? "" : String(cell)));
  return { source, header: names, rows: data, ...(origin && { origin }) };
}

/** Numbers (dates are serial numbers), text and booleans pass through; "" (a blank cell) is null. */
function typedValue(value: unknown): CellValue {
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (value === "" || value === null || value === undefined) return null;
  return String(value);
}

/**
 * A range read by address ("'Q1 data'!A1:F200"), as a file is read: the header found below any title
 * lines a pasted export brings, a bottom total row left out; its origin is where that table sits.
 */
export function rangeTableData(
  address: string,
  values: readonly (readonly unknown[])[]
): TableData {
  const located = splitSheetAddress(address);
  const start = located && parseRange(located.address)?.start;
  if (!located || !start) return toTableData(address, values);
  const table = tableFromRange(
    values.map((row) => row.map(typedValue)),
    start
  );
  if (!table || table.rows.length === 0)
    throw new WorkbookError("empty", `${address} has no data.`);
  const tableAddress = rangeA1(table.range);
  // The sheet part as Excel wrote it ("Orders", "'Q1 data'"): only the cells can differ from the read.
  const sheetPart = address.slice(0, address.lastIndexOf("!"));
  return {
    source: `${sheetPart}!${tableAddress}`,
    header: table.header,
    rows: table.rows,
    rowNumbers: table.rowNumbers,
    notes: table.notes,
    origin: { kind: "range", sheet: located.sheet, address: tableAddress },
  };
}
