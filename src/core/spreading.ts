/**
 * Top-down spreading (目标拆解): break a total into parts over a row of cells, as IBM Planning Analytics
 * "data spreading", Jedox "splashing" and Anaplan "breakback" do.
 *
 * Methods:
 * - "proportional": parts ∝ reference. A reference that is all zero over the unheld cells falls back to
 *   "equal" with the note zeroReferenceFellBackToEqual (TM1/Anaplan users' top complaint is that this
 *   fails); a negative reference value is an error naming its position.
 * - "equal": every unheld cell gets remainder ÷ (unheld cells).
 * - "repeat": every unheld cell gets `total` itself. NOT total-preserving, by design: it copies a value
 *   (e.g. a daily budget) into every cell.
 * - "growth": each unheld part = reference × (1 + growthRate). NOT total-preserving: `total` is ignored,
 *   the result's sum is whatever the grown reference adds up to.
 * - "straightLine": values on a straight line over the unheld cells (in position order, held cells
 *   skipped). With only startValue (or only endValue) the other end is solved so the line sums to the
 *   remainder: end = 2·remainder/m − start. With neither, the line is flat (= equal). With both, the line
 *   runs from start to end and `total` is ignored, like TM1's straight-line spread (not total-preserving).
 *
 * Holds: a non-null holds[i] is kept exactly; the remainder (total − Σ holds) is spread over the other
 * cells — the mid-year re-forecast: actuals to date held, the rest of the target over the remaining months.
 * - All cells held: the holds must add up to the total (total-preserving methods), else an error.
 * - Negative remainder (actuals already beyond the target) is allowed: the remaining months get negative
 *   parts that still tie out to the total, and the note negativeRemainder flags it for the planner.
 */
import { numError, valueError } from "./errors";

export type SpreadMethod = "proportional" | "equal" | "repeat" | "growth" | "straightLine";

export const SPREAD_METHODS: readonly SpreadMethod[] = [
  "proportional",
  "equal",
  "repeat",
  "growth",
  "straightLine",
];

/** Methods whose parts add up to `total`. */
export const TOTAL_PRESERVING_METHODS: readonly SpreadMethod[] = [
  "proportional",
  "equal",
  "straightLine",
];

export interface SpreadOptions {
  method: SpreadMethod;
  /** Growth rate for "growth", as a fraction: 0.5 = +50%. At least −1. */
  growthRate?: number;
  /** Per cell: a number holds that cell at that value; null (or a shorter array) leaves it to be spread. */
  holds?: readonly (number | null)[];
  /** First unheld cell's value for "straightLine". */
  startValue?: number;
  /** Last unheld cell's value for "straightLine". */
  endValue?: number;
}

export type SpreadNote =
  { kind: "zeroReferenceFellBackToEqual" } | { kind: "negativeRemainder"; remainder: number };

export interface SpreadResult {
  values: number[];
  notes: SpreadNote[];
}

/** Relative tolerance for "the holds add up to the total". */
const SUM_TOLERANCE = 1e-9;

function requireFinite(value: number, arg: string): void {
  if (!Number.isFinite(value)) throw valueError("notANumber", { arg, got: String(value) });
}

function validate(total: number, reference: readonly number[], options: SpreadOptions): void {
  if (!SPREAD_METHODS.includes(options.method))
    throw valueError("unknownOption", {
      arg: "method",
      got: String(options.method),
      options: SPREAD_METHODS.join(", "),
    });
  requireFinite(total, "total");
  if (reference.length === 0) throw valueError("emptyRange", { arg: "reference" });
  reference.forEach((value, index) => {
    if (!Number.isFinite(value))
      throw valueError("cellNotANumber", {
        arg: "reference",
        position: index + 1,
        got: String(value),
      });
  });
  const holds = options.holds ?? [];
  if (holds.length > reference.length)
    throw valueError("lengthMismatch", { arg: "holds", other: "reference" });
  holds.forEach((value, index) => {
    if (value !== null && value !== undefined && !Number.isFinite(value))
      throw valueError("cellNotANumber", { arg: "holds", position: index + 1, got: String(value) });
  });
  if (options.growthRate !== undefined) requireFinite(options.growthRate, "growthRate");
  if (options.startValue !== undefined) requireFinite(options.startValue, "startValue");
  if (options.endValue !== undefined) requireFinite(options.endValue, "endValue");
}

