/**
 * Safety stock, reorder point and the operators' days-of-cover rule. Pure math on numbers that
 * have already been summarised (mean, standard deviation, maximum); the custom-functions layer turns
 * ranges into these. Inputs are validated here so every caller gets the same errors. Error params name
 * the Excel parameter ids (snake_case) because that is how messages refer to the values.
 */
import { numError, valueError } from "./errors";
import { normSInv } from "./stats";

/**
 * combined: z·√(L·σd² + d²·σL²), demand and lead-time variances added (independent variables).
 * additive: z·σd·√L + z·d·σL, the two buffers added (a conservative upper bound of combined).
 * maxavg:   Dmax·Lmax − Davg·Lavg, worst observed case minus the average case (no z).
 */
export type SafetyStockMethod = "combined" | "additive" | "maxavg";

export const SAFETY_STOCK_METHODS: readonly SafetyStockMethod[] = [
  "combined",
  "additive",
  "maxavg",
];

export const DEFAULT_SERVICE_LEVEL = 0.95;

export function isSafetyStockMethod(name: string): name is SafetyStockMethod {
  return (SAFETY_STOCK_METHODS as readonly string[]).includes(name);
}

/** Demand and lead time must use the same period unit (e.g. days). */
export interface SafetyStockInputs {
  /** Average demand per period (d, Davg). */
  demandMean: number;
  /** Standard deviation of demand per period (σd). */
  demandSd: number;
  /** Largest demand per period seen (Dmax); only maxavg uses it. */
  demandMax: number;
  /** Average lead time in periods (L, Lavg). */
  leadTime: number;
  /** Standard deviation of lead time (σL). */
  leadTimeSd: number;
  /** Longest lead time seen (Lmax); only maxavg uses it. */
  leadTimeMax: number;
  /** Cycle service level, 0 < p < 1; z = NORM.S.INV(p). */
  serviceLevel: number;
  method: SafetyStockMethod;
}

export function safetyStock(inputs: SafetyStockInputs): number {
  validate(inputs);
  const { demandMean: d, demandSd: sd, leadTime: L, leadTimeSd: sL } = inputs;
  switch (inputs.method) {
    case "combined":
      return normSInv(inputs.serviceLevel) * Math.sqrt(L * sd * sd + d * d * sL * sL);
    case "additive": {
      const z = normSInv(inputs.serviceLevel);
      return z * sd * Math.sqrt(L) + z * d * sL;
    }
    case "maxavg":
      // A history's max is never below its mean, but the rounded mean of equal values can exceed
      // them by an ulp; taking the larger keeps the result at 0 instead of a tiny negative number.
      return Math.max(inputs.demandMax, d) * Math.max(inputs.leadTimeMax, L) - d * L;
  }
}

/** Stock level that triggers a new order: expected lead-time demand plus safety stock. */
export function reorderPoint(inputs: SafetyStockInputs): number {
  return inputs.demandMean * inputs.leadTime + safetyStock(inputs);
}

/** 安全库存 = 日均销量 × 补货周期 + 缓冲量: average daily sales × days of cover + buffer. */
export function coverStock(dailySales: number, days: number, buffer: number): number {
  requireNotNegative(dailySales, "daily_sales");
  requireNotNegative(days, "days");
  requireNotNegative(buffer, "buffer");
  return dailySales * days + buffer;
}

function validate(inputs: SafetyStockInputs): void {
  // Written as !(0 < p < 1) so NaN is rejected too. #NUM! as NORM.S.INV gives for such a p; Excel shows
  // no message with #NUM!, so the panel's Functions page explains it.
  if (!(inputs.serviceLevel > 0 && inputs.serviceLevel < 1)) {
    throw numError("openInterval", { arg: "service_level", min: 0, max: 1 });
  }
  requireNotNegative(inputs.demandMean, "demand");
  requireNotNegative(inputs.demandSd, "demand_sd");
  requireNotNegative(inputs.leadTime, "lead_time");
  requireNotNegative(inputs.leadTimeSd, "lead_time_sd");
  requireNotNegative(inputs.demandMax, "demand");
  requireNotNegative(inputs.leadTimeMax, "lead_time");
}

function requireNotNegative(value: number, arg: string): void {
  // Our rule, not the math's: #VALUE! carries the message that names the argument.
  if (!(value >= 0)) throw valueError("mustNotBeNegative", { arg });
}
