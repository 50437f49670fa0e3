/**
 * Writes the platform export fixtures under test/fixtures/platforms/: daily exports shaped like
 * 生意参谋 (Taobao/Tmall), 京东商智 (JD) and 抖店/电商罗盘 (Douyin), from their documented column names and
 * formats (docs/DOMAIN "exports"), with made-up numbers: no real shop or buyer data. Each platform comes
 * as GBK CSV, UTF-8 CSV, .xlsx (ExcelJS) and .xls (LibreOffice, converted from the .xlsx), with title
 * lines above the header and a 合计 row below the days, plus expected.ts holding the day rows as numbers
 * so tests can compute totals independently of any reader.
 *
 * GBK bytes come from glibc's iconv, not from our decoder. Run (needs iconv and soffice):
 *   npx ts-node --transpile-only scripts/generate-platform-fixtures.ts
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Workbook } from "exceljs";
import { format, resolveConfig } from "prettier";
import { mulberry32 } from "../src/core/seededRandom";

const OUT = resolve(__dirname, "../test/fixtures/platforms");
const FIRST_DAY = Date.UTC(2025, 10, 1);
const DAYS = 60;
const MS_PER_DAY = 86_400_000;

type Cell = string | number;

/** A platform as the generator writes it; `rows` become expected.ts. */
interface PlatformData {
  id: string;
  title: string[];
  columns: string[];
  /** The day rows: ISO date, then per column a number (percent columns as percent, 2.35 for 2.35%). */
  rows: Cell[][];
  /** The 合计 row as the platform prints it (same units as rows). */
  total: Cell[];
  /** How the CSVs write each cell. */
  csvText: (column: number, value: Cell) => string;
  /** What the .xlsx holds in each cell: a Date, a number with a format, or text. */
  xlsxCell: (column: number, value: Cell) => { value: Cell | Date; numFmt?: string };
  /** The CSV that gets a UTF-8 byte-order mark. */
  utf8Bom: boolean;
}

/** A fixed seed gives the same fixtures on every run. */
const random = mulberry32;

const between = (next: () => number, low: number, high: number) =>
  Math.floor(low + next() * (high - low + 1));
