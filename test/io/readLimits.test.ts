/**
 * Limits instead of hangs: each refusal is a TabularFileError naming the limit and the option that
 * raises it, in both languages. Limits are set small so the tests stay fast; the zips are built with
 * fflate's zipSync (an independent writer) and, for the lying one, patched by hand.
 */
import { zipSync } from "fflate";
import { DEFAULT_READ_LIMITS, readLimitsFrom } from "../../src/io/readLimits";
import { readTabularFile } from "../../src/io/readTabularFile";
import { TabularFileError } from "../../src/io/tabularFileError";
import { readZipDirectory } from "../../src/io/zipInflateLimit";
import { twoSheetWorkbook, utf8Bytes, xlsxBytes } from "./fixtureFiles";

async function readError(...args: Parameters<typeof readTabularFile>): Promise<TabularFileError> {
  const error = await readTabularFile(...args).then(
    () => undefined,
    (thrown: unknown) => thrown
  );
  expect(error).toBeInstanceOf(TabularFileError);
  return error as TabularFileError;
}

/** Sets a little-endian uint32 at `offset`. */
function setUint32(bytes: Uint8Array, offset: number, value: number): void {
  new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).setUint32(offset, value, true);
}

describe("readLimitsFrom", () => {
  it("has the documented defaults", () => {
    expect(readLimitsFrom()).toEqual({
      maxLineChars: 1_048_576,
      maxCells: 50_000_000,
      maxInflatedBytes: 512 * 1024 * 1024,
      maxFileBytes: 1024 * 1024 * 1024,
    });
    expect(DEFAULT_READ_LIMITS).toEqual(readLimitsFrom({}));
  });

  it("replaces only the limits given, and refuses what is not a positive integer", () => {
    expect(readLimitsFrom({ maxCells: 10 })).toEqual({ ...DEFAULT_READ_LIMITS, maxCells: 10 });
    expect(() => readLimitsFrom({ maxCells: 0 })).toThrow(RangeError);
    expect(() => readLimitsFrom({ maxFileBytes: 1.5 })).toThrow(RangeError);
  });
});

describe("file size", () => {
  it("refuses a file over maxFileBytes before decoding it, naming the option", async () => {
    const bytes = utf8Bytes("a,b\n" + "1,2\n".repeat(100_000)); // 400,004 bytes
    const error = await readError(bytes, "big.csv", { limits: { maxFileBytes: 200_000 } });
    expect(error.code).toBe("fileTooLarge");
    expect(error.message).toBe(
      "big.csv is larger than 0.2 MB, the limit for an input file. If the file is genuine, raise the limit with --max-file-mb."
    );
    expect(error.messageIn("zh-CN")).toBe(
      "big.csv 超过输入文件 0.2 MB 的上限。如果文件确实无误，可用 --max-file-mb 提高上限。"
    );
    const read = await readTabularFile(bytes, "big.csv", { limits: { maxFileBytes: 400_004 } });
    expect(read.rows).toHaveLength(100_000);
  });
});

describe("cells", () => {
  // 4 rows (header included) × 3 columns = 12 cells.
  const csv = utf8Bytes("a,b,c\n1,2,3\n4,5,6\n7,8,9\n");

  it("refuses a table with more cells than maxCells, and reads one at the limit", async () => {
    const error = await readError(csv, "t.csv", { limits: { maxCells: 11 } });
    expect(error.code).toBe("tooManyCells");
    expect(error.message).toBe(
      "t.csv: the table has 12 cells, over the limit of 11. If the file is genuine, raise the limit with --max-cells."
    );
    expect(error.messageIn("zh-CN")).toBe(
      "t.csv：表格有 12 个单元格，超过 11 的上限。如果文件确实无误，可用 --max-cells 提高上限。"
    );
    expect((await readTabularFile(csv, "t.csv", { limits: { maxCells: 12 } })).rows).toHaveLength(
      3
    );
  });

  it("counts a workbook's cells too", async () => {
    // The first sheet of twoSheetWorkbook: 3 rows × 6 columns.
    const bytes = await xlsxBytes(twoSheetWorkbook);
    expect((await readError(bytes, "w.xlsx", { limits: { maxCells: 17 } })).code).toBe(
      "tooManyCells"
    );
    expect(
      (await readTabularFile(bytes, "w.xlsx", { limits: { maxCells: 18 } })).rows
    ).toHaveLength(2);
  });

  it("refuses more columns than a worksheet holds, whatever maxCells says", async () => {
    const wide = utf8Bytes(`${Array.from({ length: 16_385 }, (_, i) => `c${i}`).join(",")}\n`);
    const error = await readError(wide, "wide.csv");
    expect(error.code).toBe("largerThanSheet");
    expect(error.message).toBe(
      "wide.csv has 1 rows and 16385 columns; a worksheet holds at most 1048576 rows and 16384 columns, so it is not an export that can be read."
    );
    expect(error.messageIn("zh-CN")).toBe(
      "wide.csv 有 1 行、16385 列；一张工作表最多 1048576 行、16384 列，因此无法作为导出数据读取。"
    );
  });
});

