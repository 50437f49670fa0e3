/** Excel's table-naming rule for "never overwrite": a table name already taken gets "_2", "_3", … */

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
