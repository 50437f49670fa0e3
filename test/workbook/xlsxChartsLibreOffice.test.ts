/**
 * Charts in .xlsx files, judged by LibreOffice: it opens each file we write, and
 *  - saved again as .xlsx, its own chart parts keep our series references, the conversion rate as a
 *    line on a second value axis standing on the right, and the numbers it read for each series (its
 *    numCache) equal sums over the CSV computed here;
 *  - printed to PDF, the pages carry coloured paint (bars, slices, lines) that a file without charts
 *    does not;
 *  - exported as HTML, it renders each chart to a picture (Debian's pdftoppm is not installed here and
 *    Calc without Draw turns no PDF into a picture), which holds the chart's coloured marks; the
 *    pictures are copied to test-artifacts/screenshots to be looked at.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { dirname, join, resolve } from "path";
import type { WorkbookPlan } from "../../src/plan/types";
import { writePlanToXlsx } from "../../src/workbook/xlsx/writeXlsx";
import { useCliFolder } from "../support/cliHarness";
import {
  convertWithLibreOffice,
  describeWithLibreOffice,
  writeTempXlsx,
} from "../support/libreoffice";
import { pdfPaint } from "../support/pdfDrawing";
import { axisPosition, parts, seriesOf } from "../support/xlsxChartParts";
import { colouredPixels, readPng } from "../support/pngPixels";

const SCREENSHOT_DIR = resolve(__dirname, "../../test-artifacts/screenshots");

/** Two channels over two months; per month GMV, orders and UV are summed by hand below. */
const CSV = [
  "日期,渠道,访客数,支付订单数,支付金额",
  "2025-01-03,天猫,1000,20,2000",
  "2025-01-04,京东,500,5,1000",
  "2025-01-20,天猫,300,9,900",
  "2025-02-03,天猫,800,24,2400",
  "2025-02-10,京东,700,7,700",
].join("\n");
// January: GMV 2000 + 1000 + 900 = 3900, orders 34, UV 1800; February: GMV 3100, orders 31, UV 1500.
const GMV = [3900, 3100];
const CONVERSION = [34 / 1800, 31 / 1500];
// By channel over both months: 天猫 2000 + 900 + 2400 = 5300, 京东 1700.
const SHARES = new Map([
  ["天猫", 5300],
  ["京东", 1700],
]);

const { folder, cli } = useCliFolder("ops-planner-charts-", async (dir) => {
  writeFileSync(join(dir, "shop.csv"), CSV);
});

