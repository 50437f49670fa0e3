/**
 * The Functions page's "explain the selected cell": each adapter reads the active cell's formula and
 * the ranges it names; explainFormula re-runs the OPS function on them. Expected reasons are the ones
 * the arguments call for by the functions' documented rules: a cost range summing to 0 divides by
 * zero (=A/0 is #DIV/0! in Excel); NORM.S.INV(p) needs 0 < p < 1, so a service level of 1.2 is #NUM!.
 */
import { explainFormula, referencesOf } from "../../src/functions/explainCall";
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { MemoryWorkbook } from "../../src/workbook/memory/MemoryWorkbook";
import type { WorkbookPort } from "../../src/workbook/port";
import { FakeExcel } from "../support/excelMock";

async function explainSelected(port: WorkbookPort, locale: "en-US" | "zh-CN" = "en-US") {
  const cell = await port.readSelectedCell(referencesOf);
  return { cell, explanation: explainFormula(cell.formula, cell.references, locale) };
}

describe("Excel", () => {
  test("a #DIV/0! ROI is explained from the cell's own ranges, in two syncs", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    fake.seed("Sheet1", "A1", [
      [100, 50, "=OPS.ROI(A1:A2,B1:B2)"],
      [200, -50, ""],
    ]);
    fake.selection = { sheet: "Sheet1", address: "C1" };
    const workbook = new ExcelWorkbook({ run: fake.run });
    const { cell, explanation } = await explainSelected(workbook);
    expect(cell.address).toBe("Sheet1!C1");
    expect(cell.references).toEqual([
      [[100], [200]],
      [[50], [-50]],
    ]);
    expect(explanation).toEqual({
      kind: "error",
      functionId: "ROI",
      code: "#DIV/0!",
      reason: "cost is 0, so the result would divide by zero.",
    });
    expect(workbook.stats.syncs).toBe(2);
  });

  test("quoted sheets and defined names are read; the reason follows the panel's language", async () => {
    const fake = new FakeExcel(["Plan", "Demand data"]);
    fake.seed("Demand data", "A1", [[120], [130], [""], [110]]);
    fake.seed("Plan", "B2", [[4]]);
    fake.seedName("LeadTime", "Plan", "B2");
    fake.seed("Plan", "D4", [["=OPS.SAFETYSTOCK('Demand data'!$A$1:$A$4, LeadTime, 120%)"]]);
    fake.selection = { sheet: "Plan", address: "D4:E9" };
    const { cell, explanation } = await explainSelected(
      new ExcelWorkbook({ run: fake.run }),
      "zh-CN"
    );
    expect(cell.references).toEqual([[[120], [130], [null], [110]], [[4]]]);
    expect(explanation).toMatchObject({ kind: "error", code: "#NUM!" });
    expect(explanation).toMatchObject({ reason: "服务水平 必须大于 0 且小于 1。" });
  });

  test("a reference to a missing sheet or name is named, not read", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    fake.seed("Sheet1", "A1", [["=OPS.ROI(Gone!A1:A3, NoSuchName)"]]);
    fake.selection = { sheet: "Sheet1", address: "A1" };
    const { cell, explanation } = await explainSelected(new ExcelWorkbook({ run: fake.run }));
    expect(cell.references).toEqual([undefined, undefined]);
    expect(explanation).toEqual({
      kind: "missingReference",
      functionId: "ROI",
      parameter: "return_amount",
      text: "Gone!A1:A3",
    });
  });

  test("an error value in an argument is what the cell passes on", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    fake.seed("Sheet1", "A1", [["#N/A", 5, "=OPS.ROI(A1,B1)"]]);
    fake.selection = { sheet: "Sheet1", address: "C1" };
    const { explanation } = await explainSelected(new ExcelWorkbook({ run: fake.run }));
    expect(explanation).toEqual({
      kind: "argumentError",
      functionId: "ROI",
      parameter: "return_amount",
      error: "#N/A",
    });
  });

  test("a cell without an OPS call is said to be one", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    fake.seed("Sheet1", "A1", [[42, "=SUM(A1)"]]);
    const workbook = new ExcelWorkbook({ run: fake.run });
    for (const address of ["A1", "B1"]) {
      fake.selection = { sheet: "Sheet1", address };
      expect((await explainSelected(workbook)).explanation).toEqual({ kind: "notOpsCall" });
    }
  });
});

test("memory: the same #DIV/0! ROI is explained from the selected cell", async () => {
  const workbook = new MemoryWorkbook();
  const sheet = workbook.addSheetFromRows("Data", [
    [100, 50],
    [200, -50],
  ]);
  workbook.setCellFormula(sheet, "C1", "=OPS.ROI(A1:A2,B1:B2)");
  workbook.select(sheet, "C1");
  expect(workbook.getValue(sheet, "C1")).toEqual({ error: "#DIV/0!" });
  const { explanation } = await explainSelected(workbook, "zh-CN");
  expect(explanation).toMatchObject({ code: "#DIV/0!", reason: "投入 为 0，结果将除以零。" });
  workbook.dispose();
});
