/**
 * A workbook range read as a table, the way a file is read (tableFromGrid): the header row found below
 * title lines that a pasted export brings along, a bottom 合计/Total row left out, rows numbered as the
 * sheet numbers them; cells kept as the workbook holds them. The range returned is where the table
 * itself sits, so formulas that point at it (the report's live SUMIFS) skip the titles and the total.
 */
import type { CellValue } from "../core/cellValue";
import { tableFromGrid, type GridRange, type HeaderIssues } from "./tableFromGrid";
import type { ReadNotes } from "./tableData";

export interface RangeTable {
  header: string[];
  rows: CellValue[][];
  rowNumbers: number[];
  notes: ReadNotes;
  headerIssues: HeaderIssues;
  /** The table's cells on the sheet, header included (0-based, absolute). */
  range: GridRange;
}

/** `start`: the 0-based sheet position of values[0][0]. Undefined when the range holds no value. */
export function tableFromRange(
  values: readonly (readonly CellValue[])[],
  start: { row: number; column: number }
): RangeTable | undefined {
  const grid = values.map((cells, i) => ({ row: i, line: start.row + i + 1, cells: [...cells] }));
  const table = tableFromGrid(grid, { typeText: false });
  if (!table) return undefined;
  const { header, rows, rowNumbers, notes, headerIssues, range } = table;
  return {
    header,
    rows,
    rowNumbers,
    notes,
    headerIssues,
    range: {
      start: { row: start.row + range.start.row, column: start.column + range.start.column },
      end: { row: start.row + range.end.row, column: start.column + range.end.column },
    },
  };
}
