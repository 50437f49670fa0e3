/**
 * Reading data back from the memory workbook: tables, used ranges and the current region around the
 * selection, on sheets loaded with addSheetFromRows; user text stays text whatever it looks like.
 */
import fc from "fast-check";
import type { CellValue } from "../../src/plan/types";
import { WorkbookError } from "../../src/workbook/port";
import { MemoryWorkbook } from "../../src/workbook/memory/MemoryWorkbook";

const ORDERS: CellValue[][] = [
  ["SKU", "Qty", "Price", "Active"],
  ["A-1", 3, 9.5, true],
  ["=1+1", null, "-12", false],
  ["B-7", 4, 20, null],
];

async function failure(action: () => unknown): Promise<WorkbookError> {
  try {
    await action();
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookError);
    return error as WorkbookError;
  }
  throw new Error("expected a WorkbookError");
}

function ordersWorkbook() {
  const workbook = new MemoryWorkbook();
  const sheet = workbook.addSheetFromRows("Orders", ORDERS);
  return { workbook, sheet };
}

describe("addSheetFromRows", () => {
  test("adds a sheet with a unique name and typed values; text stays text", async () => {
    const { workbook, sheet } = ordersWorkbook();
    expect(sheet).toBe("Orders");
    expect(workbook.addSheetFromRows("orders", [["x"]])).toBe("orders (2)");
    expect(await workbook.listSheets()).toEqual(["Orders", "orders (2)"]);
    expect(workbook.getValue("Orders", "A3")).toBe("=1+1");
    expect(workbook.getValue("Orders", "C3")).toBe("-12");
    expect(workbook.getValue("Orders", "C2")).toBe(9.5);
    expect(workbook.getValue("Orders", "D2")).toBe(true);
    expect(workbook.getValue("Orders", "B3")).toBeNull();
  });

  test("any string round-trips exactly, as text", () => {
    const workbook = new MemoryWorkbook();
    const sheet = workbook.addSheetFromRows("Text", [["seed"]]);
    const risky = fc.oneof(
      fc.string(),
      fc
        .constantFrom(
          "=",
          "+",
          "-",
          "@",
          "'",
          "\t",
          "\r",
          "#",
          "TRUE",
          "12%",
          "1e3",
          "2024-01-01",
          "$1"
        )
        .chain((lead) => fc.string().map((rest) => lead + rest))
    );
    fc.assert(
      fc.property(
        risky.filter((text) => text !== ""),
        (text) => {
          workbook.setCellValue(sheet, "A1", text);
          expect(workbook.getValue(sheet, "A1")).toBe(text);
        }
      )
    );
  });

  test("numbers round-trip as numbers", () => {
    const workbook = new MemoryWorkbook();
    const sheet = workbook.addSheetFromRows("Numbers", [[0]]);
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        workbook.setCellValue(sheet, "B2", n);
        expect(workbook.getValue(sheet, "B2")).toBe(n === 0 ? 0 : n);
      })
    );
  });
});

describe("readUsedRange", () => {
  test("header as strings, rows typed, blanks null", async () => {
    const { workbook } = ordersWorkbook();
    expect(await workbook.readUsedRange("Orders")).toEqual({
      source: "Orders!A1:D4",
      origin: { kind: "range", sheet: "Orders", address: "A1:D4" },
      header: ["SKU", "Qty", "Price", "Active"],
      rows: ORDERS.slice(1),
      rowNumbers: [2, 3, 4],
      notes: { titleLines: [], skippedLines: [] },
    });
  });

  test("starts at the first used cell, not at A1", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheetFromRows("Offset", [[], [null, null, "Month", 2024], [null, null, "Jan", 5]]);
    expect(await workbook.readUsedRange("Offset")).toEqual({
      source: "Offset!C2:D3",
      origin: { kind: "range", sheet: "Offset", address: "C2:D3" },
      header: ["Month", "2024"],
      rows: [["Jan", 5]],
      rowNumbers: [3],
      notes: { titleLines: [], skippedLines: [] },
    });
  });

  test("errors read as Excel shows them", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheetFromRows("E", [
      ["a", "b"],
      [1, 0],
    ]);
    workbook.setCellFormula("E", "C2", "=A2/B2");
    workbook.setCellValue("E", "C1", "ratio");
    expect((await workbook.readUsedRange("E")).rows).toEqual([[1, 0, "#DIV/0!"]]);
  });

  test("missing and empty sheets", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheetFromRows("Blank", []);
    workbook.addSheetFromRows("HeaderOnly", [["a", "b"]]);
    expect((await failure(() => workbook.readUsedRange("Nope"))).code).toBe("notFound");
    expect((await failure(() => workbook.readUsedRange("Blank"))).code).toBe("empty");
    expect((await failure(() => workbook.readUsedRange("HeaderOnly"))).code).toBe("empty");
  });
});

