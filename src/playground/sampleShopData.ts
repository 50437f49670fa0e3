/**
 * A made-up but realistic shop, generated deterministically from a seed: 14 months of daily operating
 * data for 3 channels × 3 categories, a customer list for RFM and a small team roster. The playground
 * opens with it, and scripts/generate-sample-data.ts writes it as CSV files. Same seed, same numbers,
 * so screenshots, tests and docs agree.
 *
 * Seasonality follows what operators plan around (DOMAIN.md): a 618 peak in June, Double 11 in early
 * November (with its October presale), a Chinese New Year dip, and busier weekends.
 */
import type { CellValue } from "../plan/types";
import { mulberry32 } from "../core/seededRandom";

export const SAMPLE_SEED = 20250101;
/** First and last day of the daily data (UTC dates). */
export const SAMPLE_FIRST_DAY = "2025-01-01";
export const SAMPLE_LAST_DAY = "2026-02-28";
/** Chinese New Year's day in the covered period. */
export const CHINESE_NEW_YEAR = ["2025-01-29", "2026-02-17"];

export const DAILY_HEADER = [
  "Date",
  "Channel",
  "Category",
  "UV",
  "PV",
  "Orders",
  "GMV",
  "AdSpend",
  "Refunds",
] as const;
export const CUSTOMER_HEADER = ["CustomerId", "DaysSinceLastPurchase", "Orders", "Amount"] as const;
export const TEAM_HEADER = ["Name", "RoleId", "Department", "Manager"] as const;

export interface DailyRow {
  /** Excel serial date (1900 system). */
  date: number;
  channel: string;
  category: string;
  uv: number;
  pv: number;
  orders: number;
  gmv: number;
  adSpend: number;
  refunds: number;
}

export interface CustomerRow {
  id: string;
  daysSinceLastPurchase: number;
  orders: number;
  amount: number;
}

export interface TeamMember {
  name: string;
  roleId: string;
  department: string;
  manager: string;
}

export interface SampleShopData {
  daily: DailyRow[];
  customers: CustomerRow[];
  team: TeamMember[];
}

interface Channel {
  name: string;
  baseUv: number;
  conversion: number;
  /** Sales ÷ ad spend on an ordinary day. */
  roi: number;
}

interface Category {
  name: string;
  trafficShare: number;
  averageOrderValue: number;
  refundRate: number;
}

const CHANNELS: Channel[] = [
  { name: "天猫 Tmall", baseUv: 12_000, conversion: 0.032, roi: 3.6 },
  { name: "京东 JD", baseUv: 8_000, conversion: 0.038, roi: 4.0 },
  { name: "抖音 Douyin", baseUv: 10_000, conversion: 0.022, roi: 2.6 },
];

const CATEGORIES: Category[] = [
  { name: "女装 Apparel", trafficShare: 0.45, averageOrderValue: 189, refundRate: 0.16 },
  { name: "美妆 Beauty", trafficShare: 0.35, averageOrderValue: 156, refundRate: 0.06 },
  { name: "家居 Home", trafficShare: 0.2, averageOrderValue: 238, refundRate: 0.08 },
];

/** Ordinary demand by month (Jan … Dec) before events: quiet late winter, busy December. */
const MONTH_FACTOR = [0.95, 0.9, 1.0, 1.0, 1.02, 1.0, 0.93, 0.95, 1.0, 1.02, 1.0, 1.08];
/** Sunday … Saturday: weekends shop more. */
const WEEKDAY_FACTOR = [1.1, 0.95, 0.96, 0.98, 1.0, 1.03, 1.1];

const TEAM: TeamMember[] = [
  { name: "王磊 Wang Lei", roleId: "ops_manager", department: "运营部 Operations", manager: "" },
  {
    name: "李娜 Li Na",
    roleId: "store_manager",
    department: "运营部 Operations",
    manager: "王磊 Wang Lei",
  },
  {
    name: "张伟 Zhang Wei",
    roleId: "ops_specialist",
    department: "运营部 Operations",
    manager: "李娜 Li Na",
  },
  {
    name: "刘洋 Liu Yang",
    roleId: "promotion_specialist",
    department: "推广部 Marketing",
    manager: "李娜 Li Na",
  },
  {
    name: "陈静 Chen Jing",
    roleId: "visual_designer",
    department: "设计部 Design",
    manager: "李娜 Li Na",
  },
  {
    name: "杨帆 Yang Fan",
    roleId: "customer_service",
    department: "客服部 Service",
    manager: "李娜 Li Na",
  },
  {
    name: "赵敏 Zhao Min",
    roleId: "customer_service",
    department: "客服部 Service",
    manager: "李娜 Li Na",
  },
  {
    name: "黄强 Huang Qiang",
    roleId: "warehouse",
    department: "仓储物流 Logistics",
    manager: "王磊 Wang Lei",
  },
  {
    name: "周婷 Zhou Ting",
    roleId: "data_analyst",
    department: "数据部 Data",
    manager: "王磊 Wang Lei",
  },
];

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export function generateSampleShopData(seed: number = SAMPLE_SEED): SampleShopData {
  const random = mulberry32(seed);
  return {
    daily: dailyRows(random),
    customers: customerRows(random, 500),
    team: TEAM.map((m) => ({ ...m })),
  };
}

