/**
 * Seasonality (淡旺季) weights for splitting a year into months, so targets follow the season instead of a
 * flat 1/12 split.
 *
 * seasonalIndex returns 12 SHARES summing to 1 (January first). sharesToIndex turns them into the
 * classical index summing to 12 (×100 for the "1200%" form); indexToShares goes back.
 *
 * Methods:
 * - "priorYear": the last full calendar year's monthly shares.
 * - "averageShare": each full year's monthly shares, averaged month by month (years totalling 0 skipped).
 * - "ratioToMovingAverage": classical decomposition. Needs ≥ 24 consecutive months. Centred 12-month moving
 *   average (2×12 MA): CMA_t = (½x_{t−6} + x_{t−5} + … + x_{t+5} + ½x_{t+6}) / 12; ratio x_t / CMA_t; the
 *   ratios are averaged (arithmetic mean) per calendar month and normalised so the 12 indices sum to 12.
 * - "equal": 1/12 each. "custom": the 12 given weights, normalised.
 *
 * History is either observations {period 1–12, year, value} (duplicates of a year-month are summed, e.g.
 * one row per channel) or a month-ordered array starting in January.
 */
import { div0Error, numError, valueError } from "./errors";

export type SeasonalMethod =
  "priorYear" | "averageShare" | "ratioToMovingAverage" | "equal" | "custom";

export const SEASONAL_METHODS: readonly SeasonalMethod[] = [
  "priorYear",
  "averageShare",
  "ratioToMovingAverage",
  "equal",
  "custom",
];

export interface MonthlyObservation {
  /** Calendar month, 1 = January. */
  period: number;
  year: number;
  value: number;
}

export interface EventUplift {
  month: number;
  /** Multiplier on that month's weight before renormalising: 1.3 = +30%. */
  factor: number;
}

const MONTHS = 12;
/** Months of history the 2×12 moving average needs to see every calendar month at least once. */
export const MIN_MONTHS_FOR_MOVING_AVERAGE = 24;

/** Event months of Chinese e-commerce: 618 (June) and Double 11 (November, 双11). */
export const EVENT_MONTHS = { "618": 6, double11: 11 } as const;

/**
 * Chinese New Year (春节, first day of the first lunar month), 2020–2030, from the Hong Kong Observatory's
 * Gregorian–Lunar calendar conversion tables (https://www.hko.gov.hk/en/gts/time/conversion.htm),
 * cross-checked against factmonster.com "Chinese New Year Dates". Some US-based lists give 2027-02-07 and
 * 2028-01-27 (US time zone); the month is the same either way, which is all seasonality uses.
 */
export const CHINESE_NEW_YEAR: Readonly<Record<number, string>> = {
  2020: "2020-01-25",
  2021: "2021-02-12",
  2022: "2022-02-01",
  2023: "2023-01-22",
  2024: "2024-02-10",
  2025: "2025-01-29",
  2026: "2026-02-17",
  2027: "2027-02-06",
  2028: "2028-01-26",
  2029: "2029-02-13",
  2030: "2030-02-03",
};

/** Month (1 or 2) in which Chinese New Year falls in `year`; #NUM! outside the 2020–2030 table. */
export function chineseNewYearMonth(year: number): number {
  const date = CHINESE_NEW_YEAR[year];
  if (date === undefined) throw numError("openInterval", { arg: "year", min: 2019, max: 2031 });
  return Number(date.slice(5, 7));
}

export const sharesToIndex = (shares: readonly number[]): number[] => shares.map((s) => s * MONTHS);
export const indexToShares = (index: readonly number[]): number[] => normalise(index, "index");

/** Weights scaled to sum to 1; weights must be non-negative with a positive sum. */
function normalise(weights: readonly number[], arg: string): number[] {
  weights.forEach((w, i) => {
    if (!Number.isFinite(w))
      throw valueError("cellNotANumber", { arg, position: i + 1, got: String(w) });
    if (w < 0) throw numError("cellNegative", { arg, position: i + 1 });
  });
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum === 0) throw div0Error("divideByZero", { arg: `${arg} total` });
  return weights.map((w) => w / sum);
}

function toObservations(
  history: readonly MonthlyObservation[] | readonly number[]
): MonthlyObservation[] {
  return history.map((item, i) =>
    typeof item === "number"
      ? { period: (i % MONTHS) + 1, year: Math.floor(i / MONTHS) + 1, value: item }
      : item
  );
}

function validateObservations(observations: readonly MonthlyObservation[]): void {
  observations.forEach((o, i) => {
    const position = i + 1;
    if (!(Number.isInteger(o.period) && o.period >= 1 && o.period <= MONTHS))
      throw valueError("cellNotANumber", {
        arg: "history period (1–12)",
        position,
        got: String(o.period),
      });
    if (!Number.isInteger(o.year))
      throw valueError("cellNotANumber", { arg: "history year", position, got: String(o.year) });
    if (!Number.isFinite(o.value))
      throw valueError("cellNotANumber", { arg: "history", position, got: String(o.value) });
    if (o.value < 0) throw numError("cellNegative", { arg: "history", position });
  });
}

/** year → 12 monthly totals (NaN where a month has no observation). */
function byYear(observations: readonly MonthlyObservation[]): Map<number, number[]> {
  const years = new Map<number, number[]>();
  for (const o of observations) {
    const months = years.get(o.year) ?? new Array<number>(MONTHS).fill(NaN);
    months[o.period - 1] =
      (Number.isNaN(months[o.period - 1]) ? 0 : months[o.period - 1]) + o.value;
    years.set(o.year, months);
  }
  return years;
}

