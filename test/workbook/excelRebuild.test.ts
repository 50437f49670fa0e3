/**
 * Rebuild in place (SheetPlan.replaces) through the Excel adapter and the typed fake of Office.js: the
 * old sheet is renamed, hidden and kept; the new one takes its name and tab; the plan's workbook name
 * is re-pointed; still 3 syncs; and whichever sync fails, the workbook ends exactly as it was.
 */
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { WorkbookError } from "../../src/workbook/port";
import { FakeExcel, FakeOfficeError } from "../support/excelMock";
import { FIRST, REPORT, SECOND, THIRD, reportPlan } from "./rebuildPlan";

/** "Notes" before the report and "Links" after it, whose cell refers to the report by sheet name. */
async function builtOnce() {
  const fake = new FakeExcel(["Notes"]);
  fake.seed("Notes", "A1", [["keep me"]]);
  const workbook = new ExcelWorkbook({ run: fake.run });
  await workbook.applyPlan(reportPlan(FIRST));
  fake.seed("Links", "A1", [["=Report_Total", "=Report!B5"]]);
  return { fake, workbook };
}

const tabs = (fake: FakeExcel) => fake.sheets.map((sheet) => [sheet.name, sheet.visibility]);

describe("the second build", () => {
  let fake: FakeExcel;
  let result: Awaited<ReturnType<ExcelWorkbook["applyPlan"]>>;
  let oldSheet: ReturnType<FakeExcel["sheet"]>;
  let oldCells: unknown;
  beforeAll(async () => {
    let workbook: ExcelWorkbook;
    ({ fake, workbook } = await builtOnce());
    oldSheet = fake.sheet(REPORT);
    oldCells = JSON.parse(JSON.stringify([...oldSheet.cells]));
    const syncsBefore = fake.syncCount;
    result = await workbook.applyPlan(reportPlan(SECOND));
    expect(fake.syncCount - syncsBefore).toBe(3);
    // The request estimates still cover what the fake measures.
    workbook.stats.requestBytes.forEach((estimate, i) =>
      expect(fake.syncs[syncsBefore + i].requestBytes).toBeLessThanOrEqual(estimate)
    );
  });

  test("takes the old sheet's name and tab; the old one is kept hidden right after it", () => {
    expect(result).toEqual({
      sheetNames: { report: REPORT },
      previousVersions: { report: "Report (v1)" },
    });
    expect(tabs(fake)).toEqual([
      ["Notes", "Visible"],
      [REPORT, "Visible"],
      ["Report (v1)", "Hidden"],
      ["Links", "Visible"],
    ]);
    expect(fake.activeSheet).toBe(REPORT);
  });

  test("the old version is the same sheet, contents intact", () => {
    expect(fake.sheet("Report (v1)")).toBe(oldSheet);
    expect(JSON.parse(JSON.stringify([...oldSheet.cells]))).toEqual(oldCells);
    expect(oldSheet.content("B2")).toEqual({ kind: "number", value: FIRST[0] });
    expect(fake.sheet(REPORT).content("B2")).toEqual({ kind: "number", value: SECOND[0] });
    expect(fake.sheet(REPORT).input("B5")).toBe("=SUM(B2:B4)");
  });

  test("the workbook name points at the new sheet, with no sheet-scoped copies", () => {
    expect(fake.names).toEqual([{ name: "Report_Total", formula: "=Report!$B$5" }]);
    expect(fake.sheets.flatMap((sheet) => sheet.names)).toEqual([]);
  });

  test("a formula that named the old sheet follows it to its new name, as Excel does", () => {
    expect(fake.sheet("Links").input("B1")).toBe("='Report (v1)'!B5");
    expect(fake.sheet("Links").input("A1")).toBe("=Report_Total");
  });
});

test("a third build keeps both earlier versions, hidden, the newest with the higher number", async () => {
  const { fake, workbook } = await builtOnce();
  await workbook.applyPlan(reportPlan(SECOND));
  const third = await workbook.applyPlan(reportPlan(THIRD), { locale: "en-US" });
  expect(third.previousVersions).toEqual({ report: "Report (v2)" });
  expect(tabs(fake)).toEqual([
    ["Notes", "Visible"],
    [REPORT, "Visible"],
    ["Report (v2)", "Hidden"],
    ["Report (v1)", "Hidden"],
    ["Links", "Visible"],
  ]);
  expect(fake.sheet("Report (v2)").content("B2")).toEqual({ kind: "number", value: SECOND[0] });
  expect(fake.sheet("Report (v1)").content("B2")).toEqual({ kind: "number", value: FIRST[0] });
  expect(fake.names).toEqual([{ name: "Report_Total", formula: "=Report!$B$5" }]);
});

