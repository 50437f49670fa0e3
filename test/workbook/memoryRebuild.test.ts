/**
 * Rebuild in place (SheetPlan.replaces) in the memory adapter: the formula engine evaluates the user's
 * formulas through the re-pointed name and through the renamed old sheet. Expected values are the hand
 * sums of the builds' GMV (rebuildPlan.ts).
 */
import { HyperFormula } from "hyperformula";
import { MemoryWorkbook } from "../../src/workbook/memory/MemoryWorkbook";
import { WorkbookError } from "../../src/workbook/port";
import { FIRST, REPORT, SECOND, THIRD, reportPlan } from "./rebuildPlan";

/** "Notes" before the report, "Links" after it with the user's two ways of referring to it. */
async function builtOnce() {
  const workbook = new MemoryWorkbook();
  workbook.addSheetFromRows("Notes", [["keep me"]]);
  const first = await workbook.applyPlan(reportPlan(FIRST));
  workbook.addSheetFromRows("Links", [["by name", "by sheet"]]);
  workbook.setCellFormula("Links", "A2", "=Report_Total");
  workbook.setCellFormula("Links", "B2", "=Report!B5");
  return { workbook, first };
}

async function snapshot(workbook: MemoryWorkbook) {
  const sheets = await workbook.listSheets();
  return {
    sheets,
    hidden: workbook.hiddenSheets(),
    names: workbook.definedNames(),
    tables: await workbook.listTables(),
    cells: sheets.map((sheet) =>
      ["A1", "B2", "B5", "A2"].map((a1) => [
        workbook.getValue(sheet, a1),
        workbook.getFormula(sheet, a1),
      ])
    ),
  };
}

test("the first build, with nothing to replace, is an ordinary build", async () => {
  const { workbook, first } = await builtOnce();
  expect(first).toEqual({ sheetNames: { report: REPORT } });
  expect(workbook.getValue(REPORT, "B5")).toBe(600);
  expect(workbook.hiddenSheets()).toEqual([]);
});

describe("the second build", () => {
  let workbook: MemoryWorkbook;
  let result: Awaited<ReturnType<MemoryWorkbook["applyPlan"]>>;
  beforeAll(async () => {
    ({ workbook } = await builtOnce());
    result = await workbook.applyPlan(reportPlan(SECOND));
  });

  test("takes the name and the tab of the old sheet, which is kept hidden right after it", async () => {
    expect(result).toEqual({
      sheetNames: { report: REPORT },
      previousVersions: { report: "Report (v1)" },
    });
    expect(await workbook.listSheets()).toEqual(["Notes", REPORT, "Report (v1)", "Links"]);
    expect(workbook.hiddenSheets()).toEqual(["Report (v1)"]);
  });

  test("computes from its own cells and leaves the old version's contents intact", () => {
    expect(workbook.getValue(REPORT, "B5")).toBe(60); // 10 + 20 + 30
    expect(workbook.getValue("Report (v1)", "B5")).toBe(600); // 100 + 200 + 300
    expect(workbook.getValue("Report (v1)", "B2")).toBe(100);
    expect(workbook.getFormula("Report (v1)", "B5")).toBe("=SUM(B2:B4)");
  });

  test("re-points the workbook name instead of adding sheet-scoped copies", () => {
    expect(workbook.definedNames()).toEqual([{ name: "Report_Total", ref: "'Report'!$B$5" }]);
    expect(workbook.getValue("Links", "A2")).toBe(60);
  });

  test("a formula that named the old sheet follows it, as in Excel", () => {
    expect(workbook.getValue("Links", "B2")).toBe(600);
    expect(workbook.getFormula("Links", "B2")).toBe("='Report (v1)'!B5");
  });

  test("the active sheet is never a hidden one", () => {
    expect(workbook.activeSheet()).not.toBe("Report (v1)");
  });
});

test("a third build keeps both earlier versions, the newest with the higher number", async () => {
  const { workbook } = await builtOnce();
  await workbook.applyPlan(reportPlan(SECOND));
  const third = await workbook.applyPlan(reportPlan(THIRD));
  expect(third.previousVersions).toEqual({ report: "Report (v2)" });
  expect(await workbook.listSheets()).toEqual([
    "Notes",
    REPORT,
    "Report (v2)",
    "Report (v1)",
    "Links",
  ]);
  expect(workbook.hiddenSheets()).toEqual(["Report (v2)", "Report (v1)"]);
  expect(workbook.getValue(REPORT, "B5")).toBe(6); // 1 + 2 + 3
  expect(workbook.getValue("Report (v2)", "B5")).toBe(60);
  expect(workbook.getValue("Report (v1)", "B5")).toBe(600);
  expect(workbook.getValue("Links", "A2")).toBe(6);
  expect(workbook.definedNames()).toEqual([{ name: "Report_Total", ref: "'Report'!$B$5" }]);
});

test("zh-CN names the kept version in Chinese", async () => {
  const { workbook } = await builtOnce();
  const result = await workbook.applyPlan(reportPlan(SECOND), { locale: "zh-CN" });
  expect(result.previousVersions).toEqual({ report: "Report（第1版）" });
  expect(workbook.hiddenSheets()).toEqual(["Report（第1版）"]);
});

test("tables keep the never-overwrite rule: the old version keeps its table", async () => {
  const workbook = new MemoryWorkbook();
  await workbook.applyPlan(reportPlan(FIRST, true));
  await workbook.applyPlan(reportPlan(SECOND, true));
  expect(await workbook.listTables()).toEqual([
    { name: "DailyGmv", sheet: "Report (v1)" },
    { name: "DailyGmv_2", sheet: REPORT },
  ]);
});

test("when the replaced sheet does not exist, `replaces` changes nothing", async () => {
  const workbook = new MemoryWorkbook();
  workbook.addSheetFromRows("Notes", [["keep me"]]);
  const plan = reportPlan(FIRST);
  plan.sheets[0].replaces = "Old report";
  expect(await workbook.applyPlan(plan)).toEqual({ sheetNames: { report: REPORT } });
  expect(await workbook.listSheets()).toEqual(["Notes", REPORT]);
});

describe("a failed rebuild leaves the workbook exactly as before", () => {
  test("when a formula cannot be read (after the engine has renamed and re-pointed)", async () => {
    const { workbook } = await builtOnce();
    await workbook.applyPlan(reportPlan(SECOND));
    const before = await snapshot(workbook);
    const plan = reportPlan(THIRD);
    plan.sheets[0].blocks.push({ anchor: "D1", rows: [[{ formula: "=1+" }]] });
    await expect(workbook.applyPlan(plan)).rejects.toBeInstanceOf(WorkbookError);
    expect(await snapshot(workbook)).toEqual(before);
    expect(workbook.getValue("Links", "A2")).toBe(60);
    expect(workbook.getValue("Links", "B2")).toBe(600);
  });

  test("when the engine fails while writing the new sheet's cells", async () => {
    const { workbook } = await builtOnce();
    const before = await snapshot(workbook);
    const spy = jest.spyOn(HyperFormula.prototype, "setSheetContent").mockImplementationOnce(() => {
      throw new Error("disk on fire");
    });
    try {
      await expect(workbook.applyPlan(reportPlan(SECOND))).rejects.toMatchObject({
        code: "applyFailed",
      });
    } finally {
      spy.mockRestore();
    }
    expect(await snapshot(workbook)).toEqual(before);
    expect(workbook.getValue("Links", "A2")).toBe(600);
  });
});