const round2 = (value: number) => Math.round(value * 100) / 100;
const isoDay = (day: number) => new Date(FIRST_DAY + day * MS_PER_DAY).toISOString().slice(0, 10);
const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const grouped = (value: number, decimals: number) =>
  value.toLocaleString("en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
const sum = (rows: Cell[][], column: number) =>
  rows.reduce((total, row) => total + (row[column] as number), 0);

/** One day of a shop: visitors, page views, buyers, orders and the amount (in cents, summed exactly). */
function day(next: () => number, scale: number) {
  const visitors = between(next, 8_000, 21_000) * scale;
  const pageViews = visitors * 3 + between(next, 0, visitors);
  const buyers = Math.round((visitors * between(next, 150, 420)) / 10_000);
  const orders = buyers + between(next, 0, Math.ceil(buyers / 5));
  const amountCents = buyers * between(next, 12_000, 32_000) + between(next, 0, 99);
  return { visitors, pageViews, buyers, orders, amount: amountCents / 100 };
}

function sycm(): PlatformData {
  const next = random(20251101);
  const columns = ["统计日期", "访客数", "浏览量", "支付金额", "支付买家数", "支付子订单数"];
  columns.push("支付转化率", "客单价", "UV价值");
  const rows = Array.from({ length: DAYS }, (_, index) => {
    const d = day(next, 2);
    const rate = round2((d.buyers / d.visitors) * 100);
    const aov = round2(d.amount / d.buyers);
    const uvValue = round2(d.amount / d.visitors);
    return [
      isoDay(index),
      d.visitors,
      d.pageViews,
      d.amount,
      d.buyers,
      d.orders,
      rate,
      aov,
      uvValue,
    ];
  });
  const [visitors, amount, buyers] = [sum(rows, 1), sum(rows, 3), sum(rows, 4)];
  const total: Cell[] = ["合计", visitors, sum(rows, 2), round2(amount), buyers, sum(rows, 5)];
  total.push(round2((buyers / visitors) * 100), round2(amount / buyers), round2(amount / visitors));
  const money = new Set([3, 7, 8]);
  return {
    id: "sycm-daily",
    title: [
      "生意参谋 店铺经营概况 日报（示例数据，非真实店铺）",
      "店铺名称：示例旗舰店",
      `统计日期 ${isoDay(0)}~${isoDay(DAYS - 1)}`,
    ],
    columns,
    rows,
    total,
    // 20251103 dates, thousands separators, "2.35%" percents: how 生意参谋 writes its CSVs.
    csvText: (column, value) => {
      if (column === 0) return String(value).replace(/-/g, "");
      if (column === 6) return typeof value === "number" ? `${value.toFixed(2)}%` : value;
      if (typeof value !== "number") return value;
      return grouped(value, money.has(column) ? 2 : 0);
    },
    // Its .xlsx: real dates and numbers, but percents as text, as the platform exports them.
    xlsxCell: (column, value) => {
      if (column === 0 && value !== "合计")
        return { value: utcDate(value as string), numFmt: "yyyy-mm-dd" };
      if (column === 6 && typeof value === "number") return { value: `${value.toFixed(2)}%` };
      return { value, numFmt: money.has(column) ? "#,##0.00" : "#,##0" };
    },
    utf8Bom: true,
  };
}

function jd(): PlatformData {
  const next = random(20251102);
  const columns = ["日期", "访客数", "浏览量", "成交金额", "成交单量", "成交转化率", "客单价"];
  const rows = Array.from({ length: DAYS }, (_, index) => {
    const d = day(next, 1);
    const rate = round2((d.orders / d.visitors) * 100);
    return [
      isoDay(index),
      d.visitors,
      d.pageViews,
      d.amount,
      d.orders,
      rate,
      round2(d.amount / d.orders),
    ];
  });
  const [visitors, amount, orders] = [sum(rows, 1), sum(rows, 3), sum(rows, 4)];
  const total: Cell[] = ["合计", visitors, sum(rows, 2), round2(amount), orders];
  total.push(round2((orders / visitors) * 100), round2(amount / orders));
  return {
    id: "jd-daily",
    title: [
      "京东商智 - 经营概况 - 交易概况（示例数据）",
      "店铺：示例京东自营旗舰店",
      `时间：${isoDay(0)} 至 ${isoDay(DAYS - 1)}`,
    ],
    columns,
    rows,
    total,
    // 2025-11-03 dates, amounts with separators, percents with a sign.
    csvText: (column, value) => {
      if (typeof value !== "number") return value;
      if (column === 5) return `${value.toFixed(2)}%`;
      return grouped(value, column === 3 || column === 6 ? 2 : 0);
    },
    // Its .xlsx: dates, numbers and percents as numbers formatted by Excel.
    xlsxCell: (column, value) => {
      if (column === 0 && value !== "合计")
        return { value: utcDate(value as string), numFmt: "yyyy-mm-dd" };
      if (column === 5 && typeof value === "number") return { value: value / 100, numFmt: "0.00%" };
      return { value, numFmt: column === 3 || column === 6 ? "#,##0.00" : "#,##0" };
    },
    utf8Bom: false,
  };
}

function douyin(): PlatformData {
  const next = random(20251103);
  const channels = ["直播", "商品卡", "短视频"];
  const columns = ["日期", "渠道", "成交金额", "成交订单数", "商品访客数", "成交转化率"];
  const rows: Cell[][] = [];
  for (let index = 0; index < DAYS; index++) {
    for (const channel of channels) {
      const d = day(next, 1);
      const rate = round2((d.orders / d.visitors) * 100);
      rows.push([isoDay(index), channel, d.amount, d.orders, d.visitors, rate]);
    }
  }
  const [amount, orders, visitors] = [sum(rows, 2), sum(rows, 3), sum(rows, 4)];
  const total: Cell[] = [
    "合计",
    "",
    round2(amount),
    orders,
    visitors,
    round2((orders / visitors) * 100),
  ];
  return {
    id: "douyin-daily",
    title: [
      "抖店 电商罗盘 核心数据 按天（示例数据）",
      "店铺名称：示例抖音小店",
      `统计日期 ${isoDay(0)}~${isoDay(DAYS - 1)}`,
    ],
    columns,
    rows,
    total,
    // 2025/11/03 dates; amounts with separators.
    csvText: (column, value) => {
      if (column === 0) return String(value).replace(/-/g, "/");
      if (typeof value !== "number") return value;
      if (column === 5) return `${value.toFixed(2)}%`;
      return grouped(value, column === 2 ? 2 : 0);
    },
    // Its .xlsx keeps the dates as text, as 罗盘 downloads do.
    xlsxCell: (column, value) => {
      if (column === 0) return { value: String(value).replace(/-/g, "/") };
      if (column === 5 && typeof value === "number") return { value: `${value.toFixed(2)}%` };
      return { value, numFmt: column === 2 ? "#,##0.00" : "#,##0" };
    },
    utf8Bom: false,
  };
}

function csvLine(fields: string[]): string {
  return fields
    .map((field) => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field))
    .join(",");
}

