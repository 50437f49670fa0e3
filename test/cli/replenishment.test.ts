/**
 * `ops-planner replenishment`, the command derived from the replenishment module: the file it writes
 * holds the hand-worked figures of test/builders/replenishment (cached), and LibreOffice's recalculation
 * of every formula agrees; messages in both languages.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gbkBytes } from "../io/fixtureFiles";
import { expectUserError, useCliFolder, ZH } from "../support/cliHarness";
import { nameValue } from "../support/workbookNames";
import {
  describeWithLibreOffice,
  expectLibreOfficeAgrees,
  readWorkbook,
} from "../support/libreoffice";

const SALES = [
  "商品销售明细",
  "",
  "日期,商品编码,销量,支付金额",
  "2025-01-01,A,10,100",
  "2025-01-03,A,20,200",
  "2025-01-04,A,10,100",
  "2025-01-05,A,10,100",
  "2025-01-02,B,3,30",
  "2025-01-02,B,2,20",
  "2025-01-05,B,5,50",
  "2025-01-01,D,1,10",
].join("\n");
const STOCK =
  "商品编码,可用库存,采购在途,成本价,补货周期,补货周期标准差,箱规,库龄\nA,30,10,5,4,1,12,\nB,1,,2,,,,120\nC,50,,1,,,,10\n";

const { folder, cli } = useCliFolder("ops-planner-replenishment-", async (dir) => {
  await writeFile(join(dir, "sales.csv"), SALES);
  await writeFile(join(dir, "stock.csv"), STOCK);
  await writeFile(join(dir, "stock-gbk.csv"), gbkBytes("商品名称,stock\nA,1\n"));
});

async function names(file: string): Promise<Record<string, unknown>> {
  const workbook = await readWorkbook(join(folder(), file));
  return Object.fromEntries(
    ["Replenish_OrderCount", "Replenish_StockValue", "Replenish_SlowShare"].map((n) => [
      n,
      nameValue(workbook, n),
    ])
  );
}

const args = (out: string, ...extra: string[]) => [
  "replenishment",
  "--sales",
  "sales.csv",
  "--stock",
  "stock.csv",
  "--window",
  "5",
  ...extra,
  "--out",
  out,
];

test("writes the plan with the hand-worked stock health, and says what it read", async () => {
  const result = await cli(args("plan.xlsx"));
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  expect(result.stdout).toContain("Wrote plan.xlsx: Replenishment.");
  expect(result.stdout).toContain(
    "Note: 1 SKUs sold in the history are not in the stock list, so they have no plan: D."
  );
  expect(result.stdout).toContain(
    "Note: Lines above the header were read as titles and left out: 1 “商品销售明细”."
  );
  expect(await names("plan.xlsx")).toEqual({
    Replenish_OrderCount: 2,
    Replenish_StockValue: 202,
    Replenish_SlowShare: 52 / 202,
  });
});

test("refusals are one line in the user's language", async () => {
  expect(expectUserError(await cli(args("x.xlsx", "--service-level", "1,5")))).toBe(
    "error: --service-level: “1,5” is not a ratio; write it as 95% or 0.95."
  );
  expect(expectUserError(await cli(args("x.xlsx", "--window", "60"), ZH))).toBe(
    "错误：统计窗口（60 天）长于销售历史（5 天，2025-01-01 至 2025-01-05）；请选择不超过 5 天的窗口。"
  );
  expect(
    expectUserError(
      await cli([
        "replenishment",
        "--sales",
        "sales.csv",
        "--stock",
        "stock-gbk.csv",
        "--out",
        "x.xlsx",
      ])
    )
  ).toBe(
    "error: Stock list: no column for SKU was found (header names such as 商品编码, sku, sku编码, 货号); columns: “商品名称”, “stock”."
  );
});

describeWithLibreOffice(
  "LibreOffice recalculates the replenishment file to the same values",
  () => {
    test("statistical and cover methods", async () => {
      expect((await cli(args("lo-stat.xlsx"))).code).toBe(0);
      expect((await cli(args("lo-cover.xlsx", "--method", "cover", "--buffer", "5"))).code).toBe(0);
      const { readFileSync } = await import("node:fs");
      const compared = await expectLibreOfficeAgrees([
        readFileSync(join(folder(), "lo-stat.xlsx")),
        readFileSync(join(folder(), "lo-cover.xlsx")),
      ]);
      expect(compared).toBeGreaterThanOrEqual(80); // 3 SKUs × 14 formulas × 2 files
    }, 120_000);
  }
);
