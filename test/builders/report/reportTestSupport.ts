/** Reading a built report back from the memory adapter, by labels rather than by fixed addresses. */
import { cellA1 } from "../../../src/plan/a1";
import type { WorkbookPlan } from "../../../src/plan/types";
import type { ComputedValue } from "../../../src/workbook/port";
import { MemoryWorkbook } from "../../../src/workbook/memory/MemoryWorkbook";
import { sheetValues } from "../../support/memorySheet";

export interface ReadReport {
  memory: MemoryWorkbook;
  sheet: string;
  grid: ComputedValue[][];
  /** Value under the column whose row-8 label is `column` (the first such column after `after`). */
  value(
    metricLabel: string,
    rowLabels: string[],
    column: string,
    occurrence?: number
  ): ComputedValue;
  nameValue(name: string): ComputedValue;
}

export async function applyReport(
  plan: WorkbookPlan,
  setup?: (memory: MemoryWorkbook) => void
): Promise<ReadReport> {
  const memory = new MemoryWorkbook();
  setup?.(memory);
  const result = await memory.applyPlan(plan);
  const sheet = result.sheetNames.report;
  const grid = sheetValues(memory, sheet);
  const labelRow = grid[7];
  return {
    memory,
    sheet,
    grid,
    value(metricLabel, rowLabels, column, occurrence = 0) {
      const title = grid.findIndex((row) => row[0] === metricLabel);
      if (title < 0) throw new Error(`no section ${metricLabel}`);
      let r = title + 1;
      while (r < grid.length && !rowLabels.every((label, i) => grid[r][i] === label)) r++;
      if (r >= grid.length) throw new Error(`no row ${rowLabels.join("/")} in ${metricLabel}`);
      const columns = labelRow.flatMap((label, c) => (label === column ? [c] : []));
      if (columns[occurrence] === undefined) throw new Error(`no column ${column}`);
      return grid[r][columns[occurrence]];
    },
    nameValue(name) {
      const info = memory.definedNames().find((n) => n.name === name);
      if (!info) throw new Error(`no name ${name}`);
      const match = /^'(.*)'!\$([A-Z]+)\$(\d+)$/.exec(info.ref)!;
      return memory.getValue(match[1].replace(/''/g, "'"), `${match[2]}${match[3]}`);
    },
  };
}

/** Every cell that is an Excel error, as "A1: #DIV/0!". */
export function errorCells(grid: ComputedValue[][]): string[] {
  const found: string[] = [];
  grid.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell !== null && typeof cell === "object")
        found.push(`${cellA1({ row: r, column: c })}: ${cell.error}`);
    })
  );
  return found;
}
