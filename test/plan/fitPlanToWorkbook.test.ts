/**
 * The shared "never overwrite" policy on the sample plan: sheets, tables and defined names of a plan
 * fitted into a workbook that already has some of them (most often: the same plan built before).
 */
import { fitPlanToWorkbook, type ExistingItems } from "../../src/workbook/fitPlanToWorkbook";
import type { DefinedName, FormulaCell, WorkbookPlan } from "../../src/plan/types";
import { validatePlan } from "../../src/plan/validatePlan";
import { WorkbookError } from "../../src/workbook/port";
import { samplePlan } from "../support/samplePlan";

const NOTHING: ExistingItems = { sheets: [], names: [], tables: [] };
/** What building the sample plan once leaves in a workbook. */
const SAMPLE_BUILT: ExistingItems = {
  sheets: ["Sales 销售", "Summary", "Channels"],
  names: ["Sales_Total", "Sales_Months"],
  tables: ["ChannelData"],
};

/** The formula of the sample's Summary!B4, `=SUM(ChannelData[GMV])`. */
const channelGmv = (plan: WorkbookPlan) =>
  (plan.sheets[1].blocks[0].rows[3][1] as FormulaCell).formula;

const tableNames = (plan: WorkbookPlan) =>
  plan.sheets.flatMap((sheet) => (sheet.tables ?? []).map((table) => table.name));

function refusal(plan: WorkbookPlan, existing: ExistingItems): WorkbookError {
  try {
    fitPlanToWorkbook(plan, existing);
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookError);
    return error as WorkbookError;
  }
  throw new Error("expected fitPlanToWorkbook to throw");
}

test("into an empty workbook the plan is unchanged; only the sheet names are worked out", () => {
  const fitted = fitPlanToWorkbook(samplePlan(), NOTHING);
  expect(fitted.plan).toEqual(samplePlan());
  expect(fitted.sheetNames).toEqual(
    new Map([
      ["sales", "Sales 销售"],
      ["summary", "Summary"],
      ["channels", "Channels"],
    ])
  );
  expect(fitted.tableRenames).toEqual(new Map());
});

describe("the same plan built a second time", () => {
  const plan = samplePlan();
  const fitted = fitPlanToWorkbook(plan, SAMPLE_BUILT);

  test("sheets get (2)", () => {
    expect(Object.fromEntries(fitted.sheetNames)).toEqual({
      sales: "Sales 销售 (2)",
      summary: "Summary (2)",
      channels: "Channels (2)",
    });
  });

  test("the table gets _2 and the formulas follow it", () => {
    expect(fitted.tableRenames).toEqual(new Map([["ChannelData", "ChannelData_2"]]));
    expect(tableNames(fitted.plan)).toEqual(["ChannelData_2"]);
    expect(channelGmv(fitted.plan)).toBe("=SUM(ChannelData_2[GMV])");
  });

  test("existing workbook names become local to each plan sheet; sheet-scoped names stay", () => {
    const sales = { name: "Sales_Total", sheet: "sales", range: "B16", scope: "sheet" } as const;
    const months = {
      name: "Sales_Months",
      sheet: "sales",
      range: "B4:B15",
      scope: "sheet",
    } as const;
    const comment = "Grand total of monthly sales";
    expect(fitted.plan.names).toEqual<DefinedName[]>([
      { ...sales, comment },
      { ...sales, comment, localTo: "summary" },
      { ...sales, comment, localTo: "channels" },
      months,
      { ...months, localTo: "summary" },
      { ...months, localTo: "channels" },
      { name: "Local_Target", sheet: "sales", range: "F3", scope: "sheet" },
    ]);
  });

  test("the fitted plan is valid, and the plan given is left as it was", () => {
    expect(validatePlan(fitted.plan)).toEqual([]);
    expect(plan).toEqual(samplePlan());
  });

  test("everything else is the plan as given", () => {
    const withoutCellsAndTables = (p: WorkbookPlan) =>
      p.sheets.map((sheet) => ({ ...sheet, blocks: [], tables: [] }));
    expect(withoutCellsAndTables(fitted.plan)).toEqual(withoutCellsAndTables(plan));
  });
});

