/** The Functions page's "insert into the selected cell", through each adapter's port. */
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { MemoryWorkbook } from "../../src/workbook/memory/MemoryWorkbook";
import { WorkbookError } from "../../src/workbook/port";
import { FakeExcel } from "../support/excelMock";

test("Excel: the formula goes into the top-left cell of the selection, in one sync", async () => {
  const fake = new FakeExcel(["Sheet1"]);
  fake.selection = { sheet: "Sheet1", address: "C3:D5" };
  const workbook = new ExcelWorkbook({ run: fake.run });
  await workbook.insertFormula("=OPS.ROI(B2,B3)");
  expect(fake.sheet("Sheet1").input("C3")).toBe("=OPS.ROI(B2,B3)");
  expect(fake.sheet("Sheet1").input("D5")).toBeUndefined();
  expect(workbook.stats.syncs).toBe(1);
});

test("Excel: without a range selected the user is told to select a cell", async () => {
  const fake = new FakeExcel(["Sheet1"]);
  fake.selection = undefined;
  const workbook = new ExcelWorkbook({ run: fake.run });
  await expect(workbook.insertFormula("=1")).rejects.toThrow(WorkbookError);
});

test("memory: the formula lands in the selected cell and is evaluated", async () => {
  const workbook = new MemoryWorkbook();
  const sheet = workbook.addSheetFromRows("Data", [["x"], [1]]);
  workbook.select(sheet, "B2");
  await workbook.insertFormula("=OPS.ROI(13200000,6800000)");
  expect(workbook.getFormula(sheet, "B2")).toBe("=OPS.ROI(13200000,6800000)");
  expect(workbook.getValue(sheet, "B2")).toBeCloseTo(13.2 / 6.8, 12);
  workbook.dispose();
});