function csvText(platform: PlatformData): string {
  const lines = [...platform.title, "", csvLine(platform.columns)];
  for (const row of [...platform.rows, platform.total])
    lines.push(csvLine(row.map((value, column) => platform.csvText(column, value))));
  return `${lines.join("\r\n")}\r\n`;
}

async function xlsxBytes(platform: PlatformData): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet("数据");
  for (const line of platform.title) sheet.addRow([line]);
  sheet.addRow([]);
  sheet.addRow(platform.columns);
  for (const row of [...platform.rows, platform.total]) {
    const added = sheet.addRow([]);
    row.forEach((value, column) => {
      if (value === "") return;
      const { value: cellValue, numFmt } = platform.xlsxCell(column, value);
      const cell = added.getCell(column + 1);
      cell.value = cellValue;
      if (numFmt) cell.numFmt = numFmt;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function gbk(text: string): Buffer {
  return execFileSync("iconv", ["-f", "UTF-8", "-t", "GBK"], { input: text });
}

function expectedModule(platforms: PlatformData[]): string {
  const entries = platforms.map((platform) => {
    const named = (test: (name: string) => boolean) => platform.columns.filter(test);
    const fields = [
      `    title: ${JSON.stringify(platform.title)},`,
      `    columns: ${JSON.stringify(platform.columns)},`,
      `    percentColumns: ${JSON.stringify(named((name) => name.endsWith("转化率")))},`,
      `    additiveColumns: ${JSON.stringify(named((name) => ADDITIVE.has(name)))},`,
      `    rows: [\n${platform.rows.map((row) => `      ${JSON.stringify(row)},`).join("\n")}\n    ],`,
    ];
    return `  "${platform.id}": {\n${fields.join("\n")}\n  },`;
  });
  return `/**
 * Written by scripts/generate-platform-fixtures.ts: what the generator put in each platform's fixtures
 * (<id>.gbk.csv, <id>.utf8.csv, <id>.xlsx, <id>.xls): the title lines above the header, the columns,
 * and the day rows as numbers (dates as ISO dates, percent columns in percent: 2.35 for "2.35%"), so
 * tests compute totals without reading the fixtures. The 合计 row is left out: tests sum it themselves.
 * Regenerate instead of editing.
 */
export interface PlatformExpected {
  title: string[];
  columns: string[];
  /** Written as "2.35%" (or as 0.0235 formatted 0.00% in a workbook). */
  percentColumns: string[];
  /** Columns whose 合计 is the sum of the days. */
  additiveColumns: string[];
  rows: (string | number)[][];
}

export const PLATFORM_FORMATS = ["gbk.csv", "utf8.csv", "xlsx", "xls"] as const;

export const EXPECTED: Record<string, PlatformExpected> = {
${entries.join("\n")}
};
`;
}

/** Counts and amounts: their 合计 is the sum of the days (rates and averages are not). */
const ADDITIVE = new Set([
  "访客数",
  "浏览量",
  "支付金额",
  "支付买家数",
  "支付子订单数",
  "成交金额",
  "成交单量",
  "成交订单数",
  "商品访客数",
]);

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const platforms = [sycm(), jd(), douyin()];
  const work = mkdtempSync(join(tmpdir(), "ops-platform-fixtures-"));
  try {
    for (const platform of platforms) {
      const text = csvText(platform);
      writeFileSync(join(OUT, `${platform.id}.gbk.csv`), gbk(text));
      writeFileSync(
        join(OUT, `${platform.id}.utf8.csv`),
        `${platform.utf8Bom ? "\ufeff" : ""}${text}`
      );
      const xlsx = await xlsxBytes(platform);
      writeFileSync(join(OUT, `${platform.id}.xlsx`), xlsx);
      writeFileSync(join(work, `${platform.id}.xlsx`), xlsx);
    }
    execFileSync(
      "soffice",
      [
        "--headless",
        "--convert-to",
        "xls",
        "--outdir",
        work,
        ...platforms.map(({ id }) => join(work, `${id}.xlsx`)),
      ],
      { stdio: "inherit" }
    );
    for (const { id } of platforms) renameSync(join(work, `${id}.xls`), join(OUT, `${id}.xls`));
    // Formatted as the repository's lint wants it, so regenerating leaves a clean diff.
    const expectedPath = join(OUT, "expected.ts");
    const config = await resolveConfig(expectedPath);
    writeFileSync(
      expectedPath,
      await format(expectedModule(platforms), { ...config, filepath: expectedPath })
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