describe("tables", () => {
  test("a registered table reads by name, case-insensitively", async () => {
    const { workbook } = ordersWorkbook();
    workbook.addTable("Orders", "OrderLines", "A1:D4");
    expect(await workbook.listTables()).toEqual([{ name: "OrderLines", sheet: "Orders" }]);
    expect(await workbook.readTable("orderlines")).toEqual({
      source: "Table OrderLines",
      origin: { kind: "table", table: "OrderLines" },
      header: ["SKU", "Qty", "Price", "Active"],
      rows: ORDERS.slice(1),
    });
  });

  test("structured references to it compute", () => {
    const { workbook } = ordersWorkbook();
    workbook.addTable("Orders", "OrderLines", "A1:D4");
    workbook.setCellFormula("Orders", "F1", "=SUM(OrderLines[Qty])");
    workbook.setCellFormula("Orders", "F2", "=SUM(OrderLines[[Qty]:[Price]])");
    workbook.setCellFormula("Orders", "F3", "=COUNTA(OrderLines[#Headers])");
    workbook.setCellFormula("Orders", "F4", "=ROWS(OrderLines[#All])");
    workbook.setCellFormula("Orders", "E2", "=OrderLines[@Qty]*2");
    expect(workbook.getValue("Orders", "F1")).toBe(3 + 4);
    expect(workbook.getValue("Orders", "F2")).toBe(3 + 9.5 + 4 + 20); // "-12" is text, which SUM skips
    expect(workbook.getValue("Orders", "F3")).toBe(4);
    expect(workbook.getValue("Orders", "F4")).toBe(4);
    expect(workbook.getValue("Orders", "E2")).toBe(6);
    expect(workbook.getFormula("Orders", "F1")).toBe("=SUM(OrderLines[Qty])");
    workbook.setCellFormula("Orders", "E9", "=OrderLines[@Qty]"); // below the table: no "this row"
    expect(workbook.getValue("Orders", "E9")).toEqual({ error: "#VALUE!" });
    workbook.setCellValue("Orders", "B4", 10);
    expect(workbook.getValue("Orders", "F1")).toBe(3 + 10);
  });

  test("bad names, overlaps and unreadable formulas are refused", async () => {
    const { workbook } = ordersWorkbook();
    workbook.addTable("Orders", "OrderLines", "A1:D4");
    expect((await failure(() => workbook.addTable("Orders", "B2", "F1:G3"))).code).toBe(
      "invalidPlan"
    );
    expect((await failure(() => workbook.addTable("Orders", "orderlines", "F1:G3"))).code).toBe(
      "invalidPlan"
    );
    expect((await failure(() => workbook.addTable("Orders", "Other", "D4:E6"))).code).toBe(
      "invalidPlan"
    );
    expect((await failure(() => workbook.addTable("Nope", "Other", "A1:B2"))).code).toBe(
      "notFound"
    );
    expect(
      (await failure(() => workbook.setCellFormula("Orders", "H1", "=SUM(OrderLines[Nope])"))).code
    ).toBe("applyFailed");
    expect((await failure(() => workbook.setCellFormula("Orders", "H1", "=SUM(1,"))).code).toBe(
      "applyFailed"
    );
    expect(workbook.getValue("Orders", "H1")).toBeNull();
  });

  test("missing and empty tables", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheetFromRows("T", [
      ["a", "b"],
      [null, null],
    ]);
    workbook.addTable("T", "Blank", "A1:B2");
    expect((await failure(() => workbook.readTable("Nope"))).code).toBe("notFound");
    expect((await failure(() => workbook.readTable("Blank"))).code).toBe("empty");
  });
});

describe("readSelectionRegion", () => {
  /** Two blocks: A1:B3 and, apart from it, D5:E6 (touching C4 diagonally would join them). */
  function twoBlocks() {
    const workbook = new MemoryWorkbook();
    workbook.addSheetFromRows("Data", [
      ["Month", "Sales"],
      ["Jan", 10],
      ["Feb", 20],
      [],
      [null, null, null, "SKU", "Qty"],
      [null, null, null, "A", 1],
    ]);
    return workbook;
  }

  test("without a selection: the region around A1 of the first sheet", async () => {
    const data = await twoBlocks().readSelectionRegion();
    expect(data).toEqual({
      source: "Data!A1:B3",
      origin: { kind: "range", sheet: "Data", address: "A1:B3" },
      header: ["Month", "Sales"],
      rows: [
        ["Jan", 10],
        ["Feb", 20],
      ],
      rowNumbers: [2, 3],
      notes: { titleLines: [], skippedLines: [] },
    });
  });

  test("around the selected cell", async () => {
    const workbook = twoBlocks();
    workbook.select("Data", "E6");
    expect(await workbook.readSelectionRegion()).toEqual({
      source: "Data!D5:E6",
      origin: { kind: "range", sheet: "Data", address: "D5:E6" },
      header: ["SKU", "Qty"],
      rows: [["A", 1]],
      rowNumbers: [6],
      notes: { titleLines: [], skippedLines: [] },
    });
  });

  test("a diagonal neighbour joins the region, as in Excel", async () => {
    const workbook = twoBlocks();
    workbook.setCellValue("Data", "C4", "x");
    workbook.select("Data", "A1");
    expect((await workbook.readSelectionRegion()).source).toBe("Data!A1:E6");
  });

  test("follows the active sheet", async () => {
    const workbook = twoBlocks();
    workbook.addSheetFromRows("Other", [["k"], ["v"]]);
    await workbook.activateSheet("Other");
    expect((await workbook.readSelectionRegion()).source).toBe("Other!A1:A2");
    await expect(workbook.activateSheet("Nope")).rejects.toMatchObject({ code: "notFound" });
  });

  test("a blank, isolated active cell is empty; no sheets is notFound", async () => {
    const workbook = twoBlocks();
    workbook.select("Data", "H20");
    expect((await failure(() => workbook.readSelectionRegion())).code).toBe("empty");
    expect((await failure(() => new MemoryWorkbook().readSelectionRegion())).code).toBe("notFound");
  });
});

test("inspection of a missing sheet or a bad address is notFound", async () => {
  const { workbook } = ordersWorkbook();
  expect((await failure(() => workbook.getValue("Nope", "A1"))).code).toBe("notFound");
  expect((await failure(() => workbook.getValue("Orders", "A0"))).code).toBe("notFound");
});
