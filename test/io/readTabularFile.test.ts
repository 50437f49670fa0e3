import { readTabularFile } from "../../src/io/readTabularFile";
import { TabularFileError } from "../../src/io/tabularFileError";
import {
  gbkBytes,
  SALES_CSV,
  SALES_ROWS,
  twoSheetWorkbook,
  utf8Bytes,
  xlsxBytes,
} from "./fixtureFiles";

const SALES_HEADER = ["日期", "访客数", "支付订单数", "销售额"];

/** The TabularFileError a read rejects with (fails the test if it resolves or throws something else). */
async function readError(...args: Parameters<typeof readTabularFile>): Promise<TabularFileError> {
  const error = await readTabularFile(...args).then(
    () => undefined,
    (thrown: unknown) => thrown
  );
  expect(error).toBeInstanceOf(TabularFileError);
  return error as TabularFileError;
}

describe("readTabularFile: CSV and other text", () => {
  it("reads a GBK export, detected as GB18030", async () => {
    const table = await readTabularFile(gbkBytes(SALES_CSV), "sales.csv");
    expect(table).toMatchObject({
      source: "sales.csv",
      encoding: "gb18030",
      bom: false,
      delimiter: ",",
    });
    expect(table.header).toEqual(SALES_HEADER);
    expect(table.rows).toEqual(SALES_ROWS);
  });

  it("reads UTF-8 with a BOM (the BOM stays out of the first header)", async () => {
    const table = await readTabularFile(utf8Bytes(SALES_CSV, true), "sales.csv");
    expect(table).toMatchObject({
      encoding: "utf-8",
      bom: true,
      header: SALES_HEADER,
      rows: SALES_ROWS,
    });
  });

  it("reads UTF-8 without a BOM, Chinese headers included", async () => {
    const table = await readTabularFile(utf8Bytes(SALES_CSV), "sales.csv");
    expect(table).toMatchObject({
      encoding: "utf-8",
      bom: false,
      header: SALES_HEADER,
      rows: SALES_ROWS,
    });
  });

  it("uses an explicit encoding instead of detecting one", async () => {
    const table = await readTabularFile(gbkBytes(SALES_CSV), "sales.csv", { encoding: "gb18030" });
    expect(table.header).toEqual(SALES_HEADER);
    const wrong = await readError(gbkBytes(SALES_CSV), "sales.csv", { encoding: "utf-8" });
    expect(wrong.code).toBe("notInEncoding");
    expect(wrong.message).toBe(
      "sales.csv is not valid UTF-8 text. Try the other encoding, or let it be detected."
    );
  });

  it("detects tabs in .txt and semicolons in .csv, and always splits .tsv on tabs", async () => {
    expect(await readTabularFile(utf8Bytes("a\tb\n1\t2\n"), "export.txt")).toMatchObject({
      delimiter: "\t",
      header: ["a", "b"],
      rows: [[1, 2]],
    });
    expect((await readTabularFile(utf8Bytes("a;b\n1;2\n"), "export.csv")).header).toEqual([
      "a",
      "b",
    ]);
    const tsv = await readTabularFile(utf8Bytes("name\tnote\nx\t1,2\n"), "EXPORT.TSV");
    expect(tsv.rows).toEqual([["x", "1,2"]]);
  });

  it("keeps quoted commas and line breaks inside one cell", async () => {
    const table = await readTabularFile(
      utf8Bytes('商品,备注\n"T恤, 白","第一行\n第二行"\n'),
      "items.csv"
    );
    expect(table.rows).toEqual([["T恤, 白", "第一行\n第二行"]]);
  });

  it("keeps long order numbers and leading-zero codes as text", async () => {
    const table = await readTabularFile(
      utf8Bytes('订单号,编码\n3456789012345678901,007\n="3456789012345678902",0123\n'),
      "o.csv"
    );
    expect(table.rows).toEqual([
      ["3456789012345678901", "007"],
      ["3456789012345678902", "0123"],
    ]);
  });

  it("reports duplicate and blank headers, keeping the header as it is", async () => {
    const table = await readTabularFile(utf8Bytes("金额,,金额,\n1,2,3,\n"), "dup.csv");
    expect(table.header).toEqual(["金额", "", "金额"]);
    expect(table.rows).toEqual([[1, 2, 3]]);
    expect(table.headerIssues).toEqual({
      blankColumns: [1],
      duplicates: [{ name: "金额", columns: [0, 2] }],
    });
  });

  it("refuses a quoted field that never closes, naming its line", async () => {
    const error = await readError(utf8Bytes('a,b\n1,2\n3,"oops\n4,5\n'), "broken.csv");
    expect(error.code).toBe("unclosedQuote");
    expect(error.params.line).toBe(3);
  });

  it("says an empty file or a header without rows is not a table", async () => {
    expect((await readError(new Uint8Array(0), "empty.csv")).message).toBe("empty.csv is empty.");
    expect((await readError(utf8Bytes("\r\n , \r\n", true), "blank.csv")).code).toBe("emptyFile");
    expect((await readError(utf8Bytes("日期,销售额\r\n"), "header.csv")).message).toBe(
      "header.csv has a header row but no data rows."
    );
  });

  it("refuses bytes that are no text", async () => {
    expect((await readError(Uint8Array.from([0x61, 0xff, 0x0a]), "x.csv")).code).toBe(
      "unknownEncoding"
    );
    expect((await readError(Uint8Array.from([0x61, 0, 0x62, 0]), "x.csv")).code).toBe("notText");
  });

  it("refuses a sheet name for a text file", async () => {
    expect((await readError(utf8Bytes(SALES_CSV), "sales.csv", { sheet: "Sheet1" })).code).toBe(
      "sheetOnTextFile"
    );
  });

  it("refuses unknown file types, damaged OLE files and .xlsx files that are no zip", async () => {
    const unknown = await readError(utf8Bytes("a\n1"), "data.json");
    expect(unknown.code).toBe("unsupportedType");
    expect(unknown.message).toBe(
      "data.json: unsupported file type. Use .csv, .tsv, .txt, .xlsx or .xls."
    );
    expect(unknown.messageIn("zh-CN")).toBe(
      "data.json：不支持的文件类型。请使用 .csv、.tsv、.txt、.xlsx 或 .xls。"
    );
    // An OLE signature and nothing else: read as .xls (test/io/readXlsGrid.test.ts), and damaged.
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await readError(ole, "old.xls")).code).toBe("corruptXls");
    expect((await readError(ole, "encrypted.xlsx")).code).toBe("corruptXls");
    expect((await readError(utf8Bytes("a,b\n1,2"), "renamed.xlsx")).code).toBe("notAWorkbook");
  });

  it("has every message in Chinese too", async () => {
    const error = await readError(utf8Bytes("日期,销售额\r\n"), "header.csv");
    expect(error.messageIn("zh-CN")).toBe("header.csv 只有表头，没有数据行。");
  });
});

