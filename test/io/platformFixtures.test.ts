/**
 * The platform fixtures (scripts/generate-platform-fixtures.ts) read through readTabularFile keep their
 * content in all four formats: the GBK CSV decodes, the .xls dates are the right serials, and every day
 * cell equals the number the generator used (test/fixtures/platforms/expected.ts), whether the reader
 * gives it typed or as text. Serials and sums are computed here, not with the code under test.
 *
 * The header row is looked for rather than assumed: today the first line (the title) is the header;
 * once the header finder lands, the title lines and the 合计 row may be left out, and these checks still
 * hold (lines above the header must be the titles, a line below the days must be the 合计).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CellValue } from "../../src/plan/types";
import { readTabularFile, type TabularFile } from "../../src/io/readTabularFile";
import { EXPECTED, PLATFORM_FORMATS, type PlatformExpected } from "../fixtures/platforms/expected";

const FOLDER = join(__dirname, "../fixtures/platforms");
const PLATFORMS = Object.keys(EXPECTED);
const EPOCH_1900 = Date.UTC(1899, 11, 30);

/** The Excel serial of an ISO date, by calendar arithmetic. */
function serialOf(iso: string): number {
  const [year, month, day] = iso.split("-").map(Number);
  return (Date.UTC(year, month - 1, day) - EPOCH_1900) / 86_400_000;
}

/** A date cell as an ISO date: a serial, or text (or a number) written 20251103, 2025-11-03, 2025/11/03. */
function isoDateOf(cell: CellValue): string | undefined {
  if (typeof cell === "number" && cell > 0 && cell < 100_000)
    return new Date(EPOCH_1900 + cell * 86_400_000).toISOString().slice(0, 10);
  const match = /^(\d{4})[-/]?(\d{2})[-/]?(\d{2})$/.exec(String(cell ?? ""));
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

/** A number cell as a number: typed already, or text with thousands separators and a % sign. */
function numberOf(cell: CellValue): number | undefined {
  if (typeof cell === "number") return cell;
  const match = /^(-?[\d,]+(?:\.\d+)?)(%?)$/.exec(String(cell ?? "").trim());
  if (!match) return undefined;
  const value = Number(match[1].replace(/,/g, ""));
  return match[2] === "%" ? value / 100 : value;
}

/** Equal to 12 significant digits: 2.57 / 100 written by ExcelJS reads back as 0.025699999999999997. */
function close(actual: number | undefined, expected: number): boolean {
  return (
    actual !== undefined && Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected))
  );
}

async function read(platform: string, format: string): Promise<TabularFile> {
  const name = `${platform}.${format}`;
  return readTabularFile(new Uint8Array(readFileSync(join(FOLDER, name))), name);
}

/** The header line, the lines above it and the lines after it, as the reader gave them. */
function split(table: TabularFile, expected: PlatformExpected) {
  const lines = [table.header as CellValue[], ...table.rows];
  const headerIndex = lines.findIndex(
    (line) =>
      JSON.stringify(line.slice(0, expected.columns.length)) === JSON.stringify(expected.columns)
  );
  expect(headerIndex).toBeGreaterThanOrEqual(0);
  return {
    above: lines.slice(0, headerIndex),
    days: lines.slice(headerIndex + 1, headerIndex + 1 + expected.rows.length),
    below: lines.slice(headerIndex + 1 + expected.rows.length),
  };
}

/** Each cell compared as its column's kind; the mismatches, for a readable failure. */
function mismatches(days: CellValue[][], expected: PlatformExpected): string[] {
  const percent = new Set(expected.percentColumns.map((name) => expected.columns.indexOf(name)));
  const problems: string[] = [];
  expected.rows.forEach((row, index) => {
    row.forEach((value, column) => {
      const cell = days[index]?.[column] ?? null;
      const ok =
        column === 0
          ? isoDateOf(cell) === value
          : typeof value === "string"
            ? cell === value
            : close(numberOf(cell), percent.has(column) ? value / 100 : value);
      if (!ok)
        problems.push(
          `day ${index + 1}, ${expected.columns[column]}: ${JSON.stringify(cell)} for ${value}`
        );
    });
  });
  return problems;
}

describe.each(PLATFORMS)("%s", (platform) => {
  const expected = EXPECTED[platform];

  test.each(PLATFORM_FORMATS)("%s keeps every day cell the generator wrote", async (format) => {
    const table = await read(platform, format);
    const { above, days, below } = split(table, expected);
    expect(days).toHaveLength(expected.rows.length);
    expect(mismatches(days, expected)).toEqual([]);
    // Lines above the header, if still there, are the title lines (the blank one dropped).
    if (above.length > 0) expect(above.map((line) => line[0])).toEqual(expected.title);
    // A line below the days, if still there, is the 合计 row with the sums of the days.
    expect(below.length).toBeLessThanOrEqual(1);
    if (below.length === 1) {
      expect(below[0][0]).toBe("合计");
      for (const name of expected.additiveColumns) {
        const column = expected.columns.indexOf(name);
        const sum = expected.rows.reduce((total, row) => total + (row[column] as number), 0);
        expect(numberOf(below[0][column])).toBeCloseTo(sum, 2);
      }
    }
  });

  it("reads the same cells from all four formats", async () => {
    const tables = await Promise.all(PLATFORM_FORMATS.map((format) => read(platform, format)));
    const normalised = tables.map((table) =>
      split(table, expected).days.map((line) =>
        line.map((cell, column) => (column === 0 ? isoDateOf(cell) : (numberOf(cell) ?? cell)))
      )
    );
    for (const other of normalised.slice(1))
      other.forEach((line, index) =>
        line.forEach((cell, column) => {
          const first = normalised[0][index][column];
          if (typeof first === "number") expect(close(cell as number, first)).toBe(true);
          else expect(cell).toBe(first);
        })
      );
  });
});

describe("encodings and workbook dates", () => {
  it("decodes the GBK CSVs as GB18030 and the UTF-8 ones as UTF-8 (one with a BOM)", async () => {
    for (const platform of PLATFORMS) {
      expect((await read(platform, "gbk.csv")).encoding).toBe("gb18030");
      expect((await read(platform, "utf8.csv")).encoding).toBe("utf-8");
    }
    expect((await read("sycm-daily", "utf8.csv")).bom).toBe(true);
    expect((await read("jd-daily", "utf8.csv")).bom).toBe(false);
  });

  it.each(["sycm-daily", "jd-daily"])(
    "%s: the .xls and .xlsx hold real dates, read as the serials of the days",
    async (platform) => {
      const expected = EXPECTED[platform];
      const serials = expected.rows.map((row) => serialOf(row[0] as string));
      // 2025-11-01 is serial 45962 (Excel's own count: 45658 is 2025-01-01, plus 304 days).
      expect(serials[0]).toBe(45962);
      for (const format of ["xls", "xlsx"]) {
        const { days } = split(await read(platform, format), expected);
        expect(days.map((line) => line[0])).toEqual(serials);
      }
    }
  );

  it("douyin-daily keeps its 2025/11/03 text dates and its 渠道 column in every format", async () => {
    const expected = EXPECTED["douyin-daily"];
    for (const format of PLATFORM_FORMATS) {
      const { days } = split(await read("douyin-daily", format), expected);
      expect(days[0].slice(0, 2)).toEqual(["2025/11/01", "直播"]);
      expect(new Set(days.map((line) => line[1]))).toEqual(new Set(["直播", "商品卡", "短视频"]));
    }
  });
});
