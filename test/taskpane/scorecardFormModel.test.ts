/** The Scorecard form's values and a mapped roster → builder options → sheets in the memory workbook. */
import { SUMMARY_KEY } from "../../src/builders/scorecard/summarySheet";
import {
  BY_ROSTER_ROLE,
  DEFAULT_SCORECARD_FORM,
  ScorecardFormError,
  prepareScorecards,
  rosterTable,
  scorecardOptions,
} from "../../src/taskpane/pages/scorecardFormModel";
import { SCORECARD_FORM_TEXTS } from "../../src/taskpane/pages/scorecardFormTexts";
import { MemoryWorkbook } from "../../src/workbook/memory/MemoryWorkbook";
import type { TableData } from "../../src/workbook/port";

/** Headers the roster reader would not find by itself ("Person", "Job"): the mapping decides. */
const TEAM: TableData = {
  source: "Table Team",
  header: ["Person", "Job", "Department", "Manager", "Name"],
  rows: [
    ["Wang Lei", "ops_manager", "Operations", "", "ignored"],
    ["Li Na", "customer_service", "Service", "Wang Lei", "ignored"],
    [null, null, null, null, null],
  ],
};
const MAPPING = { employee: 0, role: 1 };

test("rosterTable keeps the mapped name and role, and the department and manager it finds", () => {
  const table = rosterTable(TEAM, MAPPING);
  expect(table.header).toEqual(["name", "role", "department", "manager"]);
  expect(table.rows[1]).toEqual(["Li Na", "customer_service", "Service", "Wang Lei"]);
});

test("a team: one roster entry per named row (the blank row is a gap), each on their own role", () => {
  const options = scorecardOptions(
    { ...DEFAULT_SCORECARD_FORM, period: " 2026 Q1 " },
    { data: TEAM, mapping: MAPPING },
    "en-US"
  );
  expect(options.template).toBeUndefined();
  expect(options.period).toBe("2026 Q1");
  expect(options.roster?.map((e) => [e.name, e.role, e.manager])).toEqual([
    ["Wang Lei", "ops_manager", ""],
    ["Li Na", "customer_service", "Wang Lei"],
  ]);
});

test("built into a workbook: a summary first, then one sheet per person, and Go to opens the summary", async () => {
  const prepared = prepareScorecards(
    DEFAULT_SCORECARD_FORM,
    { data: TEAM, mapping: MAPPING },
    "zh-CN"
  );
  expect(prepared.sheetKey).toBe(SUMMARY_KEY);
  expect(prepared.notes).toEqual(["已生成汇总表和 2 张考核表，每人一张。"]);
  const workbook = new MemoryWorkbook();
  try {
    const { sheetNames } = await workbook.applyPlan(prepared.plan);
    expect(Object.keys(sheetNames)).toEqual([SUMMARY_KEY, "card_1", "card_2"]);
    expect(await workbook.listSheets()).toEqual(expect.arrayContaining(["Wang Lei", "Li Na"]));
  } finally {
    workbook.dispose();
  }
});

test("without a team, a template is needed, and the message says where to choose one", () => {
  expect(() =>
    scorecardOptions({ ...DEFAULT_SCORECARD_FORM, template: BY_ROSTER_ROLE }, undefined, "en-US")
  ).toThrow(new ScorecardFormError(SCORECARD_FORM_TEXTS["en-US"].chooseTemplate));
  const single = prepareScorecards(
    { template: "customer_service", period: "", employeeName: "Zhao Min" },
    undefined,
    "en-US"
  );
  expect(single.sheetKey).toBe("scorecard");
  expect(single.plan.sheets.map((sheet) => sheet.key)).toEqual(["scorecard"]);
});

test("a mapping without the employee column is refused before anything is read", () => {
  expect(() =>
    scorecardOptions(
      DEFAULT_SCORECARD_FORM,
      { data: TEAM, mapping: { employee: null, role: 1 } },
      "en-US"
    )
  ).toThrow(SCORECARD_FORM_TEXTS["en-US"].nameNotMapped);
});
