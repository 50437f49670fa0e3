/**
 * .xls reading: a BIFF8 file written by LibreOffice (scripts/generate-xls-fixtures.ts) must give the
 * cells the generator put in, typed as the .xlsx reader types them; the sheet rules, BIFF5, and the
 * refusals of password-protected and damaged OLE files.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { readTabularFile } from "../../src/io/readTabularFile";
import { readXlsGrid } from "../../src/io/readXlsGrid";
import { TabularFileError } from "../../src/io/tabularFileError";
import { gbkBytes, utf8Bytes } from "./fixtureFiles";

const FIXTURE = join(__dirname, "../fixtures/xls/orders.xls");
const orders = () => new Uint8Array(readFileSync(FIXTURE));

async function readError(...args: Parameters<typeof readTabularFile>): Promise<TabularFileError> {
  const error = await readTabularFile(...args).then(
    () => undefined,
    (thrown: unknown) => thrown
  );
  expect(error).toBeInstanceOf(TabularFileError);
  return error as TabularFileError;
}

/** An .xls written by SheetJS's own writer: for the sheet rules LibreOffice cannot write (hidden sheets, BIFF5). */
function sheetJsWorkbook(bookType: "xls" | "biff5", hiddenFirst: boolean): Uint8Array {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([["secret"], [1]]), "Hidden");
  XLSX.utils.book_append_sheet(
    workbook,
    XLSX.utils.aoa_to_sheet([
      ["name", "qty"],
      ["abc", 2],
    ]),
    "Shown"
  );
  workbook.Workbook = { Sheets: [{ Hidden: hiddenFirst ? 1 : 0 }, { Hidden: 0 }] };
  return new Uint8Array(XLSX.write(workbook, { type: "buffer", bookType }) as Buffer);
}

describe(".xls written by LibreOffice", () => {
  it("reads the cells the generator wrote: dates as serials, cached formula results, errors, merged areas", async () => {
    const table = await readTabularFile(orders(), "orders.xls");
    expect(table).toMatchObject({
      source: "orders.xls: '订单'!A1:G6",
      sheet: "订单",
      sheets: ["订单", "Notes"],
      range: "A1:G6",
    });
    expect(table.header).toEqual(["日期", "商品", "销售额", "数量", "合计", "备注", "加急"]);
    expect(table.rows).toEqual([
      // Excel serials: 2025-01-03 is 45660, noon adds .5, 2024-02-29 is 45351.
      [45660, "T恤", 99.5, 2, 199, "#N/A", true],
      [45661.5, "卫衣", 129, 1, 129, "#DIV/0!", false],
      [45351, "袜子", 0.1, 12345678901, null, "备注 1", null],
      // A6:C6 merged: the value stays in A6 only.
      ["合并", null, null, null, null, null, null],
    ]);
  });

  it("gives dates as the cell's wall-clock time in UTC, as the .xlsx reader does", async () => {
    const read = await readXlsGrid(orders(), undefined);
    if ("problem" in read) throw new Error(`unexpected ${read.problem}`);
    const dates = read.grid.slice(1, 4).map(({ cells }) => (cells[0] as Date).toISOString());
    expect(dates).toEqual([
      "2025-01-03T00:00:00.000Z",
      "2025-01-04T12:00:00.000Z",
      "2024-02-29T00:00:00.000Z",
    ]);
  });

  it("picks a sheet by name case-insensitively, and lists the sheets when there is none", async () => {
    const notes = await readTabularFile(orders(), "orders.xls", { sheet: " notes " });
    expect(notes).toMatchObject({
      sheet: "Notes",
      header: ["note"],
      rows: [["check the 618 plan"]],
    });
    const missing = await readError(orders(), "orders.xls", { sheet: "Sheet9" });
    expect(missing.code).toBe("sheetNotFound");
    expect(missing.message).toBe(
      'There is no sheet "Sheet9" in orders.xls. Available sheets: "订单", "Notes".'
    );
  });

  it("is read by content, whatever the file is called", async () => {
    const table = await readTabularFile(orders(), "export.csv");
    expect(table.sheet).toBe("订单");
  });
});

