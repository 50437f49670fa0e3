/** Reading through ExcelWorkbook: typed rows, windows under Excel's limits, missing things named. */
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { READ_WINDOW_MAX_CELLS, windowRows } from "../../src/workbook/excel/readWindows";
import { WorkbookError } from "../../src/workbook/port";
import { FakeExcel, PAYLOAD_LIMIT_BYTES, READ_CELL_LIMIT } from "../support/excelMock";

/** 2024-01-15 as an Excel serial date. */
const JAN_15_2024 = 45306;

function ordersWorkbook() {
  const fake = new FakeExcel(["Orders", "Empty"]);
  fake.seed("Orders", "B2", [
    ["Order", "Date", "Amount", "Paid", "Note"],
    ["A-1", JAN_15_2024, 120.5, true, ""],
    ["A-2", JAN_15_2024 + 1, 80, false, "'=not a formula"],
    ["A-3", JAN_15_2024 + 2, "", true, "rush"],
  ]);
  fake.seedTable("Orders", "OrderTable", "B2:F5");
  return { fake, workbook: new ExcelWorkbook({ run: fake.run }) };
}

const EXPECTED_ROWS = [
  ["A-1", JAN_15_2024, 120.5, true, null],
  ["A-2", JAN_15_2024 + 1, 80, false, "=not a formula"],
  ["A-3", JAN_15_2024 + 2, null, true, "rush"],
];

describe("reads", () => {
  it("reads a table with typed rows: numbers, serial dates, booleans, text, blanks as null", async () => {
    const { workbook } = ordersWorkbook();
    await expect(workbook.readTable("OrderTable")).resolves.toEqual({
      source: "Table OrderTable",
      origin: { kind: "table", table: "OrderTable" },
      header: ["Order", "Date", "Amount", "Paid", "Note"],
      rows: EXPECTED_ROWS,
    });
  });

  it("reads a sheet's used range and the region around the selection", async () => {
    const { fake, workbook } = ordersWorkbook();
    fake.seed("Orders", "H10", [["elsewhere"]]);
    const used = await workbook.readUsedRange("Orders");
    expect(used.source).toBe("Orders!B2:H10");
    // Blank rows are no rows (as in a file); each row keeps its sheet row number.
    expect(used.rows).toHaveLength(4);
    expect(used.rowNumbers).toEqual([3, 4, 5, 10]);
    fake.selection = { sheet: "Orders", address: "D3" };
    await expect(workbook.readSelectionRegion()).resolves.toEqual({
      source: "Orders!B2:F5",
      origin: { kind: "range", sheet: "Orders", address: "B2:F5" },
      header: ["Order", "Date", "Amount", "Paid", "Note"],
      rows: EXPECTED_ROWS,
      rowNumbers: [3, 4, 5],
      notes: { titleLines: [], skippedLines: [] },
    });
  });

  it("names what is missing or empty", async () => {
    const { fake, workbook } = ordersWorkbook();
    await expect(workbook.readTable("Nope")).rejects.toMatchObject({
      code: "notFound",
      message: expect.stringContaining('"Nope"'),
    });
    await expect(workbook.readUsedRange("Nope")).rejects.toMatchObject({ code: "notFound" });
    await expect(workbook.readUsedRange("Empty")).rejects.toMatchObject({ code: "empty" });
    await expect(workbook.readSelectionRegion()).rejects.toMatchObject({
      code: "notFound",
      message: expect.stringContaining("Select"),
    });
    fake.selection = { sheet: "Empty", address: "C3" };
    await expect(workbook.readSelectionRegion()).rejects.toBeInstanceOf(WorkbookError);
  });

  it("lists sheets and tables and activates a sheet", async () => {
    const { fake, workbook } = ordersWorkbook();
    await expect(workbook.listSheets()).resolves.toEqual(["Orders", "Empty"]);
    await expect(workbook.listTables()).resolves.toEqual([{ name: "OrderTable", sheet: "Orders" }]);
    await workbook.activateSheet("Empty");
    expect(fake.activeSheet).toBe("Empty");
    await expect(workbook.activateSheet("Missing")).rejects.toMatchObject({ code: "notFound" });
  });
});

describe("large reads go in windows", () => {
  const ROWS = 1_200_000;
  const COLUMNS = 5;

  it("reads a 1,200,000 × 5 used range in several windows, each under 5,000,000 cells and 5 MB, reporting each", async () => {
    const fake = new FakeExcel(["Huge"]);
    fake.sheet("Huge").virtual = {
      rows: ROWS,
      columns: COLUMNS,
      valueAt: (row, column) =>
        row === 0
          ? `col${column}`
          : column === 0
            ? `id-${row}`
            : column === 4
              ? row % 2 === 0
              : row * 10 + column,
    };
    const workbook = new ExcelWorkbook({ run: fake.run });
    const progress: [number, number][] = [];
    const data = await workbook.readUsedRange("Huge", {
      onProgress: (done, total) => progress.push([done, total]),
    });

    expect(data.header).toEqual(["col0", "col1", "col2", "col3", "col4"]);
    expect(data.rows).toHaveLength(ROWS - 1);
    expect(data.rows[0]).toEqual(["id-1", 11, 12, 13, false]);
    expect(data.rows[ROWS - 2]).toEqual([
      `id-${ROWS - 1}`,
      (ROWS - 1) * 10 + 1,
      (ROWS - 1) * 10 + 2,
      (ROWS - 1) * 10 + 3,
      (ROWS - 1) % 2 === 0,
    ]);

    const reads = fake.valueReads;
    expect(reads.length).toBeGreaterThan(2);
    expect(reads.reduce((sum, read) => sum + read.rows, 0)).toBe(ROWS);
    for (const read of reads) {
      expect(read.columns).toBe(COLUMNS);
      expect(read.rows * read.columns).toBeLessThanOrEqual(
        Math.min(READ_CELL_LIMIT, READ_WINDOW_MAX_CELLS)
      );
      expect(read.bytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    }
    // Progress after each window the fake served: rows so far (header included) of all rows.
    let sofar = 0;
    expect(progress).toEqual(reads.map((read) => [(sofar += read.rows), ROWS]));
    // One sync to find the sheet, one for the used range, one for its size, one per window.
    expect(workbook.stats.syncs).toBe(3 + reads.length);
  }, 60_000);

  it("sizes windows from the column count", () => {
    expect(windowRows(5, 16)).toBe(Math.floor(Math.floor((4 * 1024 * 1024) / 24) / 5));
    expect(windowRows(1, 1) * 1).toBe(READ_WINDOW_MAX_CELLS);
    expect(windowRows(20_000, 10_000)).toBe(1);
  });

  it("halves a window Excel refuses for its size and carries on", async () => {
    const fake = new FakeExcel(["Wide"]);
    const long = "x".repeat(300);
    fake.sheet("Wide").virtual = {
      rows: 20_000,
      columns: 5,
      valueAt: (row, column) => (row === 0 ? `h${column}` : `${long}${row}`),
    };
    const workbook = new ExcelWorkbook({ run: fake.run });
    const data = await workbook.readUsedRange("Wide");
    expect(data.rows).toHaveLength(19_999);
    expect(data.rows[19_998][4]).toBe(`${long}19999`);
    expect(fake.syncs.some((sync) => sync.failed)).toBe(true); // the first, too big, window
    fake.valueReads.forEach((read) => expect(read.bytes).toBeLessThan(PAYLOAD_LIMIT_BYTES));
  });
});
