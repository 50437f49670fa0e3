/**
 * `ops-planner customers`, the command derived from the customer-tier module: the file it writes holds
 * the hand-worked figures of test/support/customersHandExample.ts (cached by the module, no engine),
 * LibreOffice's recalculation of every formula agrees and gives the same figures, one tier's ids are
 * exported as CSV, and refusals are one line in the user's language.
 */
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { expectUserError, useCliFolder, ZH } from "../support/cliHarness";
import {
  HAND_CN8_EN,
  HAND_CN8_ZH,
  HAND_SCORES,
  HAND_SEGMENTS_EN,
  HAND_TABLE,
  handOrdersCsv,
} from "../support/customersHandExample";
import {
  describeWithLibreOffice,
  expectLibreOfficeAgrees,
  readWorkbook,
  recalculateXlsxFiles,
  writeTempXlsx,
} from "../support/libreoffice";
import { nameValue } from "../support/workbookNames";

const { folder, cli } = useCliFolder("ops-planner-customers-", async (dir) => {
  await writeFile(join(dir, "orders.csv"), `订单导出\n\n${handOrdersCsv()}\n`);
  await writeFile(join(dir, "no-buyer.csv"), "订单编号,付款时间,实付金额\nO1,2025-01-01,10\n");
});

const args = (out: string, ...extra: string[]) => [
  "customers",
  "--orders",
  "orders.csv",
  ...extra,
  "--out",
  out,
];

/** A cell as the file caches it (a formula's result), dates as ISO days. */
function shown(cell: ExcelJS.Cell): unknown {
  const value = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

/**
 * The CustomerRFM table's rows (model "both", no channel: 12 columns, the header on row 8 below the five
 * thresholds) as the file caches them.
 */
function tableRows(workbook: ExcelJS.Workbook, sheetName: string): unknown[][] {
  const sheet = workbook.getWorksheet(sheetName)!;
  const rows: unknown[][] = [];
  for (let r = 8; r <= 8 + HAND_TABLE.length; r++)
    rows.push(Array.from({ length: 12 }, (_, c) => shown(sheet.getCell(r, c + 1))));
  return rows;
}

/** The hand-worked table, in the columns of model "both" without a channel. */
function handRows(tiers: string[], segments: string[]): unknown[][] {
  return HAND_TABLE.map((c, i) => [
    i + 1,
    c.customer,
    c.last,
    c.recency,
    c.frequency,
    c.monetary,
    Math.floor(HAND_SCORES[i] / 100),
    Math.floor(HAND_SCORES[i] / 10) % 10,
    HAND_SCORES[i] % 10,
    HAND_SCORES[i],
    tiers[i],
    segments[i],
  ]);
}

test("writes the tiers with the hand-worked figures, and says what it read", async () => {
  const result = await cli(args("tiers.xlsx", "--labels", "zh-CN"));
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  expect(result.stdout).toContain("Wrote tiers.xlsx: Customer tiers.");
  expect(result.stdout).toContain(
    "Orders: Order ID ← 订单编号; Customer ← 买家会员名; Order date / paid time ← 付款时间; Amount paid ← 实付金额; Status ← 订单状态; Channel / shop ← (none)"
  );
  expect(result.stdout).toContain(
    "Note: 3 lines were left out by their status: 交易关闭 2, 退款成功 1."
  );
  expect(result.stdout).toContain(
    "Note: Lines above the header were read as titles and left out: 1 “订单导出”."
  );
  const workbook = await readWorkbook(join(folder(), "tiers.xlsx"));
  expect(nameValue(workbook, "RFM_Customers")).toBe(6);
  expect(nameValue(workbook, "RFM_AsOf")).toEqual(new Date(Date.UTC(2025, 2, 31)));
  const [header, ...rows] = tableRows(workbook, "Customer RFM");
  expect(header).toEqual([
    "No.",
    "Customer",
    "Last order",
    "Recency (days)",
    "Frequency",
    "Monetary",
    "R",
    "F",
    "M",
    "RFM",
    "Tier (cn8)",
    "Segment",
  ]);
  const segmentsZh = ["沉睡客户", "潜力忠诚客户", "沉睡客户", "潜力忠诚客户", "忠诚客户", "新客户"];
  expect(rows).toEqual(handRows(HAND_CN8_ZH, segmentsZh));
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
    "Customer tiers",
    "Customer RFM",
    "Order lines",
  ]);
});

