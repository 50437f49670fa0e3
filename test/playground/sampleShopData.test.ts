import {
  CHINESE_NEW_YEAR,
  generateSampleShopData,
  isoDateToSerial,
  SAMPLE_FIRST_DAY,
  SAMPLE_LAST_DAY,
  type DailyRow,
} from "../../src/playground/sampleShopData";
import { sampleWorkbookPlan } from "../../src/playground/sampleWorkbookPlan";
import { MemoryWorkbook } from "../../src/workbook/memory/MemoryWorkbook";

const data = generateSampleShopData();
const ROLE_IDS = [
  "ops_manager",
  "store_manager",
  "ops_specialist",
  "promotion_specialist",
  "visual_designer",
  "customer_service",
  "warehouse",
  "data_analyst",
];

/** Total GMV per day (all channels and categories), by serial date. */
function dailyGmv(rows: DailyRow[]): Map<number, number> {
  const totals = new Map<number, number>();
  for (const row of rows) totals.set(row.date, (totals.get(row.date) ?? 0) + row.gmv);
  return totals;
}

function averageGmv(totals: Map<number, number>, from: string, to: string): number {
  const first = isoDateToSerial(from);
  const last = isoDateToSerial(to);
  let sum = 0;
  for (let day = first; day <= last; day++) sum += totals.get(day)!;
  return sum / (last - first + 1);
}

test("the same seed gives identical data; another seed does not", () => {
  expect(generateSampleShopData()).toEqual(data);
  expect(generateSampleShopData(7).daily).not.toEqual(data.daily);
});

test("daily rows cover every day for 3 channels × 3 categories", () => {
  const days = isoDateToSerial(SAMPLE_LAST_DAY) - isoDateToSerial(SAMPLE_FIRST_DAY) + 1;
  expect(days).toBe(424);
  expect(data.daily).toHaveLength(days * 9);
  expect(new Set(data.daily.map((row) => row.channel)).size).toBe(3);
  expect(new Set(data.daily.map((row) => row.category)).size).toBe(3);
  expect(data.daily[0].date).toBe(45658); // 2025-01-01
});

test("June (618) and November (Double 11) sell more per day than the year's average", () => {
  const totals = dailyGmv(data.daily);
  const year = averageGmv(totals, "2025-01-01", "2025-12-31");
  expect(averageGmv(totals, "2025-06-01", "2025-06-30")).toBeGreaterThan(year);
  expect(averageGmv(totals, "2025-11-01", "2025-11-30")).toBeGreaterThan(year);
  expect(averageGmv(totals, "2025-11-11", "2025-11-11")).toBeGreaterThan(3 * year);
});

test.each(CHINESE_NEW_YEAR)(
  "the Chinese New Year week %s sells less than the weeks around it",
  (newYear) => {
    const totals = dailyGmv(data.daily);
    const day = isoDateToSerial(newYear);
    const week = (start: number) => {
      let sum = 0;
      for (let d = start; d < start + 7; d++) sum += totals.get(d) ?? NaN;
      return sum;
    };
    const newYearWeek = week(day - 3);
    // Three weeks before and two after, where the data has them (it ends 11 days after 2026's New Year).
    const surrounding = [week(day - 24), week(day + 11)].filter((total) => !Number.isNaN(total));
    expect(surrounding.length).toBeGreaterThan(0);
    for (const total of surrounding) expect(newYearWeek).toBeLessThan(0.7 * total);
  }
);

test("ratios are plausible on every row", () => {
  for (const row of data.daily) {
    const conversion = row.orders / row.uv;
    expect(conversion).toBeGreaterThanOrEqual(0.01);
    expect(conversion).toBeLessThanOrEqual(0.1);
    expect(row.pv).toBeGreaterThan(row.uv);
    expect(row.gmv / row.orders).toBeGreaterThan(100);
    expect(row.gmv / row.orders).toBeLessThan(400);
    expect(row.gmv / row.adSpend).toBeGreaterThan(1);
    expect(row.refunds).toBeLessThan(0.5 * row.gmv);
  }
});

test("about 500 customers with RFM inputs, and a team with every role", () => {
  expect(data.customers).toHaveLength(500);
  expect(new Set(data.customers.map((c) => c.id)).size).toBe(500);
  for (const customer of data.customers) {
    expect(customer.daysSinceLastPurchase).toBeGreaterThanOrEqual(1);
    expect(customer.daysSinceLastPurchase).toBeLessThanOrEqual(366);
    expect(customer.orders).toBeGreaterThanOrEqual(1);
    expect(customer.amount).toBeGreaterThan(0);
  }
  expect(data.team.length).toBeGreaterThanOrEqual(8);
  expect(data.team.length).toBeLessThanOrEqual(10);
  expect(new Set(data.team.map((m) => m.roleId))).toEqual(new Set(ROLE_IDS));
  const names = new Set(data.team.map((m) => m.name));
  for (const member of data.team) if (member.manager) expect(names.has(member.manager)).toBe(true);
});

test("the sample workbook applies to the memory workbook with tables that formulas can use", async () => {
  const memory = new MemoryWorkbook();
  try {
    const result = await memory.applyPlan(sampleWorkbookPlan(data));
    const daily = result.sheetNames.daily;
    expect(await memory.listTables()).toEqual(
      expect.arrayContaining([
        { name: "ShopDaily", sheet: daily },
        { name: "Customers", sheet: result.sheetNames.customers },
        { name: "Team", sheet: result.sheetNames.team },
      ])
    );
    memory.setCellFormula(daily, "K1", "=SUM(ShopDaily[GMV])");
    const total = data.daily.reduce((sum, row) => sum + row.gmv, 0);
    expect(memory.getValue(daily, "K1")).toBeCloseTo(total, 2);
    expect(memory.getCellFormat(daily, "A2").numberFormat).toBe("yyyy-mm-dd");
  } finally {
    memory.dispose();
  }
});
