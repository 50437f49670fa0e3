/**
 * An export pasted into a sheet, read by the panel as the sheet's used range (issue 12: every host
 * reads the same way): the header is found below the title lines, the 合计 row is left out, rows keep
 * their sheet row numbers, and the live report's SUMIFS over the range it points at count exactly the
 * day rows (1,000 + 2,000 + 3,000), not the total row.
 */
import { buildReportPlan, detectReportColumns, reportSourceRef } from "../../src/builders/report";
import { MemoryWorkbook } from "../../src/workbook/memory/MemoryWorkbook";

const PASTED = [
  ["生意参谋 店铺经营概况"],
  ["统计日期 2025-11-01~2025-11-03"],
  [],
  ["统计日期", "访客数", "支付金额"],
  [45962, 100, 1000],
  [45963, 200, 2000],
  [45964, 300, 3000],
  ["合计", 600, 6000],
];

test("the used range of a pasted export reads as its table, and the live report counts its days", async () => {
  const memory = new MemoryWorkbook();
  try {
    memory.addSheetFromRows("导出", PASTED);
    const data = await memory.readUsedRange("导出");
    expect(data.header).toEqual(["统计日期", "访客数", "支付金额"]);
    expect(data.rows).toEqual([
      [45962, 100, 1000],
      [45963, 200, 2000],
      [45964, 300, 3000],
    ]);
    expect(data.rowNumbers).toEqual([5, 6, 7]);
    expect(data.origin).toEqual({ kind: "range", sheet: "导出", address: "A4:C7" });
    expect(data.notes?.totalRow).toEqual({ line: 8, text: "合计 600 6000" });

    const result = buildReportPlan(data, reportSourceRef(data), {
      locale: "zh-CN",
      mapping: detectReportColumns(data.header),
      generatedAt: new Date(2025, 10, 4),
    });
    expect(result.usesDataSheet).toBe(false); // live over the range itself
    const applied = await memory.applyPlan(result.plan);
    const ref = memory.definedNames().find((n) => n.name === "Report_Total_GMV")!.ref;
    const cell = /!\$?([A-Z]+)\$?(\d+)$/.exec(ref)!.slice(1).join("");
    expect(memory.getValue(applied.sheetNames.report, cell)).toBe(6000);
    // The total row is outside the range the formulas read: editing it changes nothing.
    memory.setCellValue("导出", "C8", 999_999);
    expect(memory.getValue(applied.sheetNames.report, cell)).toBe(6000);
  } finally {
    memory.dispose();
  }
});
