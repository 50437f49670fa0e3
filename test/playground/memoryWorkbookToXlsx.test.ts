import * as ExcelJS from "exceljs";
import { memoryWorkbookToXlsx } from "../../src/playground/memoryWorkbookToXlsx";
import { addTableSheet, tableNameFor } from "../../src/playground/loadedTables";
import { generateSampleOrders } from "../../src/playground/sampleOrdersData";
import { generateSampleShopData } from "../../src/playground/sampleShopData";
import { sampleWorkbookPlan } from "../../src/playground/sampleWorkbookPlan";
import type { WorkbookPlan } from "../../src/plan/types";
import { MemoryWorkbook } from "../../src/workbook/memory/MemoryWorkbook";

let memory: MemoryWorkbook;
beforeEach(() => (memory = new MemoryWorkbook()));
afterEach(() => memory.dispose());

async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** A formula cell's cached result, else the cell's value, as ExcelJS reads it. */
function shown(cell: ExcelJS.Cell): unknown {
  const value = cell.value;
  if (value && typeof value === "object" && "formula" in value) return value.result;
  return value;
}

test("the current sheets round-trip: values, typed formulas with their results, formats and tables", async () => {
  const data = generateSampleShopData();
  data.daily = data.daily.slice(0, 90); // ten days: the round trip, not the size, is under test
  const orders = generateSampleOrders(data.customers.slice(0, 10)); // and ten customers' orders
  const { sheetNames } = await memory.applyPlan(sampleWorkbookPlan(data, undefined, orders));
  const daily = sheetNames.daily;
  memory.setCellFormula(daily, "K2", "=SUM(ShopDaily[GMV])");
  memory.setCellFormula(daily, "K3", "=K2/SUM(ShopDaily[UV])");
  memory.setCellValue(daily, "K4", "=not a formula");

  const { bytes } = await memoryWorkbookToXlsx(memory);
  const file = await reopen(bytes);

  expect(file.worksheets.map((sheet) => sheet.name)).toEqual(await memory.listSheets());
  const sheet = file.getWorksheet(daily)!;
  for (const a1 of ["A1", "B2", "C3", "D4", "G10", "I91", "K2", "K3", "K4"]) {
    const expected = memory.getValue(daily, a1);
    const actual = shown(sheet.getCell(a1));
    if (typeof expected === "number") expect(actual).toBeCloseTo(expected, 6);
    else expect(actual).toEqual(expected);
  }
  expect((sheet.getCell("K2").value as ExcelJS.CellFormulaValue).formula).toMatch(
    /SUM\(ShopDaily\[GMV\]\)/
  );
  expect(sheet.getCell("K4").value).toBe("=not a formula"); // user text stays text
  expect(sheet.getCell("A2").numFmt).toBe("yyyy-mm-dd");
  expect(sheet.getCell("G2").numFmt).toBe("¥#,##0;-¥#,##0");
  expect(Object.keys((sheet as unknown as { tables: object }).tables)).toContain("ShopDaily");

  const team = file.getWorksheet(sheetNames.team)!;
  expect(team.getCell("B2").value).toBe(data.team[0].roleId);
});

test("a loaded file's sheet and table are in the download", async () => {
  const loaded = await addTableSheet(memory, "orders 2025.csv", {
    source: "orders 2025.csv",
    header: ["Day", "Amount"],
    rows: [
      [45658, 100],
      [45659, 250.5],
    ],
  });
  expect(loaded).toEqual({ sheet: "orders 2025", name: "orders_2025", range: "A1:B3" });
  memory.setCellFormula(loaded.sheet, "D1", "=SUM(orders_2025[Amount])");

  const file = await reopen((await memoryWorkbookToXlsx(memory, [loaded])).bytes);
  const sheet = file.getWorksheet("orders 2025")!;
  expect(shown(sheet.getCell("D1"))).toBe(350.5);
  expect(sheet.getCell("B3").value).toBe(250.5);
  expect(Object.keys((sheet as unknown as { tables: object }).tables)).toContain("orders_2025");
});

test("table names from file names are valid and unused", () => {
  expect(tableNameFor("销售 数据", new Set())).toBe("Table");
  expect(tableNameFor("Q1", new Set())).toBe("Table_Q1");
  expect(tableNameFor("2025 orders", new Set())).toBe("Table_2025_orders");
  expect(tableNameFor("Sales", new Set(["sales"]))).toBe("Sales_2");
});

test("a rebuilt sheet's earlier version stays hidden in the download", async () => {
  const plan = (value: number): WorkbookPlan => ({
    sheets: [
      { key: "r", name: "Report", replaces: "Report", blocks: [{ anchor: "A1", rows: [[value]] }] },
    ],
  });
  await memory.applyPlan(plan(1));
  const { previousVersions } = await memory.applyPlan(plan(2));
  expect(previousVersions).toEqual({ r: "Report (v1)" });

  const file = await reopen((await memoryWorkbookToXlsx(memory)).bytes);
  expect(file.worksheets.map((sheet) => sheet.name)).toEqual(await memory.listSheets());
  const state = (name: string) => {
    const sheet = file.getWorksheet(name)!;
    return [sheet.state, sheet.getCell("A1").value];
  };
  expect(state("Report (v1)")).toEqual(["hidden", 1]);
  expect(state("Report")).toEqual(["visible", 2]);
});