test("zh-CN keeps the old version as 第1版", async () => {
  const { fake, workbook } = await builtOnce();
  const result = await workbook.applyPlan(reportPlan(SECOND), { locale: "zh-CN" });
  expect(result.previousVersions).toEqual({ report: "Report（第1版）" });
  expect(fake.sheet("Report（第1版）").visibility).toBe("Hidden");
});

test("two replacing sheets each take their own old tab", async () => {
  const fake = new FakeExcel(["A", "Notes", "B"]);
  const plan = {
    sheets: ["B", "A"].map((name) => ({
      key: name.toLowerCase(),
      name,
      replaces: name,
      blocks: [{ anchor: "A1", rows: [[name]] }],
    })),
  };
  const result = await new ExcelWorkbook({ run: fake.run }).applyPlan(plan);
  expect(result.previousVersions).toEqual({ b: "B (v1)", a: "A (v1)" });
  expect(tabs(fake)).toEqual([
    ["A", "Visible"],
    ["A (v1)", "Hidden"],
    ["Notes", "Visible"],
    ["B", "Visible"],
    ["B (v1)", "Hidden"],
  ]);
});

test("when the replaced sheet does not exist, `replaces` changes nothing", async () => {
  const fake = new FakeExcel(["Notes"]);
  const plan = reportPlan(FIRST);
  plan.sheets[0].replaces = "Old report";
  const result = await new ExcelWorkbook({ run: fake.run }).applyPlan(plan);
  expect(result).toEqual({ sheetNames: { report: REPORT } });
  expect(tabs(fake)).toEqual([
    ["Notes", "Visible"],
    [REPORT, "Visible"],
  ]);
});

describe("a failed rebuild leaves the workbook exactly as it was", () => {
  test("whichever of its syncs fails, also on a third build", async () => {
    for (const builds of [1, 2]) {
      for (let failing = 1; failing <= 3; failing++) {
        const { fake, workbook } = await builtOnce();
        if (builds === 2) await workbook.applyPlan(reportPlan(SECOND));
        const before = fake.snapshot();
        const tabsBefore = tabs(fake);
        const linkBefore = fake.sheet("Links").input("B1");
        fake.failOnSyncs.add(fake.syncCount + failing);
        const error: unknown = await workbook.applyPlan(reportPlan(THIRD)).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(WorkbookError);
        expect((error as WorkbookError).cause).toBeInstanceOf(FakeOfficeError);
        expect(fake.snapshot()).toEqual(before);
        expect(tabs(fake)).toEqual(tabsBefore);
        expect(fake.sheet("Links").input("B1")).toBe(linkBefore);
      }
    }
  });

  test("when the old sheet was the only other sheet, and hidden, it is shown and hidden again", async () => {
    for (let failing = 2; failing <= 3; failing++) {
      const fake = new FakeExcel(["Notes", REPORT]);
      fake.seed(REPORT, "A1", [["old"]]);
      fake.sheet(REPORT).visibility = "Hidden";
      const before = fake.snapshot();
      fake.failOnSyncs.add(failing);
      const error: unknown = await new ExcelWorkbook({ run: fake.run })
        .applyPlan(reportPlan(SECOND))
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "applyFailed" });
      expect(fake.snapshot()).toEqual(before);
    }
  });

  test("a failing rename (a co-author took the backup name meanwhile) undoes the rest", async () => {
    const { fake, workbook } = await builtOnce();
    const before = fake.snapshot();
    const start = fake.syncCount;
    fake.beforeSync = (sync) => {
      if (sync === start + 2) fake.seed("Report (v1)", "A1", [["the co-author's"]]);
    };
    const error: unknown = await workbook.applyPlan(reportPlan(SECOND)).catch((e: unknown) => e);
    fake.beforeSync = undefined;
    expect(error).toMatchObject({
      code: "applyFailed",
      message: expect.stringContaining("already exists"),
    });
    fake.sheets.splice(fake.sheets.indexOf(fake.sheet("Report (v1)")), 1); // the co-author's sheet
    expect(fake.snapshot()).toEqual(before);
  });
});
