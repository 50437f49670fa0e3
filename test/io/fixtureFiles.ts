/**
 * Export files built in the tests, byte by byte: GBK CSV as the Chinese back ends write it, UTF-8 with
 * and without BOM, and .xlsx workbooks made with ExcelJS.
 */
import { Workbook } from "exceljs";

/**
 * GBK codes of the characters the fixtures use, from Python's codec ("销".encode("gbk") == b"\xcf\xfa"),
 * an encoder independent of the decoder under test; decodeText.test.ts also checks them by round trip.
 * (销 is CF FA: the D0 FA sometimes quoted for it is 喧.)
 */
export const GBK_CODES: Record<string, number[]> = {
  销: [0xcf, 0xfa],
  售: [0xca, 0xdb],
  额: [0xb6, 0xee],
  日: [0xc8, 0xd5],
  期: [0xc6, 0xda],
  支: [0xd6, 0xa7],
  付: [0xb8, 0xb6],
  订: [0xb6, 0xa9],
  单: [0xb5, 0xa5],
  数: [0xca, 0xfd],
  访: [0xb7, 0xc3],
  客: [0xbf, 0xcd],
  商: [0xc9, 0xcc],
  品: [0xc6, 0xb7],
  名: [0xc3, 0xfb],
  称: [0xb3, 0xc6],
  店: [0xb5, 0xea],
  铺: [0xc6, 0xcc],
  "￥": [0xa3, 0xa4],
};

/** GBK bytes of text made of ASCII and the characters above. */
export function gbkBytes(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
    else if (GBK_CODES[char]) bytes.push(...GBK_CODES[char]);
    else throw new Error(`No GBK code for ${char} in the fixture table`);
  }
  return Uint8Array.from(bytes);
}

export function utf8Bytes(text: string, withBom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  return withBom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...body]) : body;
}

/** A Taobao-style daily export: Chinese header, amounts with separators and a currency sign. */
export const SALES_CSV = [
  "日期,访客数,支付订单数,销售额",
  '2025-01-03,1200,36,"1,234.50"',
  '2025-01-04,1350,41,"￥1,480"',
  "",
].join("\r\n");

export const SALES_ROWS = [
  ["2025-01-03", 1200, 36, 1234.5],
  ["2025-01-04", 1350, 41, 1480],
];

/** Builds a workbook with ExcelJS and returns the .xlsx bytes. */
export async function xlsxBytes(build: (workbook: Workbook) => void): Promise<Uint8Array> {
  const workbook = new Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * Two sheets: "订单" (the first) with a date, a formula with a cached result, rich text, an error and a
 * hyperlink; "Notes" with a single-column table.
 */
export function twoSheetWorkbook(workbook: Workbook): void {
  const orders = workbook.addWorksheet("订单");
  orders.addRow(["日期", "商品", "销售额", "数量", "合计", "备注"]);
  orders.addRow([
    new Date(Date.UTC(2025, 0, 3)),
    "T恤",
    99.5,
    2,
    { formula: "C2*D2", result: 199 },
    { richText: [{ text: "加急" }, { text: "发货" }] },
  ]);
  orders.addRow([
    new Date(Date.UTC(2025, 0, 4, 12)),
    { text: "卫衣", hyperlink: "https://example.com/item/1" },
    129,
    1,
    { formula: "C3*D3", result: 129 },
    { error: "#N/A" },
  ]);
  orders.getColumn(1).numFmt = "yyyy-mm-dd";
  const notes = workbook.addWorksheet("Notes");
  notes.addRow(["note"]);
  notes.addRow(["check the 618 plan"]);
}
