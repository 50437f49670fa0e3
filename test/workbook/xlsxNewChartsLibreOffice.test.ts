/**
 * The charts added last, in .xlsx files written by the CLI and judged by LibreOffice: the GMV-share donut
 * of a two-level report (read from its share block), the dashboard's last 30 days, and replenishment's
 * ABC Pareto. Saved again by LibreOffice, each chart's cached numbers equal hand sums of the CSV below;
 * printed to PDF and turned into pictures by pdftoppm, the pages carry the charts' paint (the pictures
 * are copied to test-artifacts/screenshots to be looked at).
 */
import { execFileSync } from "child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { dirname, join, resolve } from "path";
import { useCliFolder } from "../support/cliHarness";
import { convertWithLibreOffice, describeWithLibreOffice } from "../support/libreoffice";
import { colouredPixels, readPng } from "../support/pngPixels";
import { chartParts, seriesOf } from "../support/xlsxChartParts";

const SCREENSHOT_DIR = resolve(__dirname, "../../test-artifacts/screenshots");

/**
 * Report date 2025-03-12; its 30 days run from 2025-02-11 (index 0) and 2025-03-01 is index 18.
 * GMV by day: 03-01 2000 + 1000 = 3000 (orders 25, UV 1500), 03-10 900 (9 of 300), 03-12 1600 + 500 =
 * 2100 (10 of 600); every other day 0. By channel: 天猫 2000 + 900 + 500 = 3400, 京东 1000 + 1600 = 2600.
 */
const SHOP = [
  "日期,渠道,类目,访客数,支付订单数,支付金额",
  "2025-03-01,天猫,女装,1000,20,2000",
  "2025-03-01,京东,男装,500,5,1000",
  "2025-03-10,天猫,男装,300,9,900",
  "2025-03-12,京东,女装,400,8,1600",
  "2025-03-12,天猫,女装,200,2,500",
].join("\n");
/** Window 5 days: sales amounts A 100 + 200 + 100 + 100 = 500, B 30 + 20 + 50 = 100, C 0; 600 in all. */
const SALES = [
  "日期,商品编码,销量,支付金额",
  "2025-01-01,A,10,100",
  "2025-01-03,A,20,200",
  "2025-01-04,A,10,100",
  "2025-01-05,A,10,100",
  "2025-01-02,B,3,30",
  "2025-01-02,B,2,20",
  "2025-01-05,B,5,50",
].join("\n");
/** Not in sales order: C, B, A. */
const STOCK = "商品编码,可用库存,成本价\nC,50,1\nB,1,2\nA,30,5\n";

const { folder, cli } = useCliFolder("ops-planner-new-charts-", async (dir) => {
  writeFileSync(join(dir, "shop.csv"), SHOP);
  writeFileSync(join(dir, "sales.csv"), SALES);
  writeFileSync(join(dir, "stock.csv"), STOCK);
});

/** LibreOffice prints the file to PDF; pdftoppm turns each page into a PNG. The pictures, in page order. */
async function pagePictures(xlsx: string, name: string): Promise<string[]> {
  const [pdf] = await convertWithLibreOffice([xlsx], "pdf");
  const prefix = join(dirname(pdf), name);
  execFileSync("pdftoppm", ["-png", "-r", "60", pdf, prefix]);
  const pictures = readdirSync(dirname(pdf))
    .filter((file) => file.startsWith(`${name}-`) && file.endsWith(".png"))
    .sort()
    .map((file) => join(dirname(pdf), file));
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  pictures.forEach((picture, i) =>
    copyFileSync(picture, join(SCREENSHOT_DIR, `libreoffice-${name}-page-${i + 1}.png`))
  );
  return pictures;
}

/** The largest share of coloured pixels on any page. */
function mostColoured(pictures: string[]): number {
  return Math.max(
    ...pictures.map((path) => {
      const picture = readPng(readFileSync(path));
      return colouredPixels(picture) / (picture.width * picture.height);
    })
  );
}

describeWithLibreOffice("the newer charts in .xlsx files, read by LibreOffice", () => {
  jest.setTimeout(240_000);

  test("a two-level report with the dashboard: the share donut and the last 30 days", async () => {
    const result = await cli([
      "report",
      ...["--input", "shop.csv", "--by", "渠道,类目", "--dashboard", "--out", "r.xlsx"],
    ]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const [roundTrip] = await convertWithLibreOffice([join(folder(), "r.xlsx")], "xlsx");
    const charts = chartParts(roundTrip);
    expect(charts).toHaveLength(3);

    const donut = charts.find((xml) => xml.includes("<c:doughnutChart>"))!;
    const [share] = seriesOf(donut, "doughnutChart");
    expect([...share.values].sort()).toEqual([2600, 3400]);
    expect(share.ref).toMatch(/^'Operating report'!\$B\$\d+:\$B\$\d+$/);

    const trend = charts.find((xml) => /Daily dashboard(&apos;|')!/.test(xml))!;
    const [gmv] = seriesOf(trend, "barChart");
    const [rate] = seriesOf(trend, "lineChart");
    const expectedGmv = Array.from({ length: 30 }, () => 0);
    [expectedGmv[18], expectedGmv[27], expectedGmv[29]] = [3000, 900, 2100];
    expect(gmv.values).toEqual(expectedGmv);
    expect(rate.axisIds).not.toEqual(gmv.axisIds);
    for (const [index, value] of [
      [18, 25 / 1500],
      [27, 9 / 300],
      [29, 10 / 600],
    ])
      expect(rate.points.get(index)).toBeCloseTo(value, 12);

    const pictures = await pagePictures(join(folder(), "r.xlsx"), "report-dashboard");
    expect(pictures.length).toBeGreaterThan(0);
    expect(mostColoured(pictures)).toBeGreaterThan(0.01);
  });

  test("replenishment: the ABC Pareto, sales by SKU descending and the cumulative share", async () => {
    const result = await cli([
      "replenishment",
      ...["--sales", "sales.csv", "--stock", "stock.csv", "--window", "5", "--out", "p.xlsx"],
    ]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const [roundTrip] = await convertWithLibreOffice([join(folder(), "p.xlsx")], "xlsx");
    const [pareto] = chartParts(roundTrip);
    const [sales] = seriesOf(pareto, "barChart");
    const [cumulative] = seriesOf(pareto, "lineChart");
    expect(sales.values).toEqual([500, 100, 0]);
    [500 / 600, 1, 1].forEach((share, i) => expect(cumulative.values[i]).toBeCloseTo(share, 12));
    expect(cumulative.axisIds).not.toEqual(sales.axisIds);
    // The categories LibreOffice read: the SKUs in that order.
    const categories = /<c:cat>([\s\S]*?)<\/c:cat>/.exec(pareto)![1];
    expect([...categories.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1])).toEqual([
      "A",
      "B",
      "C",
    ]);

    const pictures = await pagePictures(join(folder(), "p.xlsx"), "replenishment");
    expect(mostColoured(pictures)).toBeGreaterThan(0.01);
  });
});
