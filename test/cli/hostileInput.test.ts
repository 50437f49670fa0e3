/**
 * Hostile input through the CLI (issue 12): broken CSVs, broken zips, odd encodings, injection strings,
 * odd numbers and dates. Each case either refuses with exit code 2 and one clear line, or succeeds with
 * the exact GMV total written by hand beside it — a total LibreOffice's recalculation of the written
 * file agrees with. Every refusal is checked in both languages.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { gbkBytes, utf8Bytes } from "../io/fixtureFiles";
import { EN, expectUserError, useCliFolder, ZH } from "../support/cliHarness";
import { nameValue } from "../support/workbookNames";
import {
  describeWithLibreOffice,
  readWorkbook,
  recalculateXlsxFiles,
} from "../support/libreoffice";

type Content = string | Uint8Array;

interface Case {
  name: string;
  file: string;
  content: Content | (() => Promise<Content>);
  args?: string[];
}
interface Refused extends Case {
  refused: RegExp;
}
interface Built extends Case {
  gmv: number;
}

const HEADER = "日期,渠道,访客数,支付金额";
const csv = (...lines: string[]) => [HEADER, ...lines].join("\n") + "\n";
const GOOD = ["2025-01-03,天猫,100,1000", "2025-01-04,京东,50,500"];

async function xlsx(rows: ExcelJS.CellValue[][], sheet = "Sheet1"): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(sheet);
  for (const row of rows) worksheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const utf16le = (text: string) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
    bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return bytes;
};

const REFUSED: Refused[] = [
  // Broken CSVs
  {
    name: "unquoted ¥1,234",
    file: "a.csv",
    content: csv("2025-01-03,天猫,100,¥1,234"),
    refused: /line.*2 \(5\)|2 \(5\)/,
  },
  {
    name: "a missing field",
    file: "b.csv",
    content: csv(GOOD[0], "2025-01-04,京东,50"),
    refused: /3 \(3\)/,
  },
  {
    name: "an unclosed quote",
    file: "c.csv",
    content: csv(GOOD[0], '2025-01-04,"京东,50,500'),
    refused: /line 3/,
  },
  { name: "only a header", file: "d.csv", content: `${HEADER}\n`, refused: /no data rows/ },
  { name: "an empty file", file: "e.csv", content: "", refused: /empty/ },
  { name: "only blank lines", file: "f.csv", content: "\n\n \n", refused: /empty/ },
  { name: "no GMV column", file: "g.csv", content: "日期,访客数\n2025-01-03,5\n", refused: /GMV/ },
  {
    name: "a duplicated mapped header",
    file: "h.csv",
    content: "日期,支付金额,支付金额\n2025-01-03,1,2\n",
    refused: /支付金额/,
  },
  {
    name: "a line over the limit",
    file: "i.csv",
    content: `${HEADER}\n2025-01-03,${"x".repeat(1_048_577)},1,1\n`,
    refused: /line 2.*1,048,576/,
  },
  {
    name: "a bad cell after blank lines and a multi-line cell, named by its physical line",
    file: "a2.csv",
    content: `${HEADER}\n\n2025-01-03,"天猫\n旗舰店",1,1\n\n2025-01-04,京东,1,n/a\n`,
    refused: /line 6, column “支付金额”: “n\/a”/,
  },
  // Encodings
  {
    name: "bytes neither UTF-8 nor GBK",
    file: "j.csv",
    content: new Uint8Array([0x41, 0x2c, 0x42, 0x0a, 0xff, 0xff, 0x2c, 0x80, 0x0a]),
    refused: /neither UTF-8 nor GB18030/,
  },
  {
    name: "NUL bytes",
    file: "k.csv",
    content: new Uint8Array([0x61, 0x00, 0x62, 0x0a]),
    refused: /NUL/,
  },
  {
    name: "forced UTF-8 on GBK bytes",
    file: "l.csv",
    content: gbkBytes("日期,店铺,访客数,销售额\n2025-01-03,A,1,2\n"),
    args: ["--encoding", "utf-8"],
    refused: /not valid UTF-8/,
  },
  // Zips and workbooks
  {
    name: "a truncated .xlsx",
    file: "m.xlsx",
    content: async () =>
      (
        await xlsx([
          ["日期", "支付金额"],
          [45660, 1],
        ])
      ).slice(0, 200),
    refused: /could not be read as an .xlsx/,
  },
  {
    name: "CSV text named .xlsx",
    file: "n.xlsx",
    content: csv(...GOOD),
    refused: /not an .xlsx workbook/,
  },
  {
    name: "a zip that is no workbook",
    file: "o.xlsx",
    content: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
    refused: /could not be read/,
  },
  {
    name: "a missing sheet",
    file: "p.xlsx",
    content: async () =>
      xlsx([
        ["日期", "支付金额"],
        [45660, 1],
      ]),
    args: ["--sheet", "Orders"],
    refused: /no sheet "Orders"/,
  },
  {
    name: "an unknown file type",
    file: "q.pdf",
    content: "%PDF-1.4",
    refused: /unsupported file type/,
  },
  // Injection and unstorable text
  {
    name: "a control character in a member",
    file: "r.csv",
    content: csv("2025-01-03,天\u0007猫,1,1"),
    args: ["--by", "渠道"],
    refused: /line 2, column “渠道”: “天<U\+0007>猫”/,
  },
  {
    name: "U+FFFE in a member",
    file: "s.csv",
    content: csv("2025-01-03,\uFFFE,1,1"),
    args: ["--by", "渠道"],
    refused: /<U\+FFFE>/,
  },
  {
    name: "a member over 32,767 characters",
    file: "t.csv",
    content: csv(`2025-01-03,${"长".repeat(32_768)},1,1`),
    args: ["--by", "渠道"],
    refused: /line 2, column “渠道”/,
  },
  // Odd numbers
  {
    name: "a decimal comma",
    file: "u.csv",
    content: csv(GOOD[0], '2025-01-04,京东,50,"1,5"'),
    refused: /line 3, column “支付金额”: “1,5”/,
  },
  {
    name: "European grouping",
    file: "v.csv",
    content: csv('2025-01-04,京东,50,"1.234,5"'),
    refused: /“1.234,5”/,
  },
  { name: "a unit", file: "w.csv", content: csv("2025-01-04,京东,50,12元"), refused: /“12元”/ },
  {
    name: "an overflowing exponent",
    file: "x.csv",
    content: csv("2025-01-04,京东,50,1e999"),
    refused: /“1e999”/,
  },
  {
    name: "Infinity",
    file: "y.csv",
    content: csv("2025-01-04,京东,50,Infinity"),
    refused: /“Infinity”/,
  },
  {
    name: "a 16-digit id as an amount",
    file: "z.csv",
    content: csv("2025-01-04,京东,50,1234567890123456"),
    refused: /“1234567890123456”/,
  },
  {
    name: "text in UV",
    file: "aa.csv",
    content: csv("2025-01-04,京东,n/a,5"),
    refused: /column “访客数”: “n\/a”/,
  },
  // Odd dates
  {
    name: "a month-first date",
    file: "ab.csv",
    content: csv("11/03/2025,天猫,1,1"),
    refused: /“11\/03\/2025”/,
  },
  {
    name: "no such day",
    file: "ac.csv",
    content: csv("2025-02-30,天猫,1,1"),
    refused: /“2025-02-30”/,
  },
  {
    name: "a blank date",
    file: "ad.csv",
    content: csv(GOOD[0], ",天猫,1,1"),
    refused: /line 3, column “日期”: blank/,
  },
  {
    name: "a month at a day grain",
    file: "ae.csv",
    content: csv("2025-11,天猫,1,1", GOOD[0]),
    args: ["--grain", "day"],
    refused: /“2025-11”/,
  },
  {
    name: "a year as a number in an .xlsx",
    file: "af.xlsx",
    content: async () =>
      xlsx([
        ["日期", "支付金额"],
        [2025, 1],
        [45660, 2],
      ]),
    refused: /line 2, column “日期”: “2025”/,
  },
];

const BUILT: Built[] = [
  {
    name: "mixed CR, LF and CRLF",
    file: "b1.csv",
    content: `${HEADER}\r\n${GOOD[0]}\r${GOOD[1]}\n2025-01-05,天猫,1,7\r\n`,
    gmv: 1507,
  },
  {
    name: "blank lines between rows",
    file: "b2.csv",
    content: `${HEADER}\n\n${GOOD[0]}\n\n\n${GOOD[1]}\n`,
    gmv: 1500,
  },
  {
    name: "a multi-line quoted member",
    file: "b3.csv",
    content: csv('2025-01-03,"天猫\n旗舰店",1,10', GOOD[1]),
    args: ["--by", "渠道"],
    gmv: 510,
  },
  { name: "a UTF-8 BOM", file: "b4.csv", content: utf8Bytes(csv(...GOOD), true), gmv: 1500 },
  {
    name: "GBK",
    file: "b5.csv",
    content: gbkBytes("日期,店铺,访客数,销售额\n2025-01-03,A,1,20\n2025-01-04,B,1,30\n"),
    gmv: 50,
  },
  { name: "UTF-16 with a BOM", file: "b6.txt", content: utf16le(csv(...GOOD)), gmv: 1500 },
  {
    name: "semicolons below title lines, a 合计 row",
    file: "b7.csv",
    content:
      "店铺经营概况\n统计日期 2025-01-03~2025-01-04\n\n日期;渠道;访客数;支付金额\n2025-01-03;天猫;1;100\n2025-01-04;京东;1;200\n合计;;2;300\n",
    gmv: 300,
  },
  { name: "a .tsv", file: "b8.tsv", content: "日期\t支付金额\n2025-01-03\t1,234.5\n", gmv: 1234.5 },
  {
    name: "padding fields",
    file: "b9.csv",
    content: `${HEADER},,\n${GOOD[0]},,\n${GOOD[1]}\n`,
    gmv: 1500,
  },
  {
    name: "a formula-looking member",
    file: "b10.csv",
    content: csv(
      '2025-01-03,"=HYPERLINK(""http://x"",""y"")",1,10',
      "2025-01-03,+cmd|' /C calc'!A0,1,20",
      "2025-01-03,@SUM(1),1,30",
      "2025-01-03,-2+3,1,40"
    ),
    args: ["--by", "渠道"],
    gmv: 100,
  },
  {
    name: "万 and 亿",
    file: "b11.csv",
    content: csv("2025-01-03,天猫,1,1.2万", "2025-01-04,京东,1,0.0001亿"),
    gmv: 22_000,
  },
  {
    name: "refunds in parentheses",
    file: "b12.csv",
    content: csv(
      '2025-01-03,天猫,1,"1,000"',
      '2025-01-04,天猫,1,"(1,234)"',
      "2025-01-05,天猫,1,−66"
    ),
    gmv: -300,
  },
  {
    name: "full-width digits and ￥",
    file: "b13.csv",
    content: csv("2025-01-03,天猫,１,￥１，２３４．５"),
    gmv: 1234.5,
  },
  {
    name: "a dash for no value",
    file: "b14.csv",
    content: csv("2025-01-03,天猫,1,-", "2025-01-04,天猫,1,--", GOOD[0]),
    gmv: 1000,
  },
  {
    name: "months 2025.11 and 2025年11月份",
    file: "b15.csv",
    content: csv("2025.11,天猫,1,10", "2025年12月份,天猫,1,20", "202601,天猫,1,40"),
    gmv: 70,
  },
  {
    name: "20251103 digits and dotted days",
    file: "b16.csv",
    content: csv("20251103,天猫,1,1", "2025.11.04,天猫,1,2", "2025年11月5日 08:30,天猫,1,4"),
    gmv: 7,
  },
  {
    name: "--skip-invalid leaves a broken row out whole",
    file: "b17.csv",
    content: csv(GOOD[0], "2025-01-04,京东,50,¥1,234", "2025-01-05,京东,n/a,99", GOOD[1]),
    args: ["--skip-invalid"],
    gmv: 1500,
  },
  {
    name: "xlsx dates, text amounts and title rows",
    file: "b18.xlsx",
    content: async () =>
      xlsx([
        ["经营数据"],
        [],
        ["日期", "支付金额"],
        [new Date(Date.UTC(2025, 0, 3)), "1.5万"],
        [20250104, 5],
        ["合计", 15005],
      ]),
    gmv: 15005,
  },
  {
    name: "members over 255 characters",
    file: "b19.csv",
    content: csv(`2025-01-03,${"甲".repeat(300)}A,1,1`, `2025-01-03,${"甲".repeat(300)}B,1,2`),
    args: ["--by", "渠道"],
    gmv: 3,
  },
];

const { folder, cli } = useCliFolder("ops-planner-hostile-", async (dir) => {
  for (const entry of [...REFUSED, ...BUILT]) {
    const content = typeof entry.content === "function" ? await entry.content() : entry.content;
    await writeFile(
      join(dir, entry.file),
      typeof content === "string" ? utf8Bytes(content) : content
    );
  }
});

const run = (entry: Case, env = EN, out = "out.xlsx") =>
  cli(["report", "--input", entry.file, ...(entry.args ?? []), "--out", out], env);

test("the hostile table has at least 40 cases", () => {
  expect(REFUSED.length + BUILT.length).toBeGreaterThanOrEqual(40);
});

describe("hostile input: refused with one line, exit 2, nothing written", () => {
  test.each(REFUSED.map((entry) => [entry.name, entry] as const))("%s", async (_, entry) => {
    const out = `refused-${entry.file}.xlsx`;
    const line = expectUserError(await run(entry, EN, out));
    expect(line).toMatch(entry.refused);
    expect(line.length).toBeLessThan(2_000); // one clear line, not a dump of the file
    const zh = expectUserError(await run(entry, ZH, out));
    expect(zh).toMatch(/^错误：/);
    const files = await import("node:fs/promises").then((fs) => fs.readdir(folder()));
    expect(files).not.toContain(out);
  });
});

describeWithLibreOffice("hostile input: built with exact totals LibreOffice agrees with", () => {
  test("every case", async () => {
    const paths: string[] = [];
    for (const entry of BUILT) {
      const out = `built-${entry.file.replace(/\W/g, "_")}.xlsx`;
      const result = await run(entry, EN, out);
      expect([entry.name, result.stderr, result.code]).toEqual([entry.name, "", 0]);
      paths.push(join(folder(), out));
    }
    const recalculated = await recalculateXlsxFiles(paths);
    for (const [i, entry] of BUILT.entries()) {
      const ours = nameValue(await readWorkbook(paths[i]), "Report_Total_GMV");
      const theirs = nameValue(await readWorkbook(recalculated[i]), "Report_Total_GMV");
      expect([entry.name, ours]).toEqual([entry.name, entry.gmv]);
      expect([entry.name, theirs]).toEqual([entry.name, entry.gmv]);
    }
  }, 180_000);

  test("a skipped row is said on the sheet with what it held", async () => {
    const entry = BUILT.find(({ file }) => file === "b17.csv")!;
    const result = await run(entry, EN, "skipped-notes.xlsx");
    expect(result.code).toBe(0);
    const sheet = (await readWorkbook(join(folder(), "skipped-notes.xlsx"))).getWorksheet(
      "Operating report"
    )!;
    const texts: string[] = [];
    sheet.eachRow((row) => texts.push(String(row.getCell(1).value ?? "")));
    expect(texts.filter((text) => /left out/.test(text))).toEqual([
      "1 rows with text that is not a number in column “访客数”: rows 4. They are left out.",
      "1 source rows were left out because a cell could not be read (listed above); their readable cells held: Visitors (UV) 0; GMV 99.",
      "1 rows with a wrong number of fields were left out (--skip-invalid): lines 3.",
    ]);
  });
});
