/** A table's column names, which the memory workbook needs to resolve `Table[Column]` references. */
import type { CellValue } from "../../plan/types";

/**
 * Column names as Excel derives them from a header row: the cell's text, "Column3" for a blank cell,
 * and a number appended to a repeated name ("Qty", "Qty2").
 */
export function tableColumnNames(header: readonly CellValue[]): string[] {
  const used = new Set<string>();
  return header.map((cell, index) => {
    const base = cell === null || cell === "" ? `Column${index + 1}` : String(cell);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}
