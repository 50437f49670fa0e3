/**
 * Issue 15's figure: the replenishment plan for 2,000 SKUs × 365 days of daily sales (730,000 history
 * rows) from tables in memory (what the panel reads from Excel), cold and best of three; goal < 1 s.
 * Floor, measured in the same run: one pass over the same rows that only reads each row's SKU, date and
 * quantity and sums them per SKU and day (what any plan of these rows must at least do).
 */
import { performance } from "perf_hooks";
import { readFields } from "../src/builders/fields";
import { inputTable } from "../src/builders/inputTables";
import { replenishmentBuilder } from "../src/builders/replenishment";
import type { CellValue } from "../src/plan/types";
import { mulberry32 } from "../src/core/seededRandom";

const SKUS = 2_000;
const DAYS = 365;
const FIRST_DAY = 45658; // 2025-01-01

function tables() {
  const random = mulberry32(15);
  const sales: CellValue[][] = [];
  for (let day = 0; day < DAYS; day++)
    for (let s = 0; s < SKUS; s++)
      sales.push([FIRST_DAY + day, `SKU-${s}`, Math.floor(random() * 20)]);
  const stock: CellValue[][] = Array.from({ length: SKUS }, (_, s) => [
    `SKU-${s}`,
    100 + (s % 50),
    5 + (s % 30),
    7,
  ]);
  const [salesSpec, stockSpec] = replenishmentBuilder.inputs;
  return {
    sales: inputTable(
      salesSpec,
      { source: "sales", header: ["日期", "商品编码", "销量"], rows: sales },
      "zh-CN"
    ),
    stock: inputTable(
      stockSpec,
      { source: "stock", header: ["商品编码", "可用库存", "成本价", "补货周期"], rows: stock },
      "zh-CN"
    ),
  };
}

function floor(rows: CellValue[][]): number {
  const sums = new Map<string, number>();
  for (const row of rows) {
    const key = `${row[1]}|${row[0]}`;
    sums.set(key, (sums.get(key) ?? 0) + (row[2] as number));
  }
  return sums.size;
}

export function runReplenishmentBench(): void {
  const input = tables();
  const values = readFields(replenishmentBuilder.fields, {});
  const request = { locale: "zh-CN" as const, values, tables: input, skipInvalid: false };
  const times: number[] = [];
  let cells = 0;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const { plan } = replenishmentBuilder.run(request);
    times.push(performance.now() - start);
    cells = plan.sheets.reduce(
      (sum, sheet) =>
        sum + sheet.blocks.reduce((s, b) => s + b.rows.length * (b.rows[0]?.length ?? 0), 0),
      0
    );
  }
  const floorTimes: number[] = [];
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    floor(input.sales.data.rows);
    floorTimes.push(performance.now() - start);
  }
  const ms = (value: number) => `${(value / 1000).toFixed(2)} s`;
  console.log(
    `Replenishment, ${SKUS.toLocaleString("en-US")} SKUs × ${DAYS} days (${(SKUS * DAYS).toLocaleString("en-US")} history rows, ${cells.toLocaleString("en-US")} plan cells)`
  );
  console.log(
    `  build the plan: ${ms(times[0])} cold, ${ms(Math.min(...times))} best (goal < 1 s); ` +
      `floor (sum the rows per SKU and day): ${ms(Math.min(...floorTimes))}`
  );
}

if (require.main === module) runReplenishmentBench();
