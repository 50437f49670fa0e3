/**
 * Charts through the Excel adapter into the typed fake: the report's conversion rate on the secondary
 * axis with a percent format, the channel donut, and every chart call within the manifest's ExcelApi
 * requirement set as @types/office-js (Microsoft's API reference) states it.
 */
import { readFileSync } from "fs";
import { buildReportPlan, detectReportColumns } from "../../src/builders/report";
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { FakeExcel } from "../support/excelMock";
import { NUMBER_FORMATS } from "../../src/plan/styles";

const HEADER = ["日期", "渠道", "访客数", "支付订单数", "支付金额"];
const ROWS = [
  [45660, "天猫", 1000, 20, 2000],
  [45661, "京东", 500, 5, 1000],
  [45691, "天猫", 800, 24, 2400],
];

async function appliedReport() {
  const { plan } = buildReportPlan(
    { source: "Table Sales", header: HEADER, rows: ROWS },
    { kind: "table", table: "Sales" },
    {
      locale: "en-US",
      mapping: detectReportColumns(HEADER),
      by: [1],
      grain: "month",
      generatedAt: new Date(2025, 2, 1),
      // Values: the fake holds no source table for live formulas to name.
      values: true,
    }
  );
  const fake = new FakeExcel(["Sheet1"]);
  await new ExcelWorkbook({ run: fake.run }).applyPlan(plan);
  return { fake, sheet: fake.sheet("Operating report") };
}

/** The ExcelApi version Microsoft's typings give for `Excel.<owner>.<member>`. */
function apiSet(owner: string, member: string): string | undefined {
  const typings = readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8");
  const start = typings.indexOf(`    class ${owner} extends OfficeExtension.ClientObject {`);
  if (start < 0) return undefined;
  const end = typings.indexOf("\n    }\n", start);
  const body = typings.slice(start, end);
  const declaration = new RegExp(`\\n {8}(?:readonly )?${member}\\s*[(:?]`).exec(body);
  if (!declaration) return undefined;
  const doc = body.slice(body.lastIndexOf("/**", declaration.index), declaration.index);
  return /\[Api set: ExcelApi (\d+\.\d+)\]/.exec(doc)?.[1];
}

const manifestExcelApi = () =>
  /<Set Name="ExcelApi" MinVersion="(\d+\.\d+)"\/>/.exec(readFileSync("manifest.xml", "utf8"))![1];

const version = (text: string) => text.split(".").map(Number) as [number, number];

describe("the report's charts in Excel", () => {
  it("draws GMV as columns and the conversion rate as a line on the secondary axis in percent", async () => {
    const { sheet } = await appliedReport();
    const [combo, donut] = sheet.charts;
    expect(combo.type).toBe("ColumnClustered");
    expect(
      combo.series.map(({ name, chartType, axisGroup }) => ({ name, chartType, axisGroup }))
    ).toEqual([
      { name: "GMV", chartType: undefined, axisGroup: undefined },
      { name: "Conversion rate (orders ÷ UV)", chartType: "Line", axisGroup: "Secondary" },
    ]);
    // Each axis shows its cells' format: yuan on the left, percent on the right.
    expect(combo.axes?.["Value/Primary"]).toEqual({
      numberFormat: NUMBER_FORMATS.yuan,
      title: "GMV",
    });
    expect(combo.axes?.["Value/Secondary"]?.numberFormat).toMatch(/%$/);
    expect(combo.axes?.["Value/Secondary"]?.title).toBe("Conversion rate (orders ÷ UV)");
    expect(combo.legend).toEqual({ visible: true, position: "Bottom" });

    expect(donut.type).toBe("Doughnut");
    expect(donut.series).toHaveLength(1);
    expect(donut.series[0].doughnutHoleSize).toBe(50);
    expect(donut.dataLabels).toEqual({ showPercentage: true, showValue: false });
    expect(donut.legend).toEqual({ visible: true, position: "Right" });
  });

  it("the secondary axis is asked for only after a series is on it (Excel fails otherwise)", async () => {
    const { fake } = await appliedReport();
    const labels = fake.syncs.flatMap((sync) => sync.labels);
    expect(labels.indexOf("ChartSeries.axisGroup")).toBeGreaterThanOrEqual(0);
    expect(labels.indexOf("ChartAxes.getItem")).toBeGreaterThan(
      labels.indexOf("ChartSeries.axisGroup")
    );
  });

  it("uses only chart calls within the manifest's ExcelApi requirement set", async () => {
    const { fake } = await appliedReport();
    const calls = [
      ...new Set(fake.syncs.flatMap((sync) => sync.labels).filter((label) => /^Chart/.test(label))),
    ];
    // Navigation members are not calls of the fake; they are checked by name here.
    const navigation = [
      "Worksheet.charts",
      "Chart.axes",
      "Chart.legend",
      "Chart.dataLabels",
      "ChartAxes.valueAxis",
      "ChartAxes.categoryAxis",
      "ChartAxis.title",
    ];
    const required = version(manifestExcelApi());
    expect(required).toEqual([1, 9]);
    const sets = [...calls, ...navigation].map((call) => {
      const [owner, member] = call.split(".");
      return [call, apiSet(owner, member)] as const;
    });
    expect(sets.filter(([, set]) => set === undefined)).toEqual([]);
    const beyond = sets.filter(([, set]) => {
      const [major, minor] = version(set!);
      return major > required[0] || (major === required[0] && minor > required[1]);
    });
    expect(beyond).toEqual([]);
    // Known from Microsoft's reference: axisGroup came in 1.8, getItem in 1.7, titles in 1.1.
    expect(Object.fromEntries(sets)).toMatchObject({
      "ChartSeries.axisGroup": "1.8",
      "ChartAxes.getItem": "1.7",
      "ChartAxisTitle.text": "1.1",
      "ChartSeries.doughnutHoleSize": "1.7",
    });
  });
});

describe("the newer charts in Excel", () => {
  it("a two-level report's share donut reads its share block; the dashboard's 30 days are a combo", async () => {
    const header = ["日期", "渠道", "类目", "访客数", "支付订单数", "支付金额"];
    const { plan } = buildReportPlan(
      {
        source: "Table Sales",
        header,
        rows: ROWS.map(([date, channel, ...rest]) => [date, channel, "女装", ...rest]),
      },
      { kind: "table", table: "Sales" },
      {
        locale: "zh-CN",
        mapping: detectReportColumns(header),
        by: [1, 2],
        grain: "month",
        generatedAt: new Date(2025, 2, 1),
        values: true,
        dashboard: true,
      }
    );
    const fake = new FakeExcel(["Sheet1"]);
    await new ExcelWorkbook({ run: fake.run }).applyPlan(plan);
    const report = plan.sheets.find((sheet) => sheet.key === "report")!;
    const [, donut] = fake.sheet("经营报表").charts;
    expect(donut.type).toBe("Doughnut");
    // The block's GMV column (B), not the report's member rows.
    expect(donut.series[0].values).toContain(report.charts![1].series[0].values.split(":")[0]);
    const [trend] = fake.sheet("核心指标看板").charts;
    expect(trend.type).toBe("ColumnClustered");
    expect(trend.series.map(({ chartType, axisGroup }) => ({ chartType, axisGroup }))).toEqual([
      { chartType: undefined, axisGroup: undefined },
      { chartType: "Line", axisGroup: "Secondary" },
    ]);
    expect(trend.axes?.["Value/Secondary"]?.numberFormat).toMatch(/%$/);
  });
});
