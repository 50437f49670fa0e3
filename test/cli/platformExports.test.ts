/**
 * The platforms' daily exports (生意参谋, 京东商智, 抖店/罗盘), each as GBK CSV, UTF-8 CSV, .xlsx and .xls
 * with title lines above the header and a 合计 row below, through `report` and `targets --history`.
 * Totals are summed in this file from the generator's day rows (test/fixtures/platforms/expected.ts),
 * never read back from our own output; LibreOffice recalculates the live reports.
 */
import { copyFile } from "node:fs/promises";
import { join } from "node:path";
import { EXPECTED, PLATFORM_FORMATS } from "../fixtures/platforms/expected";
import { useCliFolder } from "../support/cliHarness";
import { nameValues } from "../support/workbookNames";
import {
  describeWithLibreOffice,
  readWorkbook,
  recalculateXlsxFiles,
} from "../support/libreoffice";

const FIXTURES = join(__dirname, "../fixtures/platforms");

/** The GMV and UV columns of each platform, as its export names them. */
const COLUMNS: Record<string, { gmv: string; uv: string }> = {
  "sycm-daily": { gmv: "支付金额", uv: "访客数" },
  "jd-daily": { gmv: "成交金额", uv: "访客数" },
  "douyin-daily": { gmv: "成交金额", uv: "商品访客数" },
};

const FILES = Object.keys(EXPECTED).flatMap((id) =>
  PLATFORM_FORMATS.map((format) => ({ id, format, file: `${id}.${format}` }))
);

function columnSum(
  id: string,
  header: string,
  filter: (row: (string | number)[]) => boolean = () => true
) {
  const { columns, rows } = EXPECTED[id];
  const at = columns.indexOf(header);
  // In cents, so float addition cannot move the total off the yuan.
  return (
    rows.filter(filter).reduce((cents, row) => cents + Math.round((row[at] as number) * 100), 0) /
    100
  );
}

const { folder, cli } = useCliFolder("ops-planner-platforms-", async (dir) => {
  for (const { file } of FILES) await copyFile(join(FIXTURES, file), join(dir, file));
});

describe("report reads every platform export in every format to the independent totals", () => {
  test.each(FILES.map((entry) => [entry.file, entry] as const))("%s", async (_, { id, file }) => {
    const out = `values-${file}.xlsx`;
    const result = await cli(["report", "--input", file, "--values", "--out", out]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${EXPECTED[id].rows.length} rows read`);
    // Title lines and the 合计 row are said, not counted.
    expect(result.stdout).toContain("Lines above the header were read as titles and left out");
    expect(result.stdout).toMatch(/The total row at line \d+ \(“合计/);
    const workbook = await readWorkbook(join(folder(), out));
    expect(nameValues(workbook, "Report_Total_GMV")[0]).toBeCloseTo(
      columnSum(id, COLUMNS[id].gmv),
      6
    );
    expect(nameValues(workbook, "Report_Total_UV")[0]).toBe(columnSum(id, COLUMNS[id].uv));
  });
});

describeWithLibreOffice("live reports of the platform exports, recalculated by LibreOffice", () => {
  test("every file's GMV, as LibreOffice computes it", async () => {
    const outputs: string[] = [];
    for (const { file } of FILES) {
      const out = `live-${file.replace(/\W/g, "_")}.xlsx`;
      const result = await cli(["report", "--input", file, "--out", out]);
      expect([file, result.code, result.stderr]).toEqual([file, 0, ""]);
      outputs.push(join(folder(), out));
    }
    const recalculated = await recalculateXlsxFiles(outputs);
    for (const [i, { id, file }] of FILES.entries()) {
      const theirs = await readWorkbook(recalculated[i]);
      const gmv = nameValues(theirs, "Report_Total_GMV")[0] as number;
      expect([file, Math.round(gmv * 100) / 100]).toEqual([file, columnSum(id, COLUMNS[id].gmv)]);
    }
  }, 240_000);
});

describe("targets --history reads every platform export in every format", () => {
  test.each(FILES.map((entry) => [entry.file, entry] as const))("%s", async (_, { id, file }) => {
    const douyin = id === "douyin-daily";
    const out = `targets-${file}.xlsx`;
    const args = ["targets", "--annual", "1200000", "--history", file, "--seasonality", "equal"];
    const result = await cli([...args, ...(douyin ? ["--by", "渠道"] : []), "--out", out]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("2025-11 to 2025-12");
    // 60 days from 2025-11-01: November whole, December's 30 of 31 days, so no row was lost or added.
    expect(result.stdout).toContain("does not cover every day of 2025-12 (30 of 31 days)");
    if (!douyin) return;
    // Each channel's target share is its share of the history's GMV, summed here; every month's part is
    // rounded to the yuan (the parts still add up), so a channel's year is within 12 yuan of its share.
    const channels = ["直播", "商品卡", "短视频"];
    const channelColumn = EXPECTED[id].columns.indexOf("渠道");
    const total = columnSum(id, "成交金额");
    const members = nameValues(await readWorkbook(join(folder(), out)), "Target_Members");
    expect(members).toHaveLength(channels.length);
    channels.forEach((channel, i) => {
      const share = columnSum(id, "成交金额", (row) => row[channelColumn] === channel) / total;
      expect(Math.abs((members[i] as number) - 1_200_000 * share)).toBeLessThanOrEqual(12);
    });
    expect((members as number[]).reduce((a, b) => a + b, 0)).toBe(1_200_000);
  });
});
