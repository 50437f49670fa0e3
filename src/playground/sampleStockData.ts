/**
 * The sample shop's SKUs (its three categories), for the replenishment page: 90 days of daily sales per
 * SKU up to the shop's last day, and a stock list as an ERP exports it. Deterministic (seeded): a fast
 * seller with a case pack, ordinary ones, an old slow mover, and one SKU that sold nothing lately.
 */
import { mulberry32 } from "../core/seededRandom";
import type { CellValue } from "../plan/types";
import { isoDateToSerial, SAMPLE_LAST_DAY, SAMPLE_SEED } from "./sampleShopData";

export const SKU_SALES_HEADER = ["Date", "SKU", "Name", "Quantity", "Sales"] as const;
export const STOCK_HEADER = [
  "SKU",
  "Name",
  "On hand",
  "On order",
  "Unit cost",
  "Lead time",
  "Lead time SD",
  "Case pack",
  "Stock age",
] as const;

/** Days of sales history given per SKU. */
export const SKU_HISTORY_DAYS = 90;

interface Sku {
  sku: string;
  name: string;
  /** Units sold on an ordinary day; 0 for a SKU that stopped selling. */
  dailyRate: number;
  price: number;
  cost: number;
  onHand: number;
  onOrder: number;
  leadTime: number | null;
  leadTimeSd: number | null;
  casePack: number | null;
  stockAge: number;
}

const SKUS: Sku[] = [
  {
    sku: "W-1001",
    name: "连衣裙 Dress",
    dailyRate: 24,
    price: 199,
    cost: 82,
    onHand: 310,
    onOrder: 120,
    leadTime: 10,
    leadTimeSd: 2,
    casePack: 24,
    stockAge: 35,
  },
  {
    sku: "W-1002",
    name: "针织衫 Knit top",
    dailyRate: 12,
    price: 159,
    cost: 60,
    onHand: 90,
    onOrder: 0,
    leadTime: 10,
    leadTimeSd: 2,
    casePack: 12,
    stockAge: 48,
  },
  {
    sku: "W-1003",
    name: "羽绒服 Down jacket",
    dailyRate: 6,
    price: 599,
    cost: 260,
    onHand: 420,
    onOrder: 0,
    leadTime: 21,
    leadTimeSd: 4,
    casePack: 10,
    stockAge: 140,
  },
  {
    sku: "W-1004",
    name: "丝巾 Silk scarf",
    dailyRate: 0,
    price: 99,
    cost: 30,
    onHand: 260,
    onOrder: 0,
    leadTime: 14,
    leadTimeSd: null,
    casePack: null,
    stockAge: 200,
  },
  {
    sku: "B-2001",
    name: "精华液 Serum",
    dailyRate: 18,
    price: 259,
    cost: 70,
    onHand: 150,
    onOrder: 200,
    leadTime: 7,
    leadTimeSd: 1,
    casePack: 50,
    stockAge: 20,
  },
  {
    sku: "B-2002",
    name: "面霜 Face cream",
    dailyRate: 9,
    price: 189,
    cost: 55,
    onHand: 60,
    onOrder: 0,
    leadTime: 7,
    leadTimeSd: 1,
    casePack: 20,
    stockAge: 25,
  },
  {
    sku: "B-2003",
    name: "口红 Lipstick",
    dailyRate: 15,
    price: 129,
    cost: 32,
    onHand: 400,
    onOrder: 0,
    leadTime: null,
    leadTimeSd: null,
    casePack: 40,
    stockAge: 60,
  },
  {
    sku: "H-3001",
    name: "四件套 Bedding set",
    dailyRate: 5,
    price: 399,
    cost: 150,
    onHand: 80,
    onOrder: 20,
    leadTime: 15,
    leadTimeSd: 3,
    casePack: 5,
    stockAge: 75,
  },
  {
    sku: "H-3002",
    name: "香薰 Diffuser",
    dailyRate: 3,
    price: 129,
    cost: 40,
    onHand: 45,
    onOrder: 0,
    leadTime: 12,
    leadTimeSd: 2,
    casePack: 12,
    stockAge: 95,
  },
  {
    sku: "H-3003",
    name: "收纳盒 Storage box",
    dailyRate: 8,
    price: 59,
    cost: 18,
    onHand: 30,
    onOrder: 0,
    leadTime: 5,
    leadTimeSd: 1,
    casePack: 30,
    stockAge: 15,
  },
];

/** Sunday … Saturday, as the daily data has it: weekends sell more. */
const WEEKDAY_FACTOR = [1.2, 0.9, 0.92, 0.95, 1.0, 1.05, 1.2];

export interface SampleStockData {
  sales: CellValue[][];
  stock: CellValue[][];
}

export function generateSampleStockData(seed: number = SAMPLE_SEED): SampleStockData {
  const random = mulberry32(seed + 15);
  const last = isoDateToSerial(SAMPLE_LAST_DAY);
  const sales: CellValue[][] = [[...SKU_SALES_HEADER]];
  for (let serial = last - SKU_HISTORY_DAYS + 1; serial <= last; serial++) {
    const weekday = (serial + 6) % 7; // serial 1 (1900-01-01) was a Sunday in Excel's calendar
    for (const sku of SKUS) {
      if (sku.dailyRate === 0) continue;
      const quantity = Math.round(sku.dailyRate * WEEKDAY_FACTOR[weekday] * (0.5 + random()));
      if (quantity > 0) sales.push([serial, sku.sku, sku.name, quantity, quantity * sku.price]);
    }
  }
  const stock: CellValue[][] = [
    [...STOCK_HEADER],
    ...SKUS.map((s) => [
      s.sku,
      s.name,
      s.onHand,
      s.onOrder,
      s.cost,
      s.leadTime,
      s.leadTimeSd,
      s.casePack,
      s.stockAge,
    ]),
  ];
  return { sales, stock };
}