describe(".xls sheet rules and BIFF5", () => {
  it("skips a hidden first sheet by default but reads it by name", async () => {
    const bytes = sheetJsWorkbook("xls", true);
    expect(await readTabularFile(bytes, "book.xls")).toMatchObject({
      sheet: "Shown",
      rows: [["abc", 2]],
    });
    expect((await readTabularFile(bytes, "book.xls", { sheet: "hidden" })).rows).toEqual([[1]]);
    expect((await readTabularFile(sheetJsWorkbook("xls", false), "book.xls")).sheet).toBe("Hidden");
  });

  it("shifts the dates of a 1904-system workbook (Mac Excel) to the 1900 serials", async () => {
    const workbook = XLSX.utils.book_new();
    const sheet: XLSX.WorkSheet = {
      "!ref": "A1:A2",
      A1: { t: "s", v: "日期" },
      A2: { t: "n", v: 44197, z: "yyyy-mm-dd" },
    };
    XLSX.utils.book_append_sheet(workbook, sheet, "S");
    workbook.Workbook = { WBProps: { date1904: true } };
    const bytes = new Uint8Array(
      XLSX.write(workbook, { type: "buffer", bookType: "xls" }) as Buffer
    );
    // 1904 serial 44197 is 2025-01-02: 1462 days more in the 1900 system, where 2025-01-01 is 45658.
    expect((await readTabularFile(bytes, "mac.xls")).rows).toEqual([[45659]]);
  });

  it("reads Excel 5.0/95 (BIFF5) files", async () => {
    const table = await readTabularFile(sheetJsWorkbook("biff5", true), "old.xls");
    expect(table).toMatchObject({ sheet: "Shown", header: ["name", "qty"], rows: [["abc", 2]] });
  });
});

describe("OLE files that are not readable workbooks", () => {
  /** An OLE compound file with the given streams, written by SheetJS's CFB writer. */
  function oleFile(streams: Record<string, Uint8Array>): Uint8Array {
    const container = XLSX.CFB.utils.cfb_new();
    for (const [name, content] of Object.entries(streams))
      XLSX.CFB.utils.cfb_add(container, `/${name}`, content);
    return new Uint8Array(XLSX.CFB.write(container, { type: "buffer" }) as Buffer);
  }

  it("refuses a password-protected .xlsx (an OLE file holding an EncryptedPackage) in both languages", async () => {
    const bytes = oleFile({
      EncryptionInfo: Uint8Array.from([4, 0, 4, 0, 0x40, 0, 0, 0]),
      EncryptedPackage: new Uint8Array(64),
    });
    const error = await readError(bytes, "加密.xlsx");
    expect(error.code).toBe("encryptedWorkbook");
    expect(error.messageIn("en-US")).toBe(
      "加密.xlsx is protected with a password, which cannot be read. Open it in Excel or WPS and save it without a password (as .xlsx, .xls or CSV)."
    );
    expect(error.messageIn("zh-CN")).toBe(
      "加密.xlsx 设有密码保护，无法读取。请在 Excel 或 WPS 中打开，取消密码后另存（.xlsx、.xls 或 CSV）。"
    );
  });

  it("refuses a password-protected .xls (a FILEPASS record after the globals' BOF)", async () => {
    const container = XLSX.CFB.read(orders(), { type: "array" });
    const stream = XLSX.CFB.find(container, "Workbook") as { content: Uint8Array };
    const content = Uint8Array.from(stream.content);
    const bofLength = 4 + (content[2] | (content[3] << 8));
    // FILEPASS (0x002F) with RC4 CryptoAPI-shaped bytes; only its presence matters.
    const filePass = Uint8Array.from([0x2f, 0x00, 0x06, 0x00, 0x01, 0x00, 0x02, 0x00, 0x02, 0x00]);
    const encrypted = new Uint8Array(content.length + filePass.length);
    encrypted.set(content.subarray(0, bofLength));
    encrypted.set(filePass, bofLength);
    encrypted.set(content.subarray(bofLength), bofLength + filePass.length);
    const error = await readError(oleFile({ Workbook: encrypted }), "locked.xls");
    expect(error.code).toBe("encryptedWorkbook");
  });

  it("refuses a truncated OLE file as a damaged .xls, naming SheetJS's reason", async () => {
    const truncated = orders().subarray(0, 600);
    const error = await readError(truncated, "cut.xls");
    expect(error.code).toBe("corruptXls");
    expect(error.message).toMatch(/^cut\.xls could not be read as an \.xls workbook \(.+\)\.$/);
    expect(error.messageIn("zh-CN")).toMatch(/^无法将 cut\.xls 作为 \.xls 工作簿读取（.+）。$/);
  });
});