describeWithLibreOffice("charts in .xlsx files, read by LibreOffice", () => {
  jest.setTimeout(240_000);

  test("a report built by the CLI: GMV columns, the conversion rate on a secondary axis, channel shares", async () => {
    const result = await cli(["report", "--input", "shop.csv", "--by", "渠道", "--out", "r.xlsx"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const written = join(folder(), "r.xlsx");
    expect(Object.keys(parts(written)).filter((p) => p.startsWith("xl/charts/"))).toHaveLength(2);

    const [roundTrip] = await convertWithLibreOffice([written], "xlsx");
    const charts = Object.entries(parts(roundTrip))
      .filter(([name]) => /^xl\/charts\/chart\d+\.xml$/.test(name))
      .map(([, xml]) => xml);
    const combo = charts.find(
      (xml) => xml.includes("<c:barChart>") && xml.includes("<c:lineChart>")
    );
    expect(combo).toBeDefined();
    const [columns] = seriesOf(combo!, "barChart");
    const [line] = seriesOf(combo!, "lineChart");
    expect(columns.values).toEqual(GMV);
    line.values.forEach((value, i) => expect(value).toBeCloseTo(CONVERSION[i], 12));
    // Our references, as LibreOffice kept them: the two month columns (C:D, after the channel and the
    // previous period) of the total rows of the GMV and conversion sections.
    expect(columns.ref).toMatch(/^'Operating report'!\$C\$(\d+):\$D\$\1$/);
    expect(line.ref).toMatch(/^'Operating report'!\$C\$(\d+):\$D\$\1$/);
    expect(line.ref).not.toBe(columns.ref);
    // The line's axes are not the columns' axes, and its value axis stands on the right.
    expect(line.axisIds).not.toEqual(columns.axisIds);
    const lineValueAxis = line.axisIds.find((id) => axisPosition(combo!, id) !== undefined)!;
    expect(axisPosition(combo!, lineValueAxis)).toBe("r");
    // The secondary axis shows percentages: LibreOffice kept a % format on it.
    expect(combo!).toMatch(
      new RegExp(`<c:valAx><c:axId val="${lineValueAxis}"/>[\\s\\S]*?formatCode="[^"]*%"`)
    );

    const donut = charts.find((xml) => xml.includes("<c:doughnutChart>"));
    expect(donut).toBeDefined();
    const [share] = seriesOf(donut!, "doughnutChart");
    expect(share.values).toEqual([...SHARES.values()]);

    // Printed, the report carries the first series' fill, LibreOffice's default #4F81BD (as it wrote in
    // the saved chart above), which no cell of the report uses (its red and green are font colours).
    expect(combo!).toContain('<a:srgbClr val="4f81bd"/>');
    const [pdf] = await convertWithLibreOffice([written], "pdf");
    const blue = [0x4f, 0x81, 0xbd].map((c) => c / 255);
    const painted = pdfPaint(pdf).colours.map((colour) => colour.split(" ").map(Number));
    expect(painted.some((rgb) => rgb.every((c, i) => Math.abs(c - blue[i]) < 0.01))).toBe(true);

    // LibreOffice's own rendering of the two charts: pictures with coloured bars, line and slices.
    const [html] = await convertWithLibreOffice([written], "html");
    const pictures = readdirSync(dirname(html)).filter((name) => /_html_.*\.png$/.test(name));
    expect(pictures).toHaveLength(2);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    for (const [i, name] of pictures.entries()) {
      const picture = readPng(readFileSync(join(dirname(html), name)));
      expect(colouredPixels(picture)).toBeGreaterThan(0.02 * picture.width * picture.height);
      copyFileSync(
        join(dirname(html), name),
        join(SCREENSHOT_DIR, `libreoffice-report-chart-${i + 1}.png`)
      );
    }
  });

  test("a target plan built by the CLI: base, target and challenge per month, each tier summing to its share of the year", async () => {
    const result = await cli(["targets", "--annual", "1200万", "--out", "t.xlsx"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const [roundTrip] = await convertWithLibreOffice([join(folder(), "t.xlsx")], "xlsx");
    const charts = Object.entries(parts(roundTrip)).filter(([name]) =>
      /^xl\/charts\/chart\d+\.xml$/.test(name)
    );
    expect(charts).toHaveLength(1);
    const tiers = seriesOf(charts[0][1], "barChart");
    const sums = tiers.map((tier) => tier.values.reduce((sum, value) => sum + value, 0));
    // The defaults: base 80%, target 100%, challenge 120% of 12,000,000 over 12 months.
    expect(tiers.map((tier) => tier.values.length)).toEqual([12, 12, 12]);
    expect(sums).toEqual([9_600_000, 12_000_000, 14_400_000]);
  });

  test("printed to PDF, a sheet with charts carries their coloured paint and the same sheet without does not", async () => {
    const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"];
    const plan = (charts: boolean): WorkbookPlan => ({
      sheets: [
        {
          key: "s",
          name: "Sales",
          blocks: [
            {
              anchor: "A1",
              rows: [
                ["Month", "GMV", "Conversion"],
                ...months.map((month, i) => [month, 1_000_000 + i * 150_000, 0.02 + i * 0.003]),
              ],
            },
          ],
          formats: [
            { range: "B2:B7", numberFormat: "yuanWhole" },
            { range: "C2:C7", numberFormat: "percent1" },
          ],
          ...(charts
            ? {
                charts: [
                  {
                    type: "combo" as const,
                    title: "GMV and conversion",
                    categories: "A2:A7",
                    series: [
                      { name: "GMV", values: "B2:B7" },
                      { name: "Conversion", values: "C2:C7", axis: "secondary" as const },
                    ],
                    position: "E2:L20",
                  },
                ],
              }
            : {}),
        },
      ],
    });
    const withCharts = writeTempXlsx((await writePlanToXlsx(plan(true), undefined)).buffer, "with");
    const without = writeTempXlsx(
      (await writePlanToXlsx(plan(false), undefined)).buffer,
      "without"
    );
    const [withPdf, withoutPdf] = await convertWithLibreOffice([withCharts, without], "pdf");
    expect(pdfPaint(withoutPdf).colours).toEqual([]);
    // Columns in one colour, the line in another at least.
    expect(pdfPaint(withPdf).colours.length).toBeGreaterThanOrEqual(2);
  });
});
