/**
 * The report's charts as the memory engine computes the cells they read. Two breakdown levels: the donut
 * reads a share block of the first level's subtotals. Expected figures are hand sums of the fixture rows:
 * 天猫 500 + 800 + 1200 + 3000 + 2000 + 1000 + 900 = 9400, 京东 900 + 100 + 1800 + 0 + 600 = 3400,
 * together 12,800, so shares 0.734375 and 0.265625.
 */
import {
  buildReportPlan,
  detectReportColumns,
  type ReportOptions,
  type ReportSourceRef,
} from "../../../src/builders/report";
import { cellA1 } from "../../../src/plan/a1";
import { rangeCells } from "../../../src/plan/charts";
import type { ChartPlan } from "../../../src/plan/types";
import { validatePlan } from "../../../src/plan/validatePlan";
import { HEADER, ROWS } from "./reportFixtures";
import { applyReport, type ReadReport } from "./reportTestSupport";

const FILE: ReportSourceRef = { kind: "file", name: "shop.csv" };
const GMV_BY_CHANNEL = new Map([
  ["天猫", 9400],
  ["京东", 3400],
]);

function options(extra: Partial<ReportOptions> = {}): ReportOptions {
  return {
    locale: "zh-CN",
    mapping: detectReportColumns(HEADER),
    by: [1, 2],
    grain: "month",
    generatedAt: new Date(2025, 2, 1, 9, 0),
    ...extra,
  };
}

const read = (report: ReadReport, range: string) =>
  rangeCells(range).map((cell) => report.memory.getValue(report.sheet, cellA1(cell)));

describe.each([false, true])("the share donut of a two-level report (values: %s)", (values) => {
  test("reads the first level's subtotals from a share block", async () => {
    const { plan } = buildReportPlan(
      { source: "shop.csv", header: HEADER, rows: ROWS },
      FILE,
      options({ values })
    );
    expect(validatePlan(plan)).toEqual([]);
    const charts = plan.sheets[0].charts!;
    expect(charts.map((chart) => chart.type)).toEqual(["combo", "donut"]);
    const donut = charts[1] as ChartPlan;
    expect(donut.title).toBe("各渠道支付金额占比");
    const report = await applyReport(plan);
    const labels = read(report, donut.categories);
    const amounts = read(report, donut.series[0].values);
    expect(new Map(labels.map((label, i) => [label, amounts[i]]))).toEqual(GMV_BY_CHANNEL);
    // The share column beside the block.
    const shares = read(report, donut.series[0].values.replace(/B/g, "C"));
    const expected = labels.map((label) => (label === "天猫" ? 0.734375 : 0.265625));
    shares.forEach((share, i) => expect(share).toBeCloseTo(expected[i], 12));
    // The block's GMV cells are the subtotals the report shows.
    for (const [channel, gmv] of GMV_BY_CHANNEL)
      expect(report.value("支付金额", [channel, "小计"], "合计")).toBe(gmv);
    // The charts stand below the block, not over it.
    const blockEnd = Number(/\d+$/.exec(donut.categories)![0]);
    for (const chart of charts)
      expect(Number(/^[A-Z]+(\d+)/.exec(chart.position)![1])).toBeGreaterThan(blockEnd);
  });
});

test("one breakdown level: the donut reads the member rows themselves (no share block)", async () => {
  const { plan } = buildReportPlan(
    { source: "shop.csv", header: HEADER, rows: ROWS },
    FILE,
    options({ by: [1] })
  );
  const donut = plan.sheets[0].charts![1];
  const report = await applyReport(plan);
  const labels = read(report, donut.categories);
  const amounts = read(report, donut.series[0].values);
  expect(new Map(labels.map((label, i) => [label, amounts[i]]))).toEqual(GMV_BY_CHANNEL);
  expect(donut.categories.startsWith("A")).toBe(true);
  expect(report.grid.some((row) => row[0] === "各渠道支付金额占比")).toBe(false);
});