describe(".xls cell limit", () => {
  // orders.xls holds 29 value cells in its two sheets; its first sheet's table is 5 rows × 7 columns.
  it("counts the workbook's cells before SheetJS parses them", async () => {
    const error = await readError(orders(), "orders.xls", { limits: { maxCells: 28 } });
    expect(error.code).toBe("tooManyCellsInWorkbook");
    expect(error.message).toBe(
      "orders.xls: the workbook holds 29 cells, over the limit of 28. If the file is genuine, raise the limit with --max-cells."
    );
    expect(error.messageIn("zh-CN")).toBe(
      "orders.xls：工作簿共有 29 个单元格，超过 28 的上限。如果文件确实无误，可用 --max-cells 提高上限。"
    );
  });

  it("then bounds the table read, as for every format", async () => {
    const error = await readError(orders(), "orders.xls", { limits: { maxCells: 34 } });
    expect(error.code).toBe("tooManyCells");
    expect(error.params.cells).toBe(35);
    expect(
      (await readTabularFile(orders(), "orders.xls", { limits: { maxCells: 35 } })).sheet
    ).toBe("订单");
  });
});

describe('".xls" files that are markup or text, as some back ends export them', () => {
  it("reads an HTML table in GBK; the title row's colspan is one cell, a title above the header", async () => {
    const html = [
      '<html><head><meta charset="gbk"></head><body><table>',
      '<tr><td colspan="3">店铺</td></tr>',
      "<tr><th>商品名称</th><th>访客数</th><th>销售额</th></tr>",
      "<tr><td>A01</td><td>12,345</td><td>1,234.50</td></tr>",
      "<tr><td>B02</td><td>980</td><td>￥88</td></tr>",
      "</table></body></html>",
    ].join("\r\n");
    const table = await readTabularFile(gbkBytes(html), "店铺.xls");
    expect(table.header).toEqual(["商品名称", "访客数", "销售额"]);
    expect(table.rows).toEqual([
      ["A01", 12345, 1234.5],
      ["B02", 980, 88],
    ]);
    expect(table.notes.titleLines).toEqual([{ line: 1, text: "店铺" }]);
  });

  it("reads an XML Spreadsheet 2003, by sheet name", async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
<Worksheet ss:Name="汇总"><Table><Row><Cell><Data ss:Type="String">x</Data></Cell></Row></Table></Worksheet>
<Worksheet ss:Name="明细"><Table>
<Row><Cell><Data ss:Type="String">商品</Data></Cell><Cell><Data ss:Type="String">数量</Data></Cell></Row>
<Row><Cell><Data ss:Type="String">T恤</Data></Cell><Cell><Data ss:Type="Number">3</Data></Cell></Row>
</Table></Worksheet></Workbook>`;
    const table = await readTabularFile(utf8Bytes(xml), "jd.xls", { sheet: "明细" });
    expect(table).toMatchObject({
      sheet: "明细",
      sheets: ["汇总", "明细"],
      header: ["商品", "数量"],
    });
    expect(table.rows).toEqual([["T恤", 3]]);
  });

  it("reads tab-separated text named .xls as text", async () => {
    const table = await readTabularFile(utf8Bytes("商品\t数量\nT恤\t3\n"), "export.xls");
    expect(table).toMatchObject({ delimiter: "\t", header: ["商品", "数量"], rows: [["T恤", 3]] });
    const error = await readError(utf8Bytes("商品\t数量\nT恤\t3\n"), "export.xls", { sheet: "x" });
    expect(error.code).toBe("sheetOnTextFile");
  });
});