/** Parts ∝ weights, summing to `amount`; all-zero weights are the caller's to handle. */
function proportionalParts(amount: number, weights: readonly number[]): number[] {
  // Shares of the largest weight first: amount × w underflows to 0 for tiny (subnormal) weights and
  // the sum overflows for huge ones, and either would lose the total.
  const largest = Math.max(...weights);
  const scaled = weights.map((w) => w / largest);
  const scaledSum = scaled.reduce((s, w) => s + w, 0);
  return scaled.map((w) => amount * (w / scaledSum));
}

function straightLineParts(amount: number, count: number, start?: number, end?: number): number[] {
  if (count === 1) return [start !== undefined && end !== undefined ? start : amount];
  let first: number;
  let last: number;
  if (start !== undefined && end !== undefined) [first, last] = [start, end];
  else if (start !== undefined) [first, last] = [start, (2 * amount) / count - start];
  else if (end !== undefined) [first, last] = [(2 * amount) / count - end, end];
  else [first, last] = [amount / count, amount / count];
  const step = (last - first) / (count - 1);
  return Array.from({ length: count }, (_, j) => first + step * j);
}

/**
 * Spread `total` over the cells of `reference` (see the module comment for each method).
 * Throws OpsError for non-numbers, a negative proportional reference, or holds that cannot meet the total.
 */
export function spread(
  total: number,
  reference: readonly number[],
  options: SpreadOptions
): SpreadResult {
  validate(total, reference, options);
  const { method } = options;
  const hold = (i: number): number | null => options.holds?.[i] ?? null;
  const unheld = reference.map((_, i) => i).filter((i) => hold(i) === null);
  const heldSum = reference.reduce((s: number, _, i) => s + (hold(i) ?? 0), 0);
  const remainder = total - heldSum;
  const notes: SpreadNote[] = [];
  const preservesTotal =
    TOTAL_PRESERVING_METHODS.includes(method) &&
    !(
      method === "straightLine" &&
      options.startValue !== undefined &&
      options.endValue !== undefined
    );

  if (unheld.length === 0) {
    // Nothing left to absorb a difference.
    if (preservesTotal && Math.abs(remainder) > SUM_TOLERANCE * Math.max(1, Math.abs(total)))
      throw numError("holdsDoNotMatchTotal", { held: total - remainder, total });
    return { values: reference.map((_, i) => hold(i) as number), notes };
  }
  if (preservesTotal && remainder < 0) notes.push({ kind: "negativeRemainder", remainder });

  let parts: number[];
  switch (method) {
    case "proportional": {
      const weights = unheld.map((i) => reference[i]);
      const negativeAt = weights.findIndex((w) => w < 0);
      if (negativeAt >= 0)
        throw numError("cellNegative", { arg: "reference", position: unheld[negativeAt] + 1 });
      if (weights.every((w) => w === 0)) {
        notes.push({ kind: "zeroReferenceFellBackToEqual" });
        parts = unheld.map(() => remainder / unheld.length);
      } else parts = proportionalParts(remainder, weights);
      break;
    }
    case "equal":
      parts = unheld.map(() => remainder / unheld.length);
      break;
    case "repeat":
      parts = unheld.map(() => total);
      break;
    case "growth": {
      const rate = options.growthRate;
      if (rate === undefined) throw valueError("blankRequired", { arg: "growthRate" });
      if (rate < -1) throw numError("atLeast", { arg: "growthRate", min: -1 });
      parts = unheld.map((i) => reference[i] * (1 + rate));
      break;
    }
    case "straightLine":
      parts = straightLineParts(remainder, unheld.length, options.startValue, options.endValue);
      break;
  }

  const values = reference.map((_, i) => hold(i) ?? 0);
  unheld.forEach((cell, j) => (values[cell] = parts[j]));
  return { values, notes };
}
