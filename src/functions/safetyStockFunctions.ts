/**
 * SAFETYSTOCK, REORDERPOINT and COVERSTOCK: turn Excel's raw arguments into the numbers core needs.
 * `demand`, `lead_time` and `daily_sales` are either one number (a scalar or a one-cell range) or a
 * history range summarised as mean, STDEV.S and max. Errors are OpsError naming the parameter id.
 *
 * Negative cells in a history range are rejected (#VALUE! cellNegative with the cell's position) rather
 * than averaged in: a negative demand, lead time or daily sale is a data error (e.g. returns netted
 * into sales), and averaging it would silently shrink both the mean and the spread.
 */
import { naError, valueError } from "../core/errors";
import {
  coverStock,
  DEFAULT_SERVICE_LEVEL,
  isSafetyStockMethod,
  reorderPoint,
  safetyStock,
  SAFETY_STOCK_METHODS,
  type SafetyStockInputs,
  type SafetyStockMethod,
} from "../core/safetyStock";
import { mean, sampleStdDev } from "../core/stats";
import {
  asMatrix,
  numberOrBlank,
  numbersInRange,
  optionalNumber,
  optionalOption,
  requiredNumber,
} from "./excelArgs";

/** One number the user typed or referenced, or the numbers of a multi-cell history range. */
type NumberOrHistory = { kind: "number"; value: number } | { kind: "history"; values: number[] };

/** Mean, spread and maximum of demand or lead time. */
interface Summary {
  mean: number;
  sd: number;
  max: number;
}

export function safetyStockFromExcel(
  demand: unknown,
  lead_time: unknown,
  service_level: unknown,
  lead_time_sd: unknown,
  demand_sd: unknown,
  method: unknown
): number {
  return safetyStock(
    safetyStockInputs(demand, lead_time, service_level, lead_time_sd, demand_sd, method)
  );
}

export function reorderPointFromExcel(
  demand: unknown,
  lead_time: unknown,
  service_level: unknown,
  lead_time_sd: unknown,
  demand_sd: unknown,
  method: unknown
): number {
  return reorderPoint(
    safetyStockInputs(demand, lead_time, service_level, lead_time_sd, demand_sd, method)
  );
}

export function coverStockFromExcel(daily_sales: unknown, days: unknown, buffer: unknown): number {
  const sales = numberOrHistory(daily_sales, "daily_sales");
  const averageDailySales = sales.kind === "number" ? sales.value : mean(sales.values);
  return coverStock(
    averageDailySales,
    requiredNumber(days, "days"),
    optionalNumber(buffer, "buffer", 0)
  );
}

function safetyStockInputs(
  demand: unknown,
  lead_time: unknown,
  service_level: unknown,
  lead_time_sd: unknown,
  demand_sd: unknown,
  method: unknown
): SafetyStockInputs {
  const chosenMethod = parseMethod(method);
  const serviceLevel = optionalNumber(service_level, "service_level", DEFAULT_SERVICE_LEVEL);
  const demandSummary = summarizeDemand(
    numberOrHistory(demand, "demand"),
    numberOrBlank(demand_sd, "demand_sd"),
    chosenMethod !== "maxavg"
  );
  const leadTimeSummary = summarizeLeadTime(
    numberOrHistory(lead_time, "lead_time"),
    numberOrBlank(lead_time_sd, "lead_time_sd")
  );
  return {
    demandMean: demandSummary.mean,
    demandSd: demandSummary.sd,
    demandMax: demandSummary.max,
    leadTime: leadTimeSummary.mean,
    leadTimeSd: leadTimeSummary.sd,
    leadTimeMax: leadTimeSummary.max,
    serviceLevel,
    method: chosenMethod,
  };
}

function parseMethod(method: unknown): SafetyStockMethod {
  const name = optionalOption(method, "method", "combined");
  if (isSafetyStockMethod(name)) return name;
  throw valueError("unknownOption", {
    arg: "method",
    got: name,
    options: SAFETY_STOCK_METHODS.join(", "),
  });
}

/**
 * σd is demand_sd when given, else STDEV.S of the history. A single number has no spread of its own,
 * so it defaults to 0; a history too short to estimate σd is an error only when the method uses σd.
 */
function summarizeDemand(
  demand: NumberOrHistory,
  demandSd: number | null,
  needsSd: boolean
): Summary {
  if (demand.kind === "number") return { mean: demand.value, sd: demandSd ?? 0, max: demand.value };
  const { values } = demand;
  let sd = demandSd;
  if (sd === null) {
    if (values.length >= 2) sd = sampleStdDev(values);
    else if (needsSd) throw naError("tooFewNumbers", { arg: "demand", count: 2 });
    else sd = 0;
  }
  return { mean: mean(values), sd, max: largest(values) };
}

/** σL is lead_time_sd when given, else STDEV.S of a history of at least two lead times, else 0. */
function summarizeLeadTime(leadTime: NumberOrHistory, leadTimeSd: number | null): Summary {
  if (leadTime.kind === "number") {
    return { mean: leadTime.value, sd: leadTimeSd ?? 0, max: leadTime.value };
  }
  const { values } = leadTime;
  const sd = leadTimeSd ?? (values.length >= 2 ? sampleStdDev(values) : 0);
  return { mean: mean(values), sd, max: largest(values) };
}

/**
 * A one-cell range (or a scalar) is a number: blank is #VALUE! blankRequired and a negative value is
 * left to core (mustNotBeNegative). A larger range is a history: text cells are #VALUE!, negative
 * cells #VALUE! cellNegative, and a range without numbers #N/A emptyRange.
 */
function numberOrHistory(value: unknown, arg: string): NumberOrHistory {
  const matrix = asMatrix(value);
  if (matrix.length === 1 && matrix[0].length === 1) {
    return { kind: "number", value: requiredNumber(matrix[0][0], arg) };
  }
  const values = numbersInRange(matrix, arg);
  if (values.length === 0) throw naError("emptyRange", { arg });
  rejectNegativeCells(matrix, arg);
  return { kind: "history", values };
}

/** A loop, not Math.max(...values): spreading a whole-column range would overflow the call stack. */
function largest(values: readonly number[]): number {
  return values.reduce((max, value) => (value > max ? value : max), -Infinity);
}

/** Runs after numbersInRange, so every non-blank cell is known to parse as a number. */
function rejectNegativeCells(matrix: unknown[][], arg: string): void {
  const cells = matrix.flat();
  const index = cells.findIndex((cell) => (numberOrBlank(cell, arg) ?? 0) < 0);
  if (index >= 0) throw valueError("cellNegative", { arg, position: index + 1 });
}