function fullYears(
  observations: readonly MonthlyObservation[]
): { year: number; months: number[] }[] {
  const years = [...byYear(observations)]
    .filter(([, months]) => months.every((v) => !Number.isNaN(v)))
    .map(([year, months]) => ({ year, months }))
    .sort((a, b) => a.year - b.year);
  if (years.length === 0)
    throw valueError("atLeast", { arg: "history (months of one calendar year)", min: MONTHS });
  return years;
}

function priorYearShares(observations: readonly MonthlyObservation[]): number[] {
  const years = fullYears(observations);
  return normalise(years[years.length - 1].months, "history");
}

function averageShares(observations: readonly MonthlyObservation[]): number[] {
  const shareRows = fullYears(observations)
    .filter(({ months }) => months.some((v) => v > 0))
    .map(({ months }) => normalise(months, "history"));
  if (shareRows.length === 0) throw div0Error("divideByZero", { arg: "history total" });
  return Array.from(
    { length: MONTHS },
    (_, m) => shareRows.reduce((s, row) => s + row[m], 0) / shareRows.length
  );
}

/** Consecutive monthly series from the first to the last observed month; a missing month is an error. */
function consecutiveSeries(observations: readonly MonthlyObservation[]): {
  firstMonth: number;
  values: number[];
} {
  const years = byYear(observations);
  const keys = observations.map((o) => o.year * MONTHS + (o.period - 1));
  const first = Math.min(...keys);
  const last = Math.max(...keys);
  const values: number[] = [];
  for (let key = first; key <= last; key++) {
    const year = Math.floor(key / MONTHS);
    const value = years.get(year)?.[key % MONTHS] ?? NaN;
    if (Number.isNaN(value))
      throw valueError("blankRequired", { arg: `history ${year}-${(key % MONTHS) + 1}` });
    values.push(value);
  }
  return { firstMonth: first % MONTHS, values };
}

/** 2×12 centred moving average at each position t with six months on both sides; undefined elsewhere. */
export function centredMovingAverage12(values: readonly number[]): (number | undefined)[] {
  return values.map((_, t) => {
    if (t < 6 || t + 6 >= values.length) return undefined;
    let sum = (values[t - 6] + values[t + 6]) / 2;
    for (let k = t - 5; k <= t + 5; k++) sum += values[k];
    return sum / MONTHS;
  });
}

function ratioToMovingAverageShares(observations: readonly MonthlyObservation[]): number[] {
  if (observations.length === 0)
    throw valueError("atLeast", { arg: "history months", min: MIN_MONTHS_FOR_MOVING_AVERAGE });
  const { firstMonth, values } = consecutiveSeries(observations);
  if (values.length < MIN_MONTHS_FOR_MOVING_AVERAGE)
    throw valueError("atLeast", { arg: "history months", min: MIN_MONTHS_FOR_MOVING_AVERAGE });
  const ratioSums = new Array<number>(MONTHS).fill(0);
  const ratioCounts = new Array<number>(MONTHS).fill(0);
  centredMovingAverage12(values).forEach((cma, t) => {
    if (cma === undefined) return;
    if (cma === 0) throw div0Error("divideByZero", { arg: "12-month moving average" });
    const month = (firstMonth + t) % MONTHS;
    ratioSums[month] += values[t] / cma;
    ratioCounts[month] += 1;
  });
  // ≥ 24 months leaves ≥ 12 consecutive centred positions, so every calendar month has a ratio.
  return normalise(
    ratioSums.map((s, m) => s / ratioCounts[m]),
    "seasonal ratios"
  );
}

/** 12 monthly shares (January first) summing to 1. `custom` is required for "custom" and ignored otherwise. */
export function seasonalIndex(
  history: readonly MonthlyObservation[] | readonly number[],
  method: SeasonalMethod,
  custom?: readonly number[]
): number[] {
  if (!SEASONAL_METHODS.includes(method))
    throw valueError("unknownOption", {
      arg: "method",
      got: String(method),
      options: SEASONAL_METHODS.join(", "),
    });
  const observations = toObservations(history);
  validateObservations(observations);
  switch (method) {
    case "priorYear":
      return priorYearShares(observations);
    case "averageShare":
      return averageShares(observations);
    case "ratioToMovingAverage":
      return ratioToMovingAverageShares(observations);
    case "equal":
      return new Array<number>(MONTHS).fill(1 / MONTHS);
    case "custom":
      if (custom === undefined) throw valueError("blankRequired", { arg: "custom" });
      if (custom.length !== MONTHS)
        throw valueError("lengthMismatch", { arg: "custom", other: "12 months" });
      return normalise(custom, "custom");
  }
}

/**
 * Weights with event months lifted (618 in June, Double 11 in November, Chinese New Year's month …), then
 * renormalised to the weights' original sum (1 for shares, 12 for an index). Uplifts on the same month multiply.
 */
export function applyEventUplifts(
  weights: readonly number[],
  uplifts: readonly EventUplift[]
): number[] {
  if (weights.length !== MONTHS)
    throw valueError("lengthMismatch", { arg: "weights", other: "12 months" });
  const originalSum = weights.reduce((s, w) => s + w, 0);
  const lifted = [...weights];
  uplifts.forEach(({ month, factor }, i) => {
    if (!(Number.isInteger(month) && month >= 1 && month <= MONTHS))
      throw valueError("cellNotANumber", {
        arg: "uplift month (1–12)",
        position: i + 1,
        got: String(month),
      });
    if (!Number.isFinite(factor))
      throw valueError("cellNotANumber", {
        arg: "uplift factor",
        position: i + 1,
        got: String(factor),
      });
    if (factor < 0) throw numError("cellNegative", { arg: "uplift factor", position: i + 1 });
    lifted[month - 1] *= factor;
  });
  return normalise(lifted, "weights").map((s) => s * originalSum);
}