test("--export-tier writes that tier's customer ids as CSV", async () => {
  const result = await cli(
    args("export.xlsx", "--export-tier", "一般价值客户", "--export", "general-value.csv"),
    ZH
  );
  expect(result.stderr).toBe("");
  expect(result.stdout).toContain("已写入 general-value.csv：2 行（一般价值客户）。");
  expect(readFileSync(join(folder(), "general-value.csv"), "utf8")).toBe(
    "\uFEFF客户\r\nC\r\nG\r\n"
  );
  // A segment, by its English name in any case.
  expect(
    (await cli(args("export2.xlsx", "--export-tier", "hibernating", "--export", "h.csv"))).code
  ).toBe(0);
  expect(readFileSync(join(folder(), "h.csv"), "utf8")).toBe("\uFEFFCustomer\r\nE\r\nB\r\n");
});

test("refusals are one line in the user's language", async () => {
  expect(expectUserError(await cli(args("x.xlsx", "--as-of", "2025-03-01"), ZH))).toBe(
    "错误：统计日期 2025-03-01 早于最后一笔订单（2025-03-30）；请选择 2025-03-30 或之后的日期（默认：其次日）。"
  );
  expect(expectUserError(await cli(args("x.xlsx", "--model", "rfm")))).toBe(
    "error: --model: “rfm” is not one of both, cn8, score."
  );
  expect(
    expectUserError(await cli(args("x.xlsx", "--export-tier", "VIP", "--export", "v.csv")))
  ).toMatch(/^error: --export-tier: “VIP” is not one of importantValue, .*, hibernating\.$/);
  expect(expectUserError(await cli(args("x.xlsx", "--export-tier", "At Risk")))).toBe(
    "error: --export-tier and --export go together: give both, or neither."
  );
  expect(
    expectUserError(await cli(args("x.xlsx", "--export-tier", "At Risk", "--export", "v.txt")))
  ).toBe("error: --export must name a .csv file: v.txt");
  expect(
    expectUserError(await cli(["customers", "--orders", "no-buyer.csv", "--out", "x.xlsx"]))
  ).toBe(
    "error: Orders: no column for Customer was found (header names such as 买家会员名, 下单账号, 买家账号, 买家昵称); columns: “订单编号”, “付款时间”, “实付金额”."
  );
});

describeWithLibreOffice(
  "LibreOffice recalculates the customer-tier files to the same values",
  () => {
    test("live and values-only, every model: the cached values and the hand-worked figures", async () => {
      const files = [
        ["lo-live.xlsx"],
        ["lo-values.xlsx", "--values"],
        ["lo-cn8.xlsx", "--model", "cn8", "--labels", "zh-CN"],
        ["lo-score.xlsx", "--model", "score"],
      ];
      for (const [out, ...extra] of files) expect((await cli(args(out, ...extra))).code).toBe(0);
      const buffers = files.map(([out]) => readFileSync(join(folder(), out)));
      const compared = await expectLibreOfficeAgrees(buffers);
      expect(compared).toBeGreaterThanOrEqual(400);
      // And LibreOffice's own results are the hand-worked table.
      const [recalculated] = await recalculateXlsxFiles([
        writeTempXlsx(buffers[0], "recalculated"),
      ]);
      const workbook = await readWorkbook(recalculated);
      const [, ...rows] = tableRows(workbook, "Customer RFM");
      expect(rows).toEqual(handRows(HAND_CN8_EN, HAND_SEGMENTS_EN));
      expect(nameValue(workbook, "RFM_Customers")).toBe(6);
      expect(nameValue(workbook, "RFM_AsOf")).toEqual(new Date(Date.UTC(2025, 2, 31)));
    }, 180_000);
  }
);
