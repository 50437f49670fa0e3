/**
 * Delimited text read strictly (issue 12): physical line numbers, mixed line endings, title lines above
 * the header, a total row below the data, and rows whose field count would shift values.
 */
import { parseDelimitedText } from "../../src/io/parseDelimitedText";
import { readTabularFile } from "../../src/io/readTabularFile";
import { TabularFileError } from "../../src/io/tabularFileError";

const utf8 = (text: string) => new TextEncoder().encode(text);

async function readError(text: string, name = "export.csv"): Promise<TabularFileError> {
  const error = await readTabularFile(utf8(text), name).then(
    () => undefined,
    (thrown: unknown) => thrown
  );
  expect(error).toBeInstanceOf(TabularFileError);
  return error as TabularFileError;
}

describe("line endings and line numbers", () => {
  it("reads 30 rows written with CRLF, LF and lone CR mixed as 30 rows", async () => {
    const endings = ["\r\n", "\n", "\r"];
    const lines = Array.from(
      { length: 30 },
      (_, i) => `2025-01-${String(i + 1).padStart(2, "0")},${i + 1}`
    );
    const text =
      `日期,销售额${endings[0]}` + lines.map((line, i) => line + endings[i % 3]).join("");
    const table = await readTabularFile(utf8(text), "mixed.csv");
    expect(table.rows).toHaveLength(30);
    expect(table.rows.map((row) => row[1])).toEqual(lines.map((_, i) => i + 1));
    expect(table.rowNumbers).toEqual(lines.map((_, i) => i + 2));
  });

  it("numbers rows by the physical line they start on, past blank lines and multi-line cells", () => {
    const text = 'a,b\n\n1,"two\nlines"\n\n\n3,4\r\n"x\r\ny\r\nz",5\n6,7';
    const { grid } = parseDelimitedText(text);
    expect(grid.map(({ line }) => line)).toEqual([1, 3, 7, 8, 11]);
    expect(grid[3].cells).toEqual(["x\ny\nz", "5"]);
  });

  it("finds the delimiter from the table, not from title lines without one", () => {
    const text =
      "统计日期 2025-11-01~2025-11-30\n某某旗舰店\n\n日期;访客数;支付金额\n2025-11-01;10;100\n2025-11-02;20;200\n";
    expect(parseDelimitedText(text).delimiter).toBe(";");
  });

  it("refuses a line longer than the limit before parsing it", () => {
    const parsed = parseDelimitedText(`a,b\n1,2\n${"x".repeat(101)}\n`, { maxLineChars: 100 });
    expect(parsed.longLine).toEqual({ line: 3, length: 101 });
    expect(parsed.grid).toEqual([]);
  });
});

describe("platform exports: title lines and a total row", () => {
  const EXPORT = [
    "生意参谋 - 店铺经营概况",
    "统计日期 2025-11-01~2025-11-03",
    "",
    "统计日期,访客数,支付金额",
    '2025-11-01,100,"1,000.50"',
    "2025-11-02,200,2000",
    "2025-11-03,300,3000",
    '合计,600,"6,000.50"',
  ].join("\n");

  it("finds the header below the title lines and leaves the total row out, saying so", async () => {
    const table = await readTabularFile(utf8(EXPORT), "sycm.csv");
    expect(table.header).toEqual(["统计日期", "访客数", "支付金额"]);
    expect(table.rows).toEqual([
      ["2025-11-01", 100, 1000.5],
      ["2025-11-02", 200, 2000],
      ["2025-11-03", 300, 3000],
    ]);
    expect(table.rowNumbers).toEqual([5, 6, 7]);
    expect(table.notes.titleLines).toEqual([
      { line: 1, text: "生意参谋 - 店铺经营概况" },
      { line: 2, text: "统计日期 2025-11-01~2025-11-03" },
    ]);
    expect(table.notes.totalRow).toEqual({ line: 8, text: "合计 600 6000.5" });
  });

  it("keeps a first row that is the header (no title lines)", async () => {
    const table = await readTabularFile(utf8("日期,销售额\n2025-01-01,5\n"), "plain.csv");
    expect(table.header).toEqual(["日期", "销售额"]);
    expect(table.notes.titleLines).toEqual([]);
  });

  it("a 总计 or Total in the middle is data, only the last row is a total", async () => {
    const table = await readTabularFile(
      utf8("渠道,销售额\nTotal,5\n天猫,6\n总计,11\n"),
      "channels.csv"
    );
    expect(table.rows).toEqual([
      ["Total", 5],
      ["天猫", 6],
    ]);
  });
});

describe("strict field counts", () => {
  it("refuses rows with an unquoted ¥1,234 (one field too many) or a missing field, naming lines", async () => {
    const text =
      "日期,渠道,销售额\n2025-01-01,天猫,¥1,234\n\n2025-01-02,京东,500\n2025-01-03,抖音\n";
    const error = await readError(text);
    expect(error.code).toBe("wrongFieldCount");
    expect(error.messageIn("en-US")).toContain("2 rows do not have the header's 3 fields");
    expect(error.messageIn("en-US")).toContain("2 (4), 5 (2)");
    expect(error.messageIn("zh-CN")).toContain("有 2 行的字段数与表头的 3 个不同");
  });

  it("leaves those rows out when asked, and lists their lines", async () => {
    const text = "日期,渠道,销售额\n2025-01-01,天猫,¥1,234\n2025-01-02,京东,500\n";
    const table = await readTabularFile(utf8(text), "x.csv", { skipInvalid: true });
    expect(table.rows).toEqual([["2025-01-02", "京东", 500]]);
    expect(table.notes.skippedLines).toEqual([2]);
  });

  it("accepts blank padding fields that spreadsheets write past the last column", async () => {
    const table = await readTabularFile(utf8("a,b,,\n1,2,,\n3,4\n"), "padded.csv");
    expect(table.rows).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it("lists the first 20 lines and counts the rest", async () => {
    const rows = Array.from({ length: 25 }, (_, i) => `2025-01-01,${i},1,2`);
    const error = await readError(`日期,a,b\n${rows.join("\n")}\n`);
    const lines = Array.from({ length: 20 }, (_, i) => `${i + 2} (4)`).join(", ");
    expect(error.messageIn("en-US")).toContain(`25 rows do not have`);
    expect(error.messageIn("en-US")).toContain(`(first lines, with their field counts: ${lines})`);
  });
});