describe("readTabularFile: .xlsx", () => {
  it("reads the first sheet: dates as serials, cached formula results, rich text, links and errors as text", async () => {
    const table = await readTabularFile(await xlsxBytes(twoSheetWorkbook), "orders.xlsx");
    expect(table).toMatchObject({
      source: "orders.xlsx: '订单'!A1:F3",
      sheet: "订单",
      sheets: ["订单", "Notes"],
      range: "A1:F3",
      header: ["日期", "商品", "销售额", "数量", "合计", "备注"],
    });
    expect(table.encoding).toBeUndefined();
    expect(table.rows).toEqual([
      [45660, "T恤", 99.5, 2, 199, "加急发货"],
      [45661.5, "卫衣", 129, 1, 129, "#N/A"],
    ]);
  });

  it("reads a named sheet, matching the name as Excel does (any case)", async () => {
    const bytes = await xlsxBytes(twoSheetWorkbook);
    for (const sheet of ["Notes", "notes", " NOTES "]) {
      const table = await readTabularFile(bytes, "orders.xlsx", { sheet });
      expect(table).toMatchObject({
        sheet: "Notes",
        header: ["note"],
        rows: [["check the 618 plan"]],
      });
    }
  });

  it("lists the available sheets when the named one is missing", async () => {
    const error = await readError(await xlsxBytes(twoSheetWorkbook), "orders.xlsx", {
      sheet: "Sales",
    });
    expect(error.code).toBe("sheetNotFound");
    expect(error.message).toBe(
      'There is no sheet "Sales" in orders.xlsx. Available sheets: "订单", "Notes".'
    );
    expect(error.messageIn("zh-CN")).toBe(
      'orders.xlsx 中没有工作表“Sales”。现有工作表："订单", "Notes"。'
    );
  });

  it("reads an .xlsx whatever its name says, and ignores a text encoding for it", async () => {
    const table = await readTabularFile(await xlsxBytes(twoSheetWorkbook), "export.csv", {
      encoding: "gb18030",
    });
    expect(table.sheet).toBe("订单");
  });

  it("starts at the first non-empty row and column, and skips hidden sheets by default", async () => {
    const bytes = await xlsxBytes((workbook) => {
      const lists = workbook.addWorksheet("lists", { state: "hidden" });
      lists.addRow(["hidden"]);
      const report = workbook.addWorksheet("报表");
      report.getCell("C3").value = "店铺";
      report.getCell("D3").value = "销售额";
      report.getCell("C4").value = "旗舰店";
      report.getCell("D4").value = "1,234";
      report.getCell("D6").value = 5;
    });
    const table = await readTabularFile(bytes, "report.xlsx");
    expect(table).toMatchObject({
      sheet: "报表",
      range: "C3:D6",
      header: ["店铺", "销售额"],
      rows: [
        ["旗舰店", 1234],
        [null, 5],
      ],
    });
  });

  it("reads a merged area's value once, in its top-left cell", async () => {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet("s");
      sheet.addRow(["渠道", "金额", "备注"]);
      sheet.addRow(["天猫", 1, "x"]);
      sheet.addRow(["", 2, "y"]);
      sheet.mergeCells("A2:A3");
    });
    expect((await readTabularFile(bytes, "m.xlsx")).rows).toEqual([
      ["天猫", 1, "x"],
      [null, 2, "y"],
    ]);
  });

  it("reads a formula without a cached result as blank", async () => {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet("s");
      sheet.addRow(["a", "b"]);
      sheet.addRow([1, { formula: "A2*2" }]);
    });
    expect((await readTabularFile(bytes, "f.xlsx")).rows).toEqual([[1, null]]);
  });

  it("says which sheet is empty or has only a header", async () => {
    const bytes = await xlsxBytes((workbook) => {
      workbook.addWorksheet("空");
      workbook.addWorksheet("表头").addRow(["a", "b"]);
    });
    expect((await readError(bytes, "e.xlsx")).message).toBe('Sheet "空" in e.xlsx is empty.');
    expect((await readError(bytes, "e.xlsx", { sheet: "表头" })).message).toBe(
      'Sheet "表头" in e.xlsx has a header row but no data rows.'
    );
  });

  it("calls a damaged workbook damaged", async () => {
    const bytes = await xlsxBytes(twoSheetWorkbook);
    expect((await readError(bytes.subarray(0, 200), "cut.xlsx")).code).toBe("corruptWorkbook");
  });
});
