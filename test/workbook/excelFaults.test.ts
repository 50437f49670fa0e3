/**
 * Rule 4 under fault injection: whichever sync fails, the workbook ends exactly as it was — its sheets,
 * names, tables and every cell and format of the sheets that were there.
 */
import type { PlanCell, WorkbookPlan } from "../../src/plan/types";
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { WorkbookError } from "../../src/workbook/port";
import { FakeExcel, FakeOfficeError } from "../support/excelMock";
import { samplePlan } from "../support/samplePlan";

/** A workbook with user data the plan must not touch, including a sheet whose name the plan wants. */
function userWorkbook(): FakeExcel {
  const fake = new FakeExcel(["Sales 销售", "Notes"]);
  fake.seed("Sales 销售", "A1", [
    ["Region", "Q1", "Formula"],
    ["North", 1200, "=B2*2"],
    ["South", 900, "'=not a formula"],
  ]);
  fake.seed("Notes", "B2", [["keep me"]]);
  fake.seedTable("Sales 销售", "UserTable", "A1:C3");
  fake.seedName("User_Name", "Notes", "B2");
  return fake;
}

function chunkedPlan(): WorkbookPlan {
  const rows = Array.from({ length: 3000 }, (_, i): PlanCell[] => [
    i,
    `item ${i}`,
    { formula: `=A${i + 1}*2` },
  ]);
  const plan = samplePlan();
  plan.sheets.push({ key: "big", name: "Big", blocks: [{ anchor: "A1", rows }] });
  return plan;
}

const SMALL_BUDGET = 16 * 1024;

async function syncsOnSuccess(plan: WorkbookPlan, budget?: number): Promise<number> {
  const fake = userWorkbook();
  await new ExcelWorkbook({ run: fake.run, requestBudgetBytes: budget }).applyPlan(plan);
  return fake.syncCount;
}

async function failingAt(sync: number, plan: WorkbookPlan, budget?: number) {
  const fake = userWorkbook();
  const before = fake.snapshot();
  fake.failOnSyncs.add(sync);
  const error: unknown = await new ExcelWorkbook({ run: fake.run, requestBudgetBytes: budget })
    .applyPlan(plan)
    .catch((e: unknown) => e);
  return { fake, before, error };
}

describe("a failed build leaves the workbook as it was", () => {
  it("for the sample plan, whichever of its syncs fails", async () => {
    const syncs = await syncsOnSuccess(samplePlan());
    expect(syncs).toBe(3);
    for (let failing = 1; failing <= syncs; failing++) {
      const { fake, before, error } = await failingAt(failing, samplePlan());
      expect(error).toBeInstanceOf(WorkbookError);
      expect(error).toMatchObject({
        code: "applyFailed",
        message: expect.stringContaining(`Simulated failure of sync ${failing}`),
      });
      expect((error as WorkbookError).cause).toBeInstanceOf(FakeOfficeError);
      expect(fake.snapshot()).toEqual(before);
    }
  });

  it("for a chunked plan, including a sync in the middle of its chunks", async () => {
    const syncs = await syncsOnSuccess(chunkedPlan(), SMALL_BUDGET);
    expect(syncs).toBeGreaterThan(6);
    for (const failing of [2, Math.ceil(syncs / 2), syncs - 1, syncs]) {
      const { fake, before, error } = await failingAt(failing, chunkedPlan(), SMALL_BUDGET);
      expect(error).toMatchObject({
        code: "applyFailed",
        message: expect.stringMatching(/request \d+ of \d+/),
      });
      expect(fake.snapshot()).toEqual(before);
    }
  });

  it("for a second build of the same plan, keeping the first build's names and table", async () => {
    for (let failing = 1; failing <= 3; failing++) {
      const fake = userWorkbook();
      const workbook = new ExcelWorkbook({ run: fake.run });
      await workbook.applyPlan(samplePlan());
      const before = fake.snapshot();
      fake.failOnSyncs.add(fake.syncCount + failing);
      const error: unknown = await workbook.applyPlan(samplePlan()).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "applyFailed" });
      expect(fake.snapshot()).toEqual(before);
    }
  });

  it("for a rebuild in place of every sheet, renaming, showing and re-pointing back", async () => {
    const rebuild = (): WorkbookPlan => {
      const plan = samplePlan();
      for (const sheet of plan.sheets) sheet.replaces = sheet.name;
      return plan;
    };
    for (let failing = 1; failing <= 3; failing++) {
      const fake = userWorkbook();
      const workbook = new ExcelWorkbook({ run: fake.run });
      await workbook.applyPlan(samplePlan());
      const before = fake.snapshot();
      fake.failOnSyncs.add(fake.syncCount + failing);
      const error: unknown = await workbook.applyPlan(rebuild()).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "applyFailed" });
      expect(fake.snapshot()).toEqual(before);
    }
  });

  it("names what failed and says the workbook was restored", async () => {
    const { error } = await failingAt(2, samplePlan());
    const message = (error as Error).message;
    expect(message).toContain('"Sales 销售 (2)", "Summary", "Channels"');
    expect(message).toMatch(
      /request 1 of 2 \(add sheet "Sales 销售 \(2\)", add sheet "Summary", add sheet "Channels" and \d+ more\)/
    );
    expect(message).toContain("the workbook is as it was");
  });

  it("when reading the workbook fails, says nothing was changed and removes nothing", async () => {
    const { fake, before, error } = await failingAt(1, samplePlan());
    expect(error).toMatchObject({
      code: "applyFailed",
      message: expect.stringContaining("Nothing was changed"),
    });
    expect(fake.snapshot()).toEqual(before);
    expect(fake.runs).toBe(1); // no clean-up batch was needed
  });

  it("says so when removing the partial build fails too", async () => {
    const fake = userWorkbook();
    fake.failOnSyncs.add(2).add(4); // the write fails, then the clean-up's delete request
    const error: unknown = await new ExcelWorkbook({ run: fake.run })
      .applyPlan(samplePlan())
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "applyFailed",
      message: expect.stringContaining("Removing the partly built sheets also failed"),
    });
    expect((error as Error).message).toContain("please delete");
  });

  it("fails a real refusal the same way, and leaves a co-author's sheet of the same name alone", async () => {
    const fake = userWorkbook();
    // A co-author adds "Summary" after the build read the sheet names, before it writes.
    fake.beforeSync = (sync) => {
      if (sync === 2) fake.seed("Summary", "A1", [["the co-author's"]]);
    };
    const error: unknown = await new ExcelWorkbook({ run: fake.run })
      .applyPlan(samplePlan())
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "applyFailed",
      message: expect.stringContaining("already exists"),
    });
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(["Sales 销售", "Notes", "Summary"]);
    expect(fake.sheet("Summary").input("A1")).toBe("the co-author's");
  });

  it("removes the build markers when the build succeeds", async () => {
    const fake = userWorkbook();
    await new ExcelWorkbook({ run: fake.run }).applyPlan(samplePlan());
    expect(fake.sheets.flatMap((sheet) => sheet.names.map((name) => name.name))).toEqual([
      "Local_Target",
    ]);
  });
});
