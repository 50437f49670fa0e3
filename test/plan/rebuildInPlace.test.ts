/**
 * The rebuild-in-place part of fitPlanToWorkbook (SheetPlan.replaces): which sheets are replaced, the
 * backup names the old versions get, which names are re-pointed; and validatePlan's checks of `replaces`.
 */
import {
  backupSheetName,
  fitPlanToWorkbook,
  referencedSheet,
  type ExistingItems,
} from "../../src/workbook/fitPlanToWorkbook";
import type { WorkbookPlan } from "../../src/plan/types";
import { validatePlan } from "../../src/plan/validatePlan";
import { samplePlan } from "../support/samplePlan";

/** The sample plan with every sheet replacing its namesake. */
function rebuild(): WorkbookPlan {
  const plan = samplePlan();
  for (const sheet of plan.sheets) sheet.replaces = sheet.name;
  return plan;
}

/** What building the sample once leaves, with the names' targets as Excel reports them. */
const SAMPLE_BUILT: ExistingItems = {
  sheets: ["Notes", "Sales 销售", "Summary", "Channels"],
  names: ["Sales_Total", "Sales_Months", "User_Name"],
  tables: ["ChannelData"],
  nameSheets: new Map([
    ["sales_total", "Sales 销售"],
    ["sales_months", "Sales 销售"],
    ["user_name", "Notes"],
  ]),
};

describe("backupSheetName", () => {
  test("numbers versions one above the highest kept, in either language", () => {
    expect(backupSheetName("Report", ["Report"])).toBe("Report (v1)");
    expect(backupSheetName("Report", ["Report", "Report (v1)"])).toBe("Report (v2)");
    // v1 deleted by the user: the next is still v3, so numbers keep the order versions were made in.
    expect(backupSheetName("Report", ["Report", "report (V2)"])).toBe("Report (v3)");
    expect(backupSheetName("日报", ["日报", "日报（第1版）", "日报 (v4)"], "zh-CN")).toBe(
      "日报（第5版）"
    );
    // Another sheet's backups do not count.
    expect(backupSheetName("Report", ["Report", "Report 2 (v7)"])).toBe("Report (v1)");
  });

  test("cuts the name so the suffix fits Excel's 31 characters, by code points", () => {
    const long = "经营日报经营日报经营日报经营日报经营日报经营日报经营日报经营日"; // 31 characters
    expect(Array.from(long)).toHaveLength(31);
    const first = backupSheetName(long, [long], "zh-CN");
    // "（第1版）" is 5 characters, so 26 of the name remain.
    expect(first).toBe(`${Array.from(long).slice(0, 26).join("")}（第1版）`);
    expect(backupSheetName(long, [long, first], "zh-CN")).toBe(
      `${Array.from(long).slice(0, 26).join("")}（第2版）`
    );
    const emoji = `${"x".repeat(24)}📈📈📈📈📈📈📈`; // 31 code points, 38 UTF-16 units
    // " (v1)" is 5 code points: 26 remain, the 24 x's and two whole emoji.
    expect(backupSheetName(emoji, [emoji])).toBe(`${"x".repeat(24)}📈📈 (v1)`);
  });
});

test("referencedSheet reads plain references the way Excel writes a name's formula", () => {
  expect(referencedSheet("=Report!$B$5")).toBe("Report");
  expect(referencedSheet("='Sales 销售'!$B$4:$B$15")).toBe("Sales 销售");
  expect(referencedSheet("'O''Brien'!$A$1")).toBe("O'Brien");
  expect(referencedSheet("=SUM(Report!$B$5)")).toBeUndefined();
  expect(referencedSheet("=Report!$B$5+1")).toBeUndefined();
  expect(referencedSheet("=0.17")).toBeUndefined();
});

describe("fitting a rebuild of the sample plan", () => {
  const fitted = fitPlanToWorkbook(rebuild(), SAMPLE_BUILT);

  test("each sheet takes its old sheet's name; the old ones get backup names", () => {
    expect(Object.fromEntries(fitted.sheetNames)).toEqual({
      sales: "Sales 销售",
      summary: "Summary",
      channels: "Channels",
    });
    expect(Object.fromEntries(fitted.replacements)).toEqual({
      sales: { replaced: "Sales 销售", backup: "Sales 销售 (v1)" },
      summary: { replaced: "Summary", backup: "Summary (v1)" },
      channels: { replaced: "Channels", backup: "Channels (v1)" },
    });
  });

  test("workbook names that pointed into a replaced sheet are re-pointed, not copied", () => {
    expect(fitted.repointedNames.map((name) => name.name)).toEqual(["Sales_Total", "Sales_Months"]);
    // Left to add: the sheet-scoped name only (its old copy went with the old sheet).
    expect(fitted.plan.names).toEqual(samplePlan().names!.filter((n) => n.scope === "sheet"));
  });

  test("tables keep the never-overwrite rule", () => {
    expect(fitted.tableRenames).toEqual(new Map([["ChannelData", "ChannelData_2"]]));
  });

  test("a name pointing elsewhere still gets sheet-scoped copies", () => {
    const plan = rebuild();
    plan.names!.push({ name: "User_Name", sheet: "summary", range: "A1" });
    const names = fitPlanToWorkbook(plan, SAMPLE_BUILT).plan.names!;
    expect(names.filter((n) => n.name === "User_Name").map((n) => n.scope)).toEqual([
      "sheet",
      "sheet",
      "sheet",
    ]);
  });
});

test("a replaced name matches in any case and takes the workbook's spelling", () => {
  const plan = samplePlan();
  plan.sheets[0].replaces = "SALES 销售";
  const fitted = fitPlanToWorkbook(plan, SAMPLE_BUILT, "zh-CN");
  expect(fitted.sheetNames.get("sales")).toBe("Sales 销售");
  expect(fitted.replacements.get("sales")).toEqual({
    replaced: "Sales 销售",
    backup: "Sales 销售（第1版）",
  });
  // The sheets without `replaces` keep the never-overwrite rule.
  expect(fitted.sheetNames.get("summary")).toBe("Summary (2)");
});

test("a plan sheet that does not replace anything may not take a backup's or a replaced name", () => {
  const plan = samplePlan();
  plan.sheets[0].replaces = "Summary";
  plan.sheets[1].name = "Summary (v1)";
  const fitted = fitPlanToWorkbook(plan, SAMPLE_BUILT);
  expect(Object.fromEntries(fitted.sheetNames)).toEqual({
    sales: "Summary",
    summary: "Summary (v1) (2)",
    channels: "Channels (2)",
  });
});

test("`replaces` naming no existing sheet changes nothing", () => {
  const plan = samplePlan();
  plan.sheets[0].replaces = "Nowhere";
  const fitted = fitPlanToWorkbook(plan, SAMPLE_BUILT);
  expect(fitted.replacements).toEqual(new Map());
  expect(fitted.repointedNames).toEqual([]);
  expect(fitted).toEqual({ ...fitPlanToWorkbook(samplePlan(), SAMPLE_BUILT), plan: fitted.plan });
});

test("validatePlan refuses an empty `replaces` and two sheets replacing one", () => {
  const plan = samplePlan();
  plan.sheets[0].replaces = "";
  plan.sheets[1].replaces = "Report";
  plan.sheets[2].replaces = "report";
  expect(validatePlan(plan)).toEqual([
    'Sheet "sales": "replaces" must name the sheet it rebuilds.',
    'Sheets "summary" and "channels" both replace sheet "report"; only one can.',
  ]);
});
