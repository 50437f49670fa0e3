/**
 * A team roster (name, role, department, manager; headers in en-US or zh-CN) → employees. Every
 * employee needs a distinct name: it names the sheet, the summary row and the prefilled actuals.
 * ROSTER_COLUMNS is the one list of the roster's header synonyms: the CLI finds columns by it, and the
 * panel's column mapping starts from it and hands its choice over as column indexes.
 */
import type { TableData } from "../../table/tableData";
import { ScorecardError } from "./scorecardError";
import { cellAt, cellText, findColumns } from "./tableColumns";
import type { Employee } from "./types";

export const ROSTER_COLUMNS = {
  name: {
    headers: ["name", "employee", "staff", "姓名", "员工", "员工姓名", "人员"],
    required: true,
  },
  role: {
    headers: ["role", "roleid", "role id", "position", "岗位", "职位", "岗位id"],
    required: false,
  },
  department: { headers: ["department", "dept", "部门"], required: false },
  manager: { headers: ["manager", "直接上级", "上级", "主管"], required: false },
};

type RosterColumn = keyof typeof ROSTER_COLUMNS;

/** `chosen`: columns the user picked (0-based; null for none), over those found by header. */
export function rosterFromTable(
  table: TableData,
  chosen: Partial<Record<RosterColumn, number | null>> = {}
): Employee[] {
  const specs = Object.fromEntries(
    Object.entries(ROSTER_COLUMNS).map(([id, spec]) => [
      id,
      id in chosen ? { ...spec, required: false } : spec,
    ])
  ) as typeof ROSTER_COLUMNS;
  const columns = findColumns(table, specs);
  for (const [id, column] of Object.entries(chosen) as [RosterColumn, number | null][])
    columns[id] = column ?? undefined;
  const employees = table.rows
    .map((row) => ({
      name: cellText(cellAt(row, columns.name)),
      role: cellText(cellAt(row, columns.role)),
      department: cellText(cellAt(row, columns.department)),
      manager: cellText(cellAt(row, columns.manager)),
    }))
    // A row without a name is a gap in the export, not an employee.
    .filter((employee) => employee.name !== "");
  if (employees.length === 0) throw new ScorecardError("emptyRoster", { source: table.source });
  refuseDuplicateNames(employees);
  return employees;
}

/** Names compare trimmed and case-insensitively: "Li Na" and "li na " would share a sheet name. */
export function refuseDuplicateNames(employees: readonly Employee[]): void {
  const seen = new Map<string, number>();
  for (const { name } of employees) {
    const key = name.trim().toLowerCase();
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const duplicates = employees
    .map(({ name }) => name.trim())
    .filter((name, i, all) => (seen.get(name.toLowerCase()) ?? 0) > 1 && all.indexOf(name) === i);
  if (duplicates.length > 0)
    throw new ScorecardError("duplicateEmployees", {
      names: duplicates.map((name) => `"${name}"`).join(", "),
    });
}
