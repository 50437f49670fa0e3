/** The plan's own checks: each kind of mistake is reported in words naming where it is. */
import { validatePlan, isValidExcelName } from "../../src/plan/validatePlan";
import type { WorkbookPlan } from "../../src/plan/types";
import { samplePlan } from "../support/samplePlan";

const oneSheet = (
  patch: Partial<WorkbookPlan["sheets"][number]>,
  names?: WorkbookPlan["names"]
): WorkbookPlan => ({
  sheets: [{ key: "s", name: "S", blocks: [{ anchor: "A1", rows: [[1, 2]] }], ...patch }],
  names,
});

test("the shared sample plan is valid", () => {
  expect(validatePlan(samplePlan())).toEqual([]);
});

test.each<[string, WorkbookPlan, RegExp]>([
  ["no sheets", { sheets: [] }, /no sheets/],
  [
    "duplicate sheet keys",
    { sheets: [oneSheet({}).sheets[0], oneSheet({}).sheets[0]] },
    /key "s" is used twice/,
  ],
  ["bad anchor", oneSheet({ blocks: [{ anchor: "1A", rows: [[1]] }] }), /anchor "1A"/],
  [
    "ragged block",
    oneSheet({ blocks: [{ anchor: "A1", rows: [[1, 2], [3]] }] }),
    /1 cells in row 2, expected 2/,
  ],
  ["empty block", oneSheet({ blocks: [{ anchor: "A1", rows: [] }] }), /block at A1 is empty/],
  [
    "overlapping blocks",
    oneSheet({
      blocks: [
        { anchor: "A1", rows: [[1, 2]] },
        { anchor: "B1", rows: [[3]] },
      ],
    }),
    /blocks at A1 and B1 overlap/,
  ],
  [
    "block past the last row",
    oneSheet({ blocks: [{ anchor: "A1048576", rows: [[1], [2]] }] }),
    /past the edge/,
  ],
  [
    "formula without =",
    oneSheet({ blocks: [{ anchor: "A1", rows: [[{ formula: "SUM(B1)" }]] }] }),
    /must start with "="/,
  ],
  [
    "unknown sheet key",
    oneSheet({ blocks: [{ anchor: "A1", rows: [[{ formula: "={sheet:nope}!A1" }]] }] }),
    /sheet key "nope"/,
  ],
  [
    "reference outside the grid",
    oneSheet({ blocks: [{ anchor: "A1", rows: [[{ formula: "=B2000000+1" }]] }] }),
    /B2000000, outside the sheet/,
  ],
  [
    "unbalanced parentheses",
    oneSheet({ blocks: [{ anchor: "A1", rows: [[{ formula: "=SUM(B1" }]] }] }),
    /unbalanced parentheses/,
  ],
  [
    "bad format range",
    oneSheet({ formats: [{ range: "B2:", style: "input" }] }),
    /format range "B2:"/,
  ],
  ["bad colour", oneSheet({ tabColor: "blue" }), /tab colour "blue"/],
  [
    "min above max",
    oneSheet({ validations: [{ range: "A1", rule: { type: "decimal", min: 5, max: 1 } }] }),
    /min 5 above max 1/,
  ],
  [
    "empty list",
    oneSheet({ validations: [{ range: "A1", rule: { type: "list", values: [] } }] }),
    /has no values/,
  ],
  [
    "bad table name",
    oneSheet({ tables: [{ name: "My Table", range: "A1:B1" }] }),
    /table name "My Table"/,
  ],
  [
    "chart without series",
    oneSheet({
      charts: [{ type: "line", title: "T", categories: "A1:B1", series: [], position: "D1:H9" }],
    }),
    /has no series/,
  ],
  [
    "cell-like defined name",
    oneSheet({}, [{ name: "AB12", sheet: "s", range: "A1" }]),
    /"AB12" is not a valid Excel name/,
  ],
  [
    "duplicate defined name",
    oneSheet({}, [
      { name: "Total", sheet: "s", range: "A1" },
      { name: "TOTAL", sheet: "s", range: "B1" },
    ]),
    /"TOTAL" is defined twice/,
  ],
  [
    "name on a missing sheet",
    oneSheet({}, [{ name: "Total", sheet: "x", range: "A1" }]),
    /sheet key "x"/,
  ],
  [
    "name local to a missing sheet",
    oneSheet({}, [{ name: "Total", sheet: "s", range: "A1", scope: "sheet", localTo: "x" }]),
    /local to sheet key "x"/,
  ],
  [
    "localTo on a workbook name",
    oneSheet({}, [{ name: "Total", sheet: "s", range: "A1", localTo: "s" }]),
    /"Total" has localTo but its scope is not "sheet"/,
  ],
  [
    "two names local to the same sheet",
    {
      sheets: [oneSheet({}).sheets[0], { key: "t", name: "T", blocks: [] }],
      names: [
        { name: "Total", sheet: "s", range: "A1", scope: "sheet", localTo: "t" },
        { name: "Total", sheet: "t", range: "A1", scope: "sheet" },
      ],
    },
    /"Total" is defined twice/,
  ],
])("%s is reported", (_what, plan, message) => {
  const errors = validatePlan(plan);
  expect(errors.some((e) => message.test(e))).toBe(true);
});

test("a name may be local to a sheet its range is not on, once per sheet", () => {
  const plan = samplePlan();
  plan.names!.push(
    { name: "Local_Target", sheet: "sales", range: "F3", scope: "sheet", localTo: "summary" },
    { name: "Local_Target", sheet: "sales", range: "F3", scope: "sheet", localTo: "channels" }
  );
  expect(validatePlan(plan)).toEqual([]);
});

test("text in string literals is not mistaken for references", () => {
  expect(
    validatePlan(
      oneSheet({ blocks: [{ anchor: "A1", rows: [[{ formula: '="ZZZ9999999 {sheet:none}"' }]] }] })
    )
  ).toEqual([]);
});

test("Excel name rules", () => {
  expect(["Target_Total", "_x", "Report_CR", "a.b"].every(isValidExcelName)).toBe(true);
  expect(["1abc", "A1", "R1C1", "r", "has space", ""].some(isValidExcelName)).toBe(false);
});
