/**
 * Parity for the report module (issue 14): the same export and the same choices give the same plan
 * through the CLI's `report` command (its one-pass reader, src/cli/reportReadLoop.ts) and through the
 * panel's Report page (src/taskpane/pages/reportFormModel.ts → builderPageModel). Before the module the
 * two hosts parsed From/To and the grain with their own code, resolved the breakdown differently (names
 * on the CLI, indexes in the panel) and only the panel rebuilt in place.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { WorkbookPlan } from "../../../src/plan/types";
import { readTabularFile } from "../../../src/io/readTabularFile";
import {
  defaultReportForm,
  detectReportMapping,
  prepareReport,
  type ReportFormValues,
} from "../../../src/taskpane/pages/reportFormModel";
import { useCliFolder } from "../../support/cliHarness";

const mockWritten: WorkbookPlan[] = [];
jest.mock("../../../src/workbook/xlsx/writeXlsx", () => {
  const actual = jest.requireActual("../../../src/workbook/xlsx/writeXlsx");
  return {
    ...actual,
    writePlanToXlsx: (plan: WorkbookPlan, ...rest: unknown[]) => {
      mockWritten.push(plan);
      return actual.writePlanToXlsx(plan, ...rest);
    },
  };
});

/** A 生意参谋-style export: a title line, amounts with separators, text dates, a 合计 row. */
const EXPORT = [
  "生意参谋 店铺经营概况",
  "统计日期,渠道,类目,访客数,支付订单数,支付金额,推广费,退款金额",
  '2025-01-02,天猫,女装,1000,20,"2,000",300,50',
  "2025/1/15,京东,女装,500,5,1000,100,0",
  "2025年1月20日,天猫,男装,800,24,2400,200,120",
  "2025-02-03,京东,男装,700,7,700,100,0",
  '2025-02-05,天猫,女装,100,1,"1,500",50,0',
  "2025-03-01,天猫,男装,300,3,900,60,30",
  "合计,,,3400,60,8500,810,200",
].join("\n");

const { cli } = useCliFolder("ops-report-parity-", async (dir) => {
  await writeFile(join(dir, "shop.csv"), EXPORT);
});

/** The build time in the source note differs by when each path ran (minutes): masked, nothing else. */
const masked = (plan: WorkbookPlan) =>
  JSON.parse(JSON.stringify(plan).replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/g, "<built>")) as unknown;

async function viaPanel(form: Partial<ReportFormValues>, by: [string | null, string | null]) {
  const data = await readTabularFile(new TextEncoder().encode(EXPORT), "shop.csv");
  const mapping = detectReportMapping(data.header);
  const column = (name: string | null) => (name === null ? null : data.header.indexOf(name));
  const values = { ...defaultReportForm(mapping), ...form, by: [column(by[0]), column(by[1])] };
  return prepareReport(values as ReportFormValues, { data, mapping }, "en-US").plan;
}

async function viaCli(args: string[]) {
  mockWritten.length = 0;
  const result = await cli([
    "report",
    "--input",
    "shop.csv",
    ...args,
    "--out",
    "r.xlsx",
    "--force",
  ]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  expect(mockWritten).toHaveLength(1);
  return mockWritten[0];
}

describe("report: the panel's path gives the CLI's plan", () => {
  test("two levels typed as one list on the CLI, two dropdowns in the panel; weekly; a range by months; dashboard", async () => {
    const cliPlan = await viaCli([
      "--by",
      "渠道,类目",
      "--grain",
      "week",
      "--from",
      "2025-01",
      "--to",
      "2025-02",
      "--dashboard",
    ]);
    const panelPlan = await viaPanel(
      { grain: "week", from: "2025年1月", to: "2025-02", dashboard: true },
      ["渠道", "类目"]
    );
    expect(masked(panelPlan)).toEqual(masked(cliPlan));
    // Live, over a data sheet (a file), with the dashboard: three sheets, rebuilt in place in both.
    expect(cliPlan.sheets.map((sheet) => sheet.key)).toEqual(["report", "dashboard", "reportData"]);
  });

  test("values only, by the channel column named by its field id on the CLI, quarterly by a Chinese label", async () => {
    const cliPlan = await viaCli(["--by", "channel", "--grain", "按季度", "--values"]);
    const panelPlan = await viaPanel({ grain: "quarter", snapshot: true }, ["渠道", null]);
    expect(masked(panelPlan)).toEqual(masked(cliPlan));
    expect(cliPlan.sheets.map((sheet) => sheet.key)).toEqual(["report"]);
  });

  test("--then-by is the panel's second dropdown", async () => {
    const cliPlan = await viaCli(["--by", "类目", "--then-by", "渠道"]);
    const panelPlan = await viaPanel({}, ["类目", "渠道"]);
    expect(masked(panelPlan)).toEqual(masked(cliPlan));
  });
});
