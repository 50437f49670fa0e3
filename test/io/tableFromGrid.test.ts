import {
  findHeaderIssues,
  hasHeaderIssues,
  tableFromGrid,
  type GridRow,
} from "../../src/table/tableFromGrid";

function grid(...rows: (string | number | boolean | Date | null)[][]): GridRow[] {
  return rows.map((cells, row) => ({ row, line: row + 1, cells }));
}

describe("tableFromGrid", () => {
  it("takes the first non-empty row as the header and types the data rows", () => {
    const table = tableFromGrid(
      grid([], ["", " "], ["日期", "销售额", "有效"], ["2025-01-03", "1,234.50", "TRUE"])
    );
    expect(table).toEqual({
      header: ["日期", "销售额", "有效"],
      rows: [["2025-01-03", 1234.5, true]],
      rowNumbers: [4],
      headerIssues: { blankColumns: [], duplicates: [] },
      range: { start: { row: 2, column: 0 }, end: { row: 3, column: 2 } },
      notes: { titleLines: [], skippedLines: [] },
      badFieldCounts: [],
    });
  });

  it("keeps only the columns that hold a value (trailing commas, leading empty columns)", () => {
    const table = tableFromGrid(
      grid([null, "a", "b", ""], [null, "1", "2", ""], [null, "3", "", " "])
    )!;
    expect(table.header).toEqual(["a", "b"]);
    expect(table.rows).toEqual([
      [1, 2],
      [3, null],
    ]);
    expect(table.range).toEqual({ start: { row: 0, column: 1 }, end: { row: 2, column: 2 } });
  });

  it("drops blank rows between data rows and pads short rows with blanks", () => {
    const table = tableFromGrid(grid(["a", "b"], ["1"], [], ["", ""], ["2", "x"]))!;
    expect(table.rows).toEqual([
      [1, null],
      [2, "x"],
    ]);
    expect(table.range.end.row).toBe(4);
  });

  it("keeps a data column without a header, and reports it", () => {
    const table = tableFromGrid(grid(["a", ""], ["1", "note"]))!;
    expect(table.header).toEqual(["a", ""]);
    expect(table.headerIssues.blankColumns).toEqual([1]);
  });

  it("writes header cells as text: numbers as written, dates as ISO dates", () => {
    const table = tableFromGrid(grid([2025, new Date(Date.UTC(2025, 5, 1)), true], [1, 2, 3]))!;
    expect(table.header).toEqual(["2025", "2025-06-01", "TRUE"]);
  });

  it("turns dates in data rows into Excel serials", () => {
    expect(tableFromGrid(grid(["d"], [new Date(Date.UTC(2025, 0, 3))]))!.rows).toEqual([[45660]]);
  });

  it("returns a header with no rows when there is only a header", () => {
    expect(tableFromGrid(grid(["a", "b"]))!.rows).toEqual([]);
  });

  it("returns undefined when there is no value at all", () => {
    expect(tableFromGrid([])).toBeUndefined();
    expect(tableFromGrid(grid([""], [null, "  "]))).toBeUndefined();
  });
});

describe("findHeaderIssues", () => {
  it("reports blank and duplicate headers without renaming them", () => {
    const issues = findHeaderIssues(["日期", "金额", "", "金额", "", "日期", "金额"]);
    expect(issues).toEqual({
      blankColumns: [2, 4],
      duplicates: [
        { name: "日期", columns: [0, 5] },
        { name: "金额", columns: [1, 3, 6] },
      ],
    });
    expect(hasHeaderIssues(issues)).toBe(true);
    expect(hasHeaderIssues(findHeaderIssues(["a", "b"]))).toBe(false);
  });
});