test("names are compared case-insensitively, as Excel does", () => {
  const fitted = fitPlanToWorkbook(samplePlan(), {
    sheets: [],
    names: ["SALES_TOTAL"],
    tables: ["channeldata"],
  });
  expect(tableNames(fitted.plan)).toEqual(["ChannelData_2"]);
  expect(fitted.plan.names?.filter((name) => name.name === "Sales_Total")).toHaveLength(3);
  expect(fitted.plan.names?.find((name) => name.name === "Sales_Months")?.scope).toBeUndefined();
});

test("only table references are rewritten: strings, quoted sheet names and other tables stay", () => {
  const plan = samplePlan();
  const formula =
    "=ROWS(channeldata[#All])+COUNT(Other[A])+'ChannelData[x]'!A1" +
    '&"ChannelData[GMV]"&{sheet:channels}!A1';
  plan.sheets[1].blocks[0].rows[3][1] = { formula };
  const fitted = fitPlanToWorkbook(plan, { ...NOTHING, tables: ["ChannelData"] });
  expect(channelGmv(fitted.plan)).toBe(
    "=ROWS(ChannelData_2[#All])+COUNT(Other[A])+'ChannelData[x]'!A1" +
      '&"ChannelData[GMV]"&{sheet:channels}!A1'
  );
});

test("a table whose name the workbook has as a defined name is renamed too", () => {
  const fitted = fitPlanToWorkbook(samplePlan(), { ...NOTHING, names: ["ChannelData"] });
  expect(tableNames(fitted.plan)).toEqual(["ChannelData_2"]);
  expect(channelGmv(fitted.plan)).toBe("=SUM(ChannelData_2[GMV])");
});

test("a renamed table never takes a name the plan itself uses", () => {
  const plan = samplePlan();
  plan.names!.push({ name: "ChannelData_2", sheet: "channels", range: "B2" });
  plan.sheets[0].tables = [{ name: "channeldata_3", range: "A3:C15" }];
  const fitted = fitPlanToWorkbook(plan, { ...NOTHING, tables: ["ChannelData"] });
  expect(fitted.tableRenames).toEqual(new Map([["ChannelData", "ChannelData_4"]]));
  expect(tableNames(fitted.plan)).toEqual(["channeldata_3", "ChannelData_4"]);
  expect(validatePlan(fitted.plan)).toEqual([]);
});

test("a plan sheet with its own local name of that name gets no copy", () => {
  const plan = samplePlan();
  plan.names!.push({ name: "Sales_Total", sheet: "summary", range: "B1", scope: "sheet" });
  const fitted = fitPlanToWorkbook(plan, { ...NOTHING, names: ["Sales_Total"] });
  const salesTotals = fitted.plan.names!.filter((name) => name.name === "Sales_Total");
  expect(salesTotals.map((name) => [name.localTo ?? name.sheet, name.range])).toEqual([
    ["sales", "B16"],
    ["channels", "B16"],
    ["summary", "B1"],
  ]);
  expect(validatePlan(fitted.plan)).toEqual([]);
});

test("a defined name the workbook has as a table is refused, whatever its scope", () => {
  const error = refusal(samplePlan(), { ...NOTHING, tables: ["sales_total"] });
  expect(error.code).toBe("invalidPlan");
  expect(error.message).toContain('"Sales_Total"');
  expect(refusal(samplePlan(), { ...NOTHING, tables: ["Local_Target"] }).code).toBe("invalidPlan");
});

test("a formula with a [ and no ] is refused with its sheet when tables are renamed", () => {
  const plan = samplePlan();
  plan.sheets[1].blocks[0].rows[3][1] = { formula: "=SUM(ChannelData[GMV)" };
  const error = refusal(plan, { ...NOTHING, tables: ["ChannelData"] });
  expect(error.code).toBe("invalidPlan");
  expect(error.message).toContain('Sheet "summary"');
});
