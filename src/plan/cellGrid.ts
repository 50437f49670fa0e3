/**
 * The one grid writer: cells set by position (1-based row, 0-based column), with the sheet's formats
 * alongside. Builders that lay out a sheet cell by cell use it. It hands the cells back either as
 * compact blocks (`blocks`: one per run of consecutive filled cells in a row, so empty space costs
 * nothing in the Excel request) or as one rectangle from A1 (`rectangle`: a dense sheet in one block,
 * blanks written as such).
 */
import { columnLetters, parseCell } from "./a1";
import type { CellBlock, ConditionalFormat, FormatRange, PlanCell } from "./types";

export class CellGrid {
  /** Row → its cells by column (a sparse array: ordered by column, cheap on a dense report sheet). */
  private readonly cells = new Map<number, PlanCell[]>();
  readonly formats: FormatRange[] = [];
  readonly conditionalFormats: ConditionalFormat[] = [];

  /** 1-based row, 0-based column. */
  set(row: number, column: number, value: PlanCell): void {
    let line = this.cells.get(row);
    if (!line) this.cells.set(row, (line = []));
    line[column] = value;
  }

  setRow(row: number, column: number, values: PlanCell[]): void {
    values.forEach((v, i) => this.set(row, column + i, v));
  }

  /** What was set at a cell (1-based row, 0-based column), if anything. */
  get(row: number, column: number): PlanCell | undefined {
    const line = this.cells.get(row);
    return line && column in line ? line[column] : undefined;
  }

  setA1(a1: string, value: PlanCell): void {
    const cell = parseCell(a1);
    if (!cell) throw new Error(`not a cell: ${a1}`);
    this.set(cell.row + 1, cell.column, value);
  }

  format(range: FormatRange): void {
    this.formats.push(range);
  }

  conditionalFormat(format: ConditionalFormat): void {
    this.conditionalFormats.push(format);
  }

  blocks(): CellBlock[] {
    const blocks: CellBlock[] = [];
    for (const row of [...this.cells.keys()].sort((a, b) => a - b)) {
      const line = this.cells.get(row)!;
      const columns: number[] = [];
      line.forEach((_, column) => columns.push(column));
      let start = columns[0];
      let run: PlanCell[] = [];
      columns.forEach((column, i) => {
        if (i > 0 && column !== columns[i - 1] + 1) {
          blocks.push({ anchor: `${columnLetters(start)}${row}`, rows: [run] });
          start = column;
          run = [];
        }
        run.push(line[column]);
      });
      blocks.push({ anchor: `${columnLetters(start)}${row}`, rows: [run] });
    }
    return blocks;
  }

  /**
   * The cells as one block's rows from A1: `height` rows (default: down to the last row set), `width`
   * columns (default: out to the last column set, at least one); blank where nothing was set. Cells
   * beyond `width` are not part of the rectangle.
   */
  rectangle(width?: number, height?: number): PlanCell[][] {
    let lastRow = 0;
    let lastColumn = 0;
    for (const [row, line] of this.cells) {
      lastRow = Math.max(lastRow, row);
      lastColumn = Math.max(lastColumn, line.length);
    }
    const columns = width ?? Math.max(1, lastColumn);
    const rows: PlanCell[][] = [];
    for (let row = 1; row <= (height ?? lastRow); row++) {
      const line = this.cells.get(row);
      const full = new Array<PlanCell>(columns);
      for (let column = 0; column < columns; column++) full[column] = line?.[column] ?? null;
      rows.push(full);
    }
    return rows;
  }

  /** Rows given whole (a row per array, from A1) as a grid. */
  static fromRows(rows: readonly (readonly PlanCell[])[]): CellGrid {
    const grid = new CellGrid();
    rows.forEach((row, r) => row.forEach((cell, column) => grid.set(r + 1, column, cell)));
    return grid;
  }
}
