/**
 * The one grid writer: cells set by position (1-based row, 0-based column), turned into compact plan
 * blocks, one per run of consecutive filled cells in a row, so empty space costs nothing in the Excel
 * request; with the sheet's formats alongside. Builders that lay out a sheet cell by cell use it.
 */
import { columnLetters, parseCell } from "./a1";
import type { CellBlock, ConditionalFormat, FormatRange, PlanCell } from "./types";

export class CellGrid {
  private readonly cells = new Map<number, Map<number, PlanCell>>();
  readonly formats: FormatRange[] = [];
  readonly conditionalFormats: ConditionalFormat[] = [];

  /** 1-based row, 0-based column. */
  set(row: number, column: number, value: PlanCell): void {
    let line = this.cells.get(row);
    if (!line) this.cells.set(row, (line = new Map()));
    line.set(column, value);
  }

  setRow(row: number, column: number, values: PlanCell[]): void {
    values.forEach((v, i) => this.set(row, column + i, v));
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
      const columns = [...line.keys()].sort((a, b) => a - b);
      let start = columns[0];
      let run: PlanCell[] = [];
      columns.forEach((column, i) => {
        if (i > 0 && column !== columns[i - 1] + 1) {
          blocks.push({ anchor: `${columnLetters(start)}${row}`, rows: [run] });
          start = column;
          run = [];
        }
        run.push(line.get(column)!);
      });
      blocks.push({ anchor: `${columnLetters(start)}${row}`, rows: [run] });
    }
    return blocks;
  }
}
