/** Naming rules for tables: their column names come from the header row, their names are workbook-unique. */
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

/**
 * `wanted`, or "wanted_2", "wanted_3", … when a table or defined name already has it (case-insensitively,
 * as Excel compares names). The underscore keeps "Tbl" + 2 from becoming the cell address TBL2.
 */
export function uniqueTableName(wanted: string, taken: Iterable<string>): string {
  const used = new Set(Array.from(taken, (name) => name.toLowerCase()));
  if (!used.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted}_${n}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
