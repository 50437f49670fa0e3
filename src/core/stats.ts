/**
 * The few Excel statistics the OPS functions need, with Excel's definitions.
 * NORM.S.INV comes from stdlib (Boost-derived erfinv, full double precision). Mean, STDEV.S and
 * PERCENTILE.INC are a few lines each and must match Excel exactly; simple-statistics'
 * quantile uses a different interpolation than PERCENTILE.INC, so these are written here.
 */
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";

/** Excel NORM.S.INV(p) for 0 < p < 1. */
export function normSInv(p: number): number {
  return normalQuantile(p, 0, 1);
}

/** Arithmetic mean; NaN for an empty list (callers validate first). */
export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Excel STDEV.S: sample standard deviation, two-pass for accuracy. */
export function sampleStdDev(values: readonly number[]): number {
  const m = mean(values);
  let squares = 0;
  for (const v of values) squares += (v - m) * (v - m);
  return Math.sqrt(squares / (values.length - 1));
}

/** Excel PERCENTILE.INC on an ascending-sorted list: linear interpolation at rank (n − 1)·k. */
export function percentileIncSorted(sorted: readonly number[], k: number): number {
  const rank = (sorted.length - 1) * k;
  const lower = Math.floor(rank);
  const fraction = rank - lower;
  if (lower + 1 >= sorted.length) return sorted[sorted.length - 1];
  return sorted[lower] + fraction * (sorted[lower + 1] - sorted[lower]);
}

/** Excel PERCENTILE.INC on any list. */
export function percentileInc(values: readonly number[], k: number): number {
  return percentileIncSorted(
    [...values].sort((a, b) => a - b),
    k
  );
}
