/**
 * Largest-remainder (Hamilton) rounding: round parts to a unit (1, 100, 1,000, 10,000 yuan …) so that
 * the rounded parts add up EXACTLY to the total rounded to the same unit — what finance checks first.
 *
 * Method, in units of `unit`:
 * 1. Each part's exact share ("quota") is its value; when `total` is given and differs from the sum of
 *    the values, the unheld values are scaled so their quotas add up to the rounded total minus the holds
 *    (Hamilton's quotas proportional to the values).
 * 2. Every quota is floored; the leftover units (rounded total − Σ floors) go one each to the parts with
 *    the largest fractional remainders.
 * 3. Tie-break: remainders equal within 1e-9 form a tie group. When only some of a tie group get a unit,
 *    the j winners among its g members (in position order) are members ⌊(i+1)·g/j⌋ − 1 for i = 0…j−1:
 *    evenly spaced, the last member always included. 102 over four equal parts → 25, 26, 25, 26.
 *
 * Invariants (tested): the parts sum exactly to the rounded total; each part is within one unit of its
 * quota; a part with a larger quota never gets less than one with a
 * smaller quota; held parts are returned unchanged; values already on the unit are returned unchanged.
 * Totals round half away from zero, as Excel's ROUND does.
 */
import { div0Error, numError, valueError } from "./errors";

/** Remainders this close are the same remainder. */
const TIE_TOLERANCE = 1e-9;
/** Relative floating error allowed in a quota (a few ulps of arithmetic); at least 1e-9 absolute. */
const QUOTA_RELATIVE_ERROR = 1e-12;

/** Excel's ROUND(x, 0): halves go away from zero (Math.round sends −2.5 to −2). */
export function roundHalfAwayFromZero(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x));
}

/** A quota a hair off an integer (25.999999999 from 0.1 + 0.2 style drift) is that integer. */
function snapToInteger(quota: number): number {
  const nearest = Math.round(quota);
  const tolerance = QUOTA_RELATIVE_ERROR * Math.max(1000, Math.abs(quota));
  return Math.abs(quota - nearest) <= tolerance ? nearest : quota;
}

function validateInputs(
  values: readonly number[],
  unit: number,
  total?: number,
  held?: readonly boolean[]
) {
  if (!(Number.isFinite(unit) && unit > 0)) throw numError("mustBePositive", { arg: "unit" });
  if (values.length === 0) throw valueError("emptyRange", { arg: "values" });
  values.forEach((value, index) => {
    if (!Number.isFinite(value))
      throw valueError("cellNotANumber", {
        arg: "values",
        position: index + 1,
        got: String(value),
      });
  });
  if (total !== undefined && !Number.isFinite(total))
    throw valueError("notANumber", { arg: "total", got: String(total) });
  if (held !== undefined && held.length !== values.length)
    throw valueError("lengthMismatch", { arg: "held", other: "values" });
}

/**
 * Indices (into `candidates`, already sorted by remainder, largest first) that receive one leftover unit.
 * Whole tie groups are taken while they fit; the group that does not fit is thinned evenly.
 */
function pickLeftoverReceivers(
  candidates: { index: number; remainder: number }[],
  leftover: number
): number[] {
  const receivers: number[] = [];
  let start = 0;
  while (receivers.length < leftover && start < candidates.length) {
    let end = start + 1;
    while (
      end < candidates.length &&
      candidates[start].remainder - candidates[end].remainder <= TIE_TOLERANCE
    )
      end++;
    const group = candidates
      .slice(start, end)
      .map((c) => c.index)
      .sort((a, b) => a - b);
    const wanted = leftover - receivers.length;
    if (group.length <= wanted) receivers.push(...group);
    else
      for (let i = 0; i < wanted; i++)
        receivers.push(group[Math.floor(((i + 1) * group.length) / wanted) - 1]);
    start = end;
  }
  return receivers;
}

/**
 * `values` rounded to multiples of `unit`, summing exactly to `total` (default: Σ values) rounded to the unit.
 * `held[i]` marks parts that must stay as they are (a locked actual); they must already be on the unit.
 */
export function roundToUnit(
  values: readonly number[],
  unit: number,
  total?: number,
  held?: readonly boolean[]
): number[] {
  validateInputs(values, unit, total, held);
  const isHeld = (i: number) => held?.[i] === true;
  values.forEach((value, index) => {
    if (isHeld(index) && snapToInteger(value / unit) !== Math.round(value / unit))
      throw valueError("notMultipleOfUnit", {
        arg: "held",
        position: index + 1,
        got: String(value),
        unit,
      });
  });

  const heldUnits = values.reduce((sum, v, i) => (isHeld(i) ? sum + Math.round(v / unit) : sum), 0);
  const unheldSum = values.reduce((sum, v, i) => (isHeld(i) ? sum : sum + v), 0);
  const targetUnits = roundHalfAwayFromZero((total ?? values.reduce((s, v) => s + v, 0)) / unit);
  const unheldTargetUnits = targetUnits - heldUnits;

  // Scale only when the values do not already add up to the total: rounding must not move correct shares.
  const needsScaling =
    total !== undefined &&
    Math.abs(unheldSum / unit - unheldTargetUnits) >
      0.5 + TIE_TOLERANCE * Math.max(1, Math.abs(unheldTargetUnits));
  if (needsScaling && unheldSum === 0) throw div0Error("divideByZero", { arg: "values" });
  const scale = needsScaling ? (unheldTargetUnits * unit) / unheldSum : 1;

  const units: number[] = [];
  const candidates: { index: number; remainder: number }[] = [];
  values.forEach((value, index) => {
    if (isHeld(index)) {
      units.push(Math.round(value / unit));
      return;
    }
    const quota = snapToInteger((value * scale) / unit);
    const floor = Math.floor(quota);
    units.push(floor);
    candidates.push({ index, remainder: quota - floor });
  });

  const leftover = targetUnits - units.reduce((s, u) => s + u, 0);
  // Stable sort keeps position order inside tie groups before the even-spacing pick.
  candidates.sort((a, b) => b.remainder - a.remainder);
  for (const index of pickLeftoverReceivers(candidates, leftover)) units[index] += 1;
  // + 0 turns −0 into 0 so a zero part never shows as "-0".
  return units.map((u) => u * unit + 0);
}