/** "2025-06-18" → its Excel serial (45826). */
export function isoDateToSerial(iso: string): number {
  return (Date.parse(`${iso}T00:00:00Z`) - EXCEL_EPOCH) / MS_PER_DAY;
}

/** Rows for a sheet: header first, then one array per record, in header order. */
export function dailyTableRows(rows: DailyRow[]): CellValue[][] {
  return [
    [...DAILY_HEADER],
    ...rows.map((r) => [
      r.date,
      r.channel,
      r.category,
      r.uv,
      r.pv,
      r.orders,
      r.gmv,
      r.adSpend,
      r.refunds,
    ]),
  ];
}

export function customerTableRows(rows: CustomerRow[]): CellValue[][] {
  return [
    [...CUSTOMER_HEADER],
    ...rows.map((r) => [r.id, r.daysSinceLastPurchase, r.orders, r.amount]),
  ];
}

export function teamTableRows(rows: TeamMember[]): CellValue[][] {
  return [[...TEAM_HEADER], ...rows.map((r) => [r.name, r.roleId, r.department, r.manager])];
}

function dailyRows(random: () => number): DailyRow[] {
  const first = isoDateToSerial(SAMPLE_FIRST_DAY);
  const last = isoDateToSerial(SAMPLE_LAST_DAY);
  const rows: DailyRow[] = [];
  for (let serial = first; serial <= last; serial++) {
    const day = new Date(EXCEL_EPOCH + serial * MS_PER_DAY);
    const event = eventLift(day);
    // Year-on-year growth of about 25%, spread evenly over the days.
    const trend = 1 + 0.25 * ((serial - first) / 365);
    const demand =
      MONTH_FACTOR[day.getUTCMonth()] *
      WEEKDAY_FACTOR[day.getUTCDay()] *
      event.traffic *
      newYearFactor(serial) *
      trend;
    for (const channel of CHANNELS) {
      for (const category of CATEGORIES) {
        const uv = Math.round(
          channel.baseUv * category.trafficShare * demand * noise(random, 0.08)
        );
        const pv = Math.round(uv * (3.2 + random() * 1.6));
        const conversion = Math.min(
          0.095,
          channel.conversion * event.conversion * noise(random, 0.1)
        );
        const orders = Math.round(uv * conversion);
        const gmv = round2(
          orders * category.averageOrderValue * event.orderValue * noise(random, 0.05)
        );
        // Big events buy traffic at a worse return.
        const adSpend = round2(gmv / (channel.roi * event.roi * noise(random, 0.12)));
        const refundRate = category.refundRate * event.refunds * noise(random, 0.2);
        rows.push({
          date: serial,
          channel: channel.name,
          category: category.name,
          uv,
          pv,
          orders,
          gmv,
          adSpend,
          refunds: round2(gmv * refundRate),
        });
      }
    }
  }
  return rows;
}

interface EventLift {
  traffic: number;
  conversion: number;
  orderValue: number;
  roi: number;
  refunds: number;
}

const ORDINARY_DAY: EventLift = { traffic: 1, conversion: 1, orderValue: 1, roi: 1, refunds: 1 };

/** 618 (June 1–20, peaking on the 18th) and Double 11 (presale from Oct 20, peaking on Nov 11). */
function eventLift(day: Date): EventLift {
  const month = day.getUTCMonth() + 1;
  const date = day.getUTCDate();
  const peak = (distance: number, height: number) =>
    1 + height * Math.exp(-((distance / 2.5) ** 2));
  if (month === 6 && date <= 20) {
    const traffic = 1.35 * peak(date - 18, 1.8);
    return { traffic, conversion: 1.25, orderValue: 1.08, roi: 0.8, refunds: 1.15 };
  }
  if ((month === 10 && date >= 20) || (month === 11 && date <= 15)) {
    const distance = month === 10 ? date - 31 - 11 : date - 11;
    const presale = month === 10 ? 1.2 : 1.6;
    const traffic = presale * peak(distance, 2.5);
    return { traffic, conversion: 1.3, orderValue: 1.12, roi: 0.75, refunds: 1.25 };
  }
  return ORDINARY_DAY;
}

/** Couriers stop and buyers travel: demand sinks in the week around New Year and eases in and out. */
function newYearFactor(serial: number): number {
  const distance = Math.min(
    ...CHINESE_NEW_YEAR.map((iso) => Math.abs(serial - isoDateToSerial(iso)))
  );
  if (distance <= 4) return 0.45;
  if (distance <= 10) return 0.45 + (0.5 * (distance - 4)) / 6;
  return 1;
}

function customerRows(random: () => number, count: number): CustomerRow[] {
  return Array.from({ length: count }, (_, index) => {
    // Most customers bought recently and rarely; a few are frequent, big spenders.
    const daysSinceLastPurchase = 1 + Math.floor(365 * random() ** 1.6);
    const orders = 1 + Math.floor(-Math.log(1 - random() * 0.999) * 2.5);
    const amount = round2(orders * (80 + random() * 320));
    return { id: `C${String(index + 1).padStart(4, "0")}`, daysSinceLastPurchase, orders, amount };
  });
}

/** A multiplicative wobble around 1 of about ±spread. */
function noise(random: () => number, spread: number): number {
  return 1 + spread * (random() + random() - 1);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