describe("zip (.xlsx) unzipped size", () => {
  it("refuses by the declared sizes before inflating anything", async () => {
    const declared = 300 * 1024;
    // The entry really holds 2 KiB (stored): only its declared size passes the limit.
    const bytes = zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(2048) }, { level: 0 });
    const [entry] = readZipDirectory(bytes);
    const central = bytes.length - 22 - (46 + entry.name.length);
    setUint32(bytes, central + 24, declared);
    const error = await readError(bytes, "bomb.xlsx", { limits: { maxInflatedBytes: 256 * 1024 } });
    expect(error.code).toBe("unzippedTooLarge");
    expect(error.message).toBe(
      "bomb.xlsx unzips to more than 0.3 MB (at part xl/worksheets/sheet1.xml), over the limit for a workbook. If the file is genuine, raise the limit with --max-unzipped-mb."
    );
    expect(error.messageIn("zh-CN")).toBe(
      "bomb.xlsx 解压后超过 0.3 MB（在部件 xl/worksheets/sheet1.xml 处），超过工作簿的上限。如果文件确实无误，可用 --max-unzipped-mb 提高上限。"
    );
  });

  it("adds the parts up: each under the limit, together over it", async () => {
    const part = new Uint8Array(40_000).fill(0x20);
    const bytes = zipSync({ "a.xml": part, "b.xml": part, "c.xml": part });
    const error = await readError(bytes, "parts.xlsx", { limits: { maxInflatedBytes: 100_000 } });
    expect(error.code).toBe("unzippedTooLarge");
    expect(error.params.entry).toBe("c.xml");
  });

  it("refuses a zip whose central directory lies, by counting what really inflates", async () => {
    // 8 MiB of spaces deflate to a few KiB; both headers then claim 100 bytes.
    const bytes = zipSync({
      "xl/worksheets/sheet1.xml": new Uint8Array(8 * 1024 * 1024).fill(0x20),
    });
    const [entry] = readZipDirectory(bytes);
    setUint32(bytes, 22, 100); // local header: uncompressed size
    setUint32(bytes, bytes.length - 22 - (46 + entry.name.length) + 24, 100); // central directory
    expect(readZipDirectory(bytes)[0].declaredSize).toBe(100);
    const started = Date.now();
    const error = await readError(bytes, "liar.xlsx", {
      limits: { maxInflatedBytes: 1024 * 1024 },
    });
    expect(error.code).toBe("unzippedTooLarge");
    expect(error.params).toMatchObject({ entry: "xl/worksheets/sheet1.xml", limit: 1 });
    // Stopped near the limit rather than inflating the whole 8 MiB.
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("reads a real workbook under the limit, and refuses it under a smaller one", async () => {
    const bytes = await xlsxBytes(twoSheetWorkbook);
    const total = readZipDirectory(bytes).reduce((sum, { declaredSize }) => sum + declaredSize, 0);
    expect(
      (await readTabularFile(bytes, "w.xlsx", { limits: { maxInflatedBytes: total } })).sheet
    ).toBe("订单");
    expect(
      (await readError(bytes, "w.xlsx", { limits: { maxInflatedBytes: total - 1 } })).code
    ).toBe("unzippedTooLarge");
  });

  it("reports a zip without a central directory as a damaged workbook", async () => {
    const bytes = await xlsxBytes(twoSheetWorkbook);
    const error = await readError(bytes.subarray(0, bytes.length - 30), "cut.xlsx");
    expect(error.code).toBe("corruptWorkbook");
    expect(error.message).toBe(
      "cut.xlsx could not be read as an .xlsx workbook (end of central directory not found (a truncated download?))."
    );
  });
});

describe("line length", () => {
  it("has a message for the delimited-text parser's refusal, in both languages", () => {
    const error = new TabularFileError("lineTooLong", { file: "a.csv", line: 3, limit: 1_048_576 });
    expect(error.message).toBe(
      "a.csv, line 3: the line is longer than 1048576 characters, the limit for one line. If the file is genuine, raise the limit with --max-line-length."
    );
    expect(error.messageIn("zh-CN")).toBe(
      "a.csv 第 3 行：该行超过 1048576 个字符，超过单行的上限。如果文件确实无误，可用 --max-line-length 提高上限。"
    );
  });
});
