/**
 * Known Office.js failures on the adapter's path, each modelled in the fake as reported, and the
 * adapter shown to avoid it:
 *   - office-js#6365 (Mac): worksheet.names throws InvalidSelection while the user views another
 *     workbook; workbook.names keeps working. Build markers are workbook names.
 *   - office-js#3218 (web): a sheet renamed through the API fails "Invalid sheet" when its proxy is used
 *     again. Rebuild in place fetches the renamed sheet again by id.
 *   - PageLayoutZoomOptions documents page counts (or null), not 0: an unset side is left out.
 *   - TableCollection.add takes a bare address on the active sheet: tables are added on a range object.
 */
import type { WorkbookPlan } from "../../src/plan/types";
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { FakeExcel, FakeOfficeError } from "../support/excelMock";
import { FIRST, REPORT, SECOND, reportPlan } from "./rebuildPlan";

async function failure(fake: FakeExcel, batch: (context: Excel.RequestContext) => void) {
  return fake
    .run(async (context) => {
      batch(context);
      await context.sync();
    })
    .then(
      () => "accepted",
      (error: unknown) => (error instanceof FakeOfficeError ? error.code : String(error))
    );
}

describe("office-js#6365: sheet-scoped names on Mac while another workbook is in view", () => {
  test("the fake throws on worksheet.names and not on workbook.names", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    fake.quirks.macSheetNames = true;
    const sheet = (context: Excel.RequestContext) => context.workbook.worksheets.getItem("Sheet1");
    expect(await failure(fake, (c) => sheet(c).names.add("Local", "=Sheet1!$A$1"))).toBe(
      "InvalidSelection"
    );
    expect(await failure(fake, (c) => c.workbook.names.add("Global", "=Sheet1!$A$1"))).toBe(
      "accepted"
    );
  });

  test("a build marks its sheets with workbook names, so it succeeds and leaves none", async () => {
    const fake = new FakeExcel(["Notes"]);
    fake.quirks.macSheetNames = true;
    await new ExcelWorkbook({ run: fake.run }).applyPlan(reportPlan(FIRST));
    expect(fake.sheet(REPORT).input("B2")).toBe(100);
    expect(fake.names.map((name) => name.name)).toEqual(["Report_Total"]);
  });

  test("a build that fails in the request adding its sheets still removes them by their markers", async () => {
    const fake = new FakeExcel(["Notes"]);
    fake.quirks.macSheetNames = true;
    fake.failOnSyncs.add(2);
    const error = await new ExcelWorkbook({ run: fake.run })
      .applyPlan(reportPlan(FIRST))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "applyFailed" });
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(["Notes"]);
    expect(fake.names).toEqual([]);
  });
});

describe("office-js#3218: a renamed sheet's proxy on the web", () => {
  test("the fake fails a proxy used after it renamed its sheet; a fresh one works", async () => {
    const fake = new FakeExcel(["Old", "Other"]);
    fake.quirks.webRenamedSheetProxy = true;
    expect(
      await failure(fake, (context) => {
        const sheet = context.workbook.worksheets.getItem("Old");
        sheet.name = "Renamed";
        sheet.visibility = "Hidden";
      })
    ).toBe("ItemNotFound");
    expect(
      await failure(fake, (context) => {
        context.workbook.worksheets.getItem("Renamed").name = "Again";
        context.workbook.worksheets.getItem("Again").visibility = "Hidden";
      })
    ).toBe("accepted");
  });

  test("a rebuild in place keeps, hides and (on failure) restores the old sheet", async () => {
    const fake = new FakeExcel(["Notes"]);
    const workbook = new ExcelWorkbook({ run: fake.run });
    await workbook.applyPlan(reportPlan(FIRST));
    fake.quirks.webRenamedSheetProxy = true;
    const result = await workbook.applyPlan(reportPlan(SECOND));
    const backup = result.previousVersions!.report;
    expect(fake.sheet(backup).visibility).toBe("Hidden");
    expect(fake.sheet(REPORT).input("B2")).toBe(10);

    fake.failOnSyncs.add(fake.syncCount + 3); // the third sync of the next build: the tidy-up
    await expect(workbook.applyPlan(reportPlan(FIRST))).rejects.toMatchObject({
      code: "applyFailed",
    });
    expect(fake.sheet(REPORT).input("B2")).toBe(10);
    expect(fake.sheet(REPORT).visibility).toBe("Visible");
  });
});

const printedPlan = (
  print: NonNullable<WorkbookPlan["sheets"][number]["print"]>
): WorkbookPlan => ({
  sheets: [{ key: "s", name: "Printed", blocks: [{ anchor: "A1", rows: [["x"]] }], print }],
});

describe("page zoom: only documented values", () => {
  test("the fake refuses 0 pages tall, accepts a side left out", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    const layout = (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Sheet1").pageLayout;
    expect(
      await failure(
        fake,
        (c) => (layout(c).zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 })
      )
    ).toBe("InvalidArgument");
    expect(await failure(fake, (c) => (layout(c).zoom = { horizontalFitToPages: 1 }))).toBe(
      "accepted"
    );
  });

  test("one page wide with no height set is sent without verticalFitToPages", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    await new ExcelWorkbook({ run: fake.run }).applyPlan(
      printedPlan({ orientation: "portrait", paper: "A4", fitToPagesWide: 1 })
    );
    expect(fake.sheet("Printed").pageLayout.zoom).toEqual({ horizontalFitToPages: 1 });
  });
});

describe("TableCollection.add: a bare address means the active sheet", () => {
  test("the fake puts a bare-address table on the active sheet, a range's on its own", async () => {
    const fake = new FakeExcel(["Active", "Target"]);
    fake.activeSheet = "Active";
    await failure(fake, (c) => c.workbook.worksheets.getItem("Target").tables.add("A1:B2", true));
    expect(fake.sheet("Active").tables).toHaveLength(1);
    await failure(fake, (c) => {
      const sheet = c.workbook.worksheets.getItem("Target");
      sheet.tables.add(sheet.getRange("D1:E2"), true);
    });
    expect(fake.sheet("Target").tables).toHaveLength(1);
  });

  test("a plan's table lands on its own sheet while another sheet is active", async () => {
    const fake = new FakeExcel(["Notes"]);
    fake.activeSheet = "Notes";
    await new ExcelWorkbook({ run: fake.run }).applyPlan(reportPlan(FIRST, true));
    expect(fake.sheet("Notes").tables).toEqual([]);
    expect(fake.sheet(REPORT).tables.map((table) => table.name)).toEqual(["DailyGmv"]);
  });
});
