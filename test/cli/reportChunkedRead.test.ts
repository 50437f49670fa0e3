/**
 * The report reads a CSV in 64 KiB chunks (commandContext.readFileChunks → TextTableStream): files of many
 * chunks give the sums of their rows, computed here by formula (GMV of row i is i, so the total is
 * n(n+1)/2); a GBK file whose first chunk (rows 1–5,000, ~100 KB) is plain ASCII (UTF-8 chosen, then refuted) is read whole as
 * GB18030; a short row past the first chunks is refused by its physical line.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gbkBytes, utf8Bytes } from "../io/fixtureFiles";
import { useCliFolder } from "../support/cliHarness";
import { readWorkbook } from "../support/libreoffice";
import * as ExcelJS from "exceljs";

jest.mock("../../src/cli/commands", () => {
  const { reportCommand } = jest.requireActual("../../src/cli/commands/report");
  return { COMMANDS: [reportCommand] };
});

const ROWS = 20_000;
const day = (i: number) => `2025-01-${String(1 + (i % 28)).padStart(2, "0")}`;
const lines = (header: string, row: (i: number) => string) => [
  header,
  ...Array.from({ length: ROWS }, (_, k) => row(k + 1)),
];

const { folder, cli } = useCliFolder("ops-planner-chunked-", async (dir) => {
  // CRLF, so line ends fall across chunk boundaries too; 天猫/京东 put multi-byte characters across them.
  const utf8 = lines("统计日期,渠道,支付金额", (i) => `${day(i)},${i % 2 ? "天猫" : "京东"},${i}`);
  await writeFile(join(dir, "big.csv"), utf8Bytes(`${utf8.join("\r\n")}\r\n`));
  const late = lines("date,store,gmv", (i) => `${day(i)},${i <= 5_000 ? "shop" : "店铺"},${i}`);
  await writeFile(join(dir, "late-gbk.csv"), gbkBytes(`${late.join("\n")}\n`));
  const short = utf8.map((line, k) => (k === 15_000 ? line.slice(0, line.lastIndexOf(",")) : line));
  await writeFile(join(dir, "short.csv"), utf8Bytes(`${short.join("\r\n")}\r\n`));
});

/** Not cell.value.result: ExcelJS's cell.value leaves out a result of 0, false or "". */
const cachedValue = (cell: ExcelJS.Cell) =>
  cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;

async function totalGmv(file: string): Promise<unknown> {
  const workbook = await readWorkbook(join(folder(), file));
  const [range] = workbook.definedNames.getRanges("Report_Total_GMV").ranges;
  const match = /^'?(.*?)'?!\$([A-Z]+)\$(\d+)$/.exec(range)!;
  return cachedValue(workbook.getWorksheet(match[1])!.getCell(`${match[2]}${match[3]}`));
}

test("a file of many chunks gives the sum of its rows", async () => {
  const result = await cli(["report", "--input", "big.csv", "--values", "--out", "big.xlsx"]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/20,?000 rows read/);
  expect(await totalGmv("big.xlsx")).toBe((ROWS * (ROWS + 1)) / 2);
});

test("GBK found after an ASCII first chunk: the file is read whole as GB18030", async () => {
  const result = await cli([
    "report",
    "--input",
    "late-gbk.csv",
    "--values",
    "--by",
    "store",
    "--out",
    "gbk.xlsx",
  ]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  expect(await totalGmv("gbk.xlsx")).toBe((ROWS * (ROWS + 1)) / 2);
  const texts = (await readWorkbook(join(folder(), "gbk.xlsx"))).worksheets.flatMap((sheet) =>
    sheet.getSheetValues().flat()
  );
  expect(texts).toContain("店铺");
});

test("a short row past the first chunks is refused by its physical line", async () => {
  const result = await cli(["report", "--input", "short.csv", "--values", "--out", "short.xlsx"]);
  expect(result.code).toBe(2);
  // Line k + 1 holds lines[k]: the header is line 1, so lines[15000] is line 15,001.
  expect(result.stderr).toMatch(/first lines, with their field counts: 15001 \(2\)\)/);
});
