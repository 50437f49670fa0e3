/** Raw `range.values` → TableData: the first row is the header, blanks become null. */
import type { CellValue } from "../../plan/types";
import { WorkbookError, type TableData } from "../port";

export function toTableData(source: string, values: readonly (readonly unknown[])[]): TableData {
  const rows = values.map((row) => row.map(typedValue));
  if (rows.every((row) => row.every((cell) => cell === null))) {
    throw new WorkbookError("empty", `${source} has no data.`);
  }
  const [header, ...data] = rows;
  return { source, header: header.map((cell) => (cell === null ? "" : String(cell))), rows: data };
}

/** Numbers (dates are serial numbers), text and booleans pass through; "" (a blank cell) is null. */
function typedValue(value: unknown): CellValue {
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (value === "" || value === null || value === undefined) return null;
  return String(value);
}
