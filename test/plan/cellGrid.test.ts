/** The one grid writer: its two ways of handing cells back, checked against grids written out by hand. */
import { CellGrid } from "../../src/plan/cellGrid";

describe("CellGrid", () => {
  test("blocks: one per run of consecutive cells in a row, in row order", () => {
    const grid = new CellGrid();
    grid.set(3, 0, "c");
    grid.setRow(1, 1, [1, 2]);
    grid.set(1, 4, { formula: "=B1+C1" });
    expect(grid.blocks()).toEqual([
      { anchor: "B1", rows: [[1, 2]] },
      { anchor: "E1", rows: [[{ formula: "=B1+C1" }]] },
      { anchor: "A3", rows: [["c"]] },
    ]);
  });

  test("rectangle: from A1 down to the last row set, blanks where nothing was set", () => {
    const grid = new CellGrid();
    grid.set(1, 0, "title");
    grid.set(3, 2, 5);
    expect(grid.rectangle(4)).toEqual([
      ["title", null, null, null],
      [null, null, null, null],
      [null, null, 5, null],
    ]);
    // Without a width: out to the last column set.
    expect(grid.rectangle()).toEqual([
      ["title", null, null],
      [null, null, null],
      [null, null, 5],
    ]);
    // A narrower width leaves the cells beyond it out; a height adds blank rows.
    expect(grid.rectangle(1, 4)).toEqual([["title"], [null], [null], [null]]);
  });

  test("get reads back what was set, and the last write to a cell wins", () => {
    const grid = new CellGrid();
    grid.set(2, 1, "a");
    grid.set(2, 1, "b");
    expect(grid.get(2, 1)).toBe("b");
    expect(grid.get(2, 0)).toBeUndefined();
    expect(grid.get(9, 9)).toBeUndefined();
  });

  test("fromRows: ragged rows made one rectangle, a trailing empty row kept with the height", () => {
    const rows = [["a", 1], ["b"], []];
    expect(CellGrid.fromRows(rows).rectangle(undefined, rows.length)).toEqual([
      ["a", 1],
      ["b", null],
      [null, null],
    ]);
    expect(CellGrid.fromRows([]).rectangle(undefined, 0)).toEqual([]);
  });
});
