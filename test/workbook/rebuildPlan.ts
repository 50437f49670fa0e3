/**
 * A daily report built again and again with `replaces` (rebuild in place), shared by the adapters' tests.
 * Each build writes three days of GMV; B5 sums them and the workbook name Report_Total points at B5.
 */
import type { WorkbookPlan } from "../../src/plan/types";

export const REPORT = "Report";

/** The report for three days of GMV; `table` adds a table over A1:B4 (to show tables keep "_2"). */
export function reportPlan(gmv: [number, number, number], table = false): WorkbookPlan {
  return {
    sheets: [
      {
        key: "report",
        name: REPORT,
        replaces: REPORT,
        blocks: [
          {
            anchor: "A1",
            rows: [
              ["Day", "GMV"],
              ["Mon", gmv[0]],
              ["Tue", gmv[1]],
              ["Wed", gmv[2]],
              ["Total", { formula: "=SUM(B2:B4)" }],
            ],
          },
        ],
        ...(table ? { tables: [{ name: "DailyGmv", range: "A1:B4" }] } : {}),
      },
    ],
    names: [{ name: "Report_Total", sheet: "report", range: "B5" }],
  };
}

/** Hand sums of the three builds' GMV, the values each version's B5 must show. */
export const FIRST: [number, number, number] = [100, 200, 300]; // 600
export const SECOND: [number, number, number] = [10, 20, 30]; // 60
export const THIRD: [number, number, number] = [1, 2, 3]; // 6
