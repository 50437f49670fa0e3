/**
 * The OPS custom functions. The JSDoc here generates functions.json (custom-functions-metadata-plugin);
 * zh-CN names and descriptions come from src/i18n/functionTexts.ts. Each function is thin: it hands
 * Excel's raw arguments to an implementation that parses them and calls core math, and maps
 * OpsError to the Excel error value. Parameter names are snake_case because Excel shows them as typed.
 */
import { runFunction } from "./runFunction";
import {
  coverStockFromExcel,
  reorderPointFromExcel,
  safetyStockFromExcel,
} from "./safetyStockFunctions";
import { rfmTierFromExcel } from "./rfmFunction";
import { breakEvenRoasFromExcel, roiFromExcel } from "./roiFunctions";
import { kpiScoreFromExcel } from "./kpiScoreFunction";

/**
 * Safety stock: z × √(L × σd² + d² × σL²), z = NORM.S.INV(service level). Demand and lead time in the same period unit.
 * @customfunction SAFETYSTOCK
 * @param demand Average demand per period, or a range of per-period demand history (blanks skipped).
 * @param lead_time Lead time in periods, or a range of lead-time history.
 * @param [service_level] Cycle service level between 0 and 1 (default 95%).
 * @param [lead_time_sd] Standard deviation of lead time (default 0, or from the lead-time history).
 * @param [demand_sd] Standard deviation of demand (default: STDEV.S of the demand history).
 * @param [method] "combined" (default), "additive" (z·σd·√L + z·d·σL) or "maxavg" (Dmax·Lmax − Davg·Lavg).
 * @returns Safety stock in demand units.
 */
export function safetyStock(
  demand: any[][],
  lead_time: any[][],
  service_level?: any,
  lead_time_sd?: any,
  demand_sd?: any,
  method?: any
): number {
  return runFunction("SAFETYSTOCK", () =>
    safetyStockFromExcel(demand, lead_time, service_level, lead_time_sd, demand_sd, method)
  ) as number;
}

/**
 * Reorder point: average demand × lead time + safety stock (same arguments as SAFETYSTOCK).
 * @customfunction REORDERPOINT
 * @param demand Average demand per period, or a range of per-period demand history (blanks skipped).
 * @param lead_time Lead time in periods, or a range of lead-time history.
 * @param [service_level] Cycle service level between 0 and 1 (default 95%).
 * @param [lead_time_sd] Standard deviation of lead time (default 0, or from the lead-time history).
 * @param [demand_sd] Standard deviation of demand (default: STDEV.S of the demand history).
 * @param [method] "combined" (default), "additive" or "maxavg", as in SAFETYSTOCK.
 * @returns Reorder point in demand units.
 */
export function reorderPoint(
  demand: any[][],
  lead_time: any[][],
  service_level?: any,
  lead_time_sd?: any,
  demand_sd?: any,
  method?: any
): number {
  return runFunction("REORDERPOINT", () =>
    reorderPointFromExcel(demand, lead_time, service_level, lead_time_sd, demand_sd, method)
  ) as number;
}

/**
 * Operators' stock rule (安全库存 = 日均销量 × 补货周期 + 缓冲量): average daily sales × days of cover + buffer.
 * @customfunction COVERSTOCK
 * @param daily_sales Average daily sales, or a range of daily sales (e.g. the last 30 days; blanks skipped).
 * @param days Days of cover, e.g. the replenishment cycle or 15 days for a best seller.
 * @param [buffer] Extra units kept on top (default 0).
 * @returns Stock to hold in units.
 */
export function coverStock(daily_sales: any[][], days: any, buffer?: any): number {
  return runFunction("COVERSTOCK", () => coverStockFromExcel(daily_sales, days, buffer)) as number;
}

/**
 * Customer tier by RFM for a whole list (spills one tier per row) or for one customer against reference columns.
 * @customfunction RFMTIER
 * @param recency Days since last purchase: a column of the customer list, or one value.
 * @param frequency Number of orders: a column of the same length, or one value.
 * @param monetary Amount spent: a column of the same length, or one value.
 * @param [model] "cn8" (default, the 8-class model vs the mean), "score" (quintile scores, e.g. 545) or "segment" (named segments).
 * @param [labels] Label language: "zh-CN" or "en-US" (default zh-CN for cn8, en-US for segment).
 * @param [ref_recency] Reference recency column (the population) when scoring single values.
 * @param [ref_frequency] Reference frequency column when scoring single values.
 * @param [ref_monetary] Reference monetary column when scoring single values.
 * @returns One tier per customer.
 */
export function rfmTier(
  recency: any[][],
  frequency: any[][],
  monetary: any[][],
  model?: any,
  labels?: any,
  ref_recency?: any[][],
  ref_frequency?: any[][],
  ref_monetary?: any[][]
): any[][] {
  return runFunction("RFMTIER", () =>
    rfmTierFromExcel(
      recency,
      frequency,
      monetary,
      model,
      labels,
      ref_recency,
      ref_frequency,
      ref_monetary
    )
  ) as any[][];
}

/**
 * ROI as operators mean it (投产比 = sales ÷ spend), or finance's net ROI, or profit ROI.
 * @customfunction ROI
 * @param return_amount Sales (return): a number or a range, summed.
 * @param cost Spend (cost): a number or a range, summed.
 * @param [mode] "roas" (default, sales ÷ cost), "net" ((sales − cost) ÷ cost) or "profit" ((sales × margin − cost) ÷ cost).
 * @param [margin] Gross margin between 0 and 1, for mode "profit".
 * @returns The ratio.
 */
export function roi(return_amount: any[][], cost: any[][], mode?: any, margin?: any): number {
  return runFunction("ROI", () => roiFromExcel(return_amount, cost, mode, margin)) as number;
}

/**
 * Break-even ROAS for a gross margin: 1 ÷ margin (below it, ads lose money).
 * @customfunction BREAKEVENROAS
 * @param margin Gross margin between 0 and 1.
 * @returns The ROAS at which spend breaks even.
 */
export function breakEvenRoas(margin: any): number {
  return runFunction("BREAKEVENROAS", () => breakEvenRoasFromExcel(margin)) as number;
}

/**
 * KPI score on a 100 = on-target scale, with optional base (threshold) and challenge (stretch) targets.
 * @customfunction KPISCORE
 * @param actual The actual result (blank gives a blank score).
 * @param target The target.
 * @param [direction] "higher" (default) or "lower" is better; also 1 / -1 or 高 / 低.
 * @param [threshold] Base target (基础目标): worse scores 0, equal scores 60.
 * @param [stretch] Challenge target (挑战目标): scores the cap.
 * @param [cap] Highest score (default 120).
 * @returns The score, between 0 and the cap.
 */
export function kpiScore(
  actual: any,
  target: any,
  direction?: any,
  threshold?: any,
  stretch?: any,
  cap?: any
): any {
  return runFunction("KPISCORE", () =>
    kpiScoreFromExcel(actual, target, direction, threshold, stretch, cap)
  );
}
