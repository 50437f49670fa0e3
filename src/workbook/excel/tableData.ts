/** Raw `range.values` → TableData: the first row is the header, blanks become null. */
import type { CellValue } from "../../plan/types";
import { splitSheetAddress } from "../../plan/a1";
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

/** A range read by address ("'Q1 data'!A1:F200"): its sheet and address are its origin. */
export function rangeTableData(
  address: string,
  values: readonly (readonly unknown[])[]
): TableData {
  const located = splitSheetAddress(address);
  return toTableData(address, values, located && { kind: "range", ...located });
}
