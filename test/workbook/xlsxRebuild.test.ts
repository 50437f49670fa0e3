/**
 * `replaces` in the xlsx writer: a new file holds only the plan's sheets, so there is never an old sheet
 * in it to keep. A name in `existingSheetNames` (the workbook the file will join) is avoided as always,
 * because the file cannot hide the sheet it would supersede there.
 */
import * as ExcelJS from "exceljs";
import { writePlanToXlsx } from "../../src/workbook/xlsx/writeXlsx";
import { MemoryWorkbook } from "../../src/workbook/memory/MemoryWorkbook";
import { FIRST, REPORT, SECOND, reportPlan } from "./rebuildPlan";

async function written(existingSheetNames?: string[]) {
  const output = await writePlanToXlsx(reportPlan(FIRST), undefined, { existingSheetNames });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(output.buffer as unknown as ExcelJS.Buffer);
  return { output, workbook };
}

test("with no sheet of that name to join, the sheet has its name, visible, and no previous version", async () => {
  const { output, workbook } = await written();
  expect(output.result).toEqual({ sheetNames: { report: REPORT } });
  expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
    [REPORT, "visible"],
  ]);
  expect(workbook.definedNames.getRanges("Report_Total").ranges).toEqual(["Report!$B$5"]); // ExcelJS reads it back unquoted
});

test("when the workbook it joins has the replaced sheet, the file's sheet takes a free name", async () => {
  const { output, workbook } = await written(["Notes", "report", "Report (2)"]);
  expect(output.result).toEqual({ sheetNames: { report: "Report (3)" } });
  expect(output.result.previousVersions).toBeUndefined();
  expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
    ["Report (3)", "visible"],
  ]);
  expect(workbook.getWorksheet("Report (3)")!.getCell("B2").value).toBe(FIRST[0]);
  expect(workbook.definedNames.getRanges("Report_Total").ranges).toEqual(["'Report (3)'!$B$5"]);
});

test("an invalid `replaces` is refused like any invalid plan", async () => {
  const plan = reportPlan(FIRST);
  plan.sheets[0].replaces = " ";
  await expect(writePlanToXlsx(plan, undefined)).rejects.toMatchObject({
    code: "invalidPlan",
    message: expect.stringContaining('"replaces" must name the sheet it rebuilds'),
  });
});

test("a kept version written to a file stays hidden, with its contents", async () => {
  // What the playground's download does with a memory workbook that rebuilt its report.
  const memory = new MemoryWorkbook();
  await memory.applyPlan(reportPlan(FIRST));
  await memory.applyPlan(reportPlan(SECOND));
  const sheets = await memory.listSheets();
  memory.dispose();
  expect(sheets).toEqual([REPORT, "Report (v1)"]);
  const plan = {
    sheets: [
      { key: "now", name: REPORT, blocks: [{ anchor: "B2", rows: [[SECOND[0]]] }] },
      { key: "kept", name: "Report (v1)", blocks: [{ anchor: "B2", rows: [[FIRST[0]]] }] },
    ],
  };
  const output = await writePlanToXlsx(plan, undefined, { hiddenSheetKeys: ["kept"] });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(output.buffer as unknown as ExcelJS.Buffer);
  expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
    [REPORT, "visible"],
    ["Report (v1)", "hidden"],
  ]);
  expect(workbook.getWorksheet("Report (v1)")!.getCell("B2").value).toBe(FIRST[0]);
  await expect(
    writePlanToXlsx(plan, undefined, { hiddenSheetKeys: ["nowhere"] })
  ).rejects.toMatchObject({ code: "invalidPlan" });
});
