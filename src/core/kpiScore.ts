/**
 * KPI score on a 100 = on-target scale (绩效考核 得分), shared by KPISCORE and the scorecard builder.
 *
 * Ratio rule (no threshold, no stretch), for a target T and an actual A:
 * - higher is better: 100 × A/T; lower is better: 100 × (2 − A/T), for T > 0;
 * - for T < 0 the sign-safe forms 100 × (1 + (A − T)/|T|) and 100 × (1 − (A − T)/|T|), which equal
 *   the forms above when T > 0, so one expression serves both signs;
 * - T = 0 has no scale to measure a shortfall against, so: A = T scores 100, any result better than
 *   the target scores the cap, any worse result scores 0.
 *
 * Bands (基础目标 threshold and/or 挑战目标 stretch), piecewise linear:
 * worse than threshold 0 · threshold 60 · target 100 · stretch the cap · linear in between ·
 * better than stretch stays at the cap. Without a stretch, better than target follows the ratio rule;
 * without a threshold, worse than target follows the ratio rule.
 *
 * The score is always clamped to [0, cap].
 */
import { valueError } from "./errors";

export type KpiDirection = "higher" | "lower";

export interface KpiScoreRule {
  target: number;
  direction: KpiDirection;
  /** Base target (基础目标): scores THRESHOLD_SCORE; anything worse scores 0. */
  threshold?: number;
  /** Challenge target (挑战目标): scores the cap. */
  stretch?: number;
  /** Highest score, at least TARGET_SCORE. */
  cap: number;
}

export const THRESHOLD_SCORE = 60;
export const TARGET_SCORE = 100;
export const DEFAULT_CAP = 120;

/** Words and numbers users give for a direction, lower-case: 1 / -1 as in "sign of better". */
const DIRECTION_ALIASES: Record<string, KpiDirection> = {
  higher: "higher",
  high: "higher",
  "1": "higher",
  高: "higher",
  越高越好: "higher",
  lower: "lower",
  low: "lower",
  "-1": "lower",
  低: "lower",
  越低越好: "lower",
};

/** A direction from its name or alias (trimmed, any case); unknown text is #VALUE!. */
export function parseKpiDirection(text: string): KpiDirection {
  const direction = DIRECTION_ALIASES[text.trim().toLowerCase()];
  if (direction === undefined) {
    throw valueError("unknownOption", {
      arg: "direction",
      got: text,
      options: "higher, lower, 1, -1, 高, 低",
    });
  }
  return direction;
}

/**
 * Throws OpsError for a rule that cannot be scored: cap below 100 (#VALUE! atLeast), or bands out of
 * order for the direction, equal values included (#VALUE! thresholdOrder; #VALUE! so Excel shows the message), since equal bands would
 * make the interpolation divide by zero and the score jump.
 */
export function validateKpiRule(rule: KpiScoreRule): void {
  const { target, direction, threshold, stretch, cap } = rule;
  if (!(cap >= TARGET_SCORE)) throw valueError("atLeast", { arg: "cap", min: TARGET_SCORE });
  const sign = directionSign(direction);
  const thresholdInOrder = threshold === undefined || sign * threshold < sign * target;
  const stretchInOrder = stretch === undefined || sign * target < sign * stretch;
  if (!thresholdInOrder || !stretchInOrder) {
    throw valueError("thresholdOrder", {
      arg: thresholdInOrder ? "stretch" : "threshold",
      direction,
      order: bandOrder(direction, threshold !== undefined, stretch !== undefined),
    });
  }
}

/** The order the bands must follow, written with the parameter names, e.g. "threshold > target > stretch". */
function bandOrder(direction: KpiDirection, hasThreshold: boolean, hasStretch: boolean): string {
  const less = direction === "higher" ? " < " : " > ";
  return [hasThreshold ? "threshold" : "", "target", hasStretch ? "stretch" : ""]
    .filter(Boolean)
    .join(less);
}

function directionSign(direction: KpiDirection): 1 | -1 {
  return direction === "higher" ? 1 : -1;
}

/** The score of `actual` under `rule`, in [0, rule.cap]. Throws OpsError for an invalid rule. */
export function kpiScore(actual: number, rule: KpiScoreRule): number {
  validateKpiRule(rule);
  const unclamped = orientedScore(actual, rule);
  return Math.min(rule.cap, Math.max(0, unclamped));
}

/**
 * Multiplying every value by the direction's sign turns "lower is better" into "higher is better"
 * (exactly: negation never rounds), so the bands are written once, for larger = better.
 */
function orientedScore(actual: number, rule: KpiScoreRule): number {
  const sign = directionSign(rule.direction);
  const a = sign * actual;
  const t = sign * rule.target;
  const { cap } = rule;
  if (a === t) return TARGET_SCORE;
  if (a < t) {
    if (rule.threshold === undefined) return ratioScore(a, t, cap);
    const h = sign * rule.threshold;
    if (a < h) return 0;
    return THRESHOLD_SCORE + ((TARGET_SCORE - THRESHOLD_SCORE) * (a - h)) / (t - h);
  }
  if (rule.stretch === undefined) return ratioScore(a, t, cap);
  const s = sign * rule.stretch;
  if (a >= s) return cap;
  return TARGET_SCORE + ((cap - TARGET_SCORE) * (a - t)) / (s - t);
}

/** The ratio rule on oriented values (larger = better), unclamped; see the module comment for T = 0. */
function ratioScore(a: number, t: number, cap: number): number {
  if (t === 0) return a > 0 ? cap : 0;
  return TARGET_SCORE * (1 + (a - t) / Math.abs(t));
}
