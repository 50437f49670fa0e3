/**
 * KPISCORE as Excel calls it: reads the rule and the actual, and returns "" for a blank actual so a
 * scorecard can tell "not reported yet" from a score of 0. The rule is checked even then, so a
 * template with a bad rule shows its error before the actuals arrive.
 */
import {
  DEFAULT_CAP,
  kpiScore,
  parseKpiDirection,
  validateKpiRule,
  type KpiScoreRule,
} from "../core/kpiScore";
import { numberOrBlank, optionalNumber, optionalOption, requiredNumber } from "./excelArgs";

export function kpiScoreFromExcel(
  actual: unknown,
  target: unknown,
  direction: unknown,
  threshold: unknown,
  stretch: unknown,
  cap: unknown
): number | "" {
  const actualValue = numberOrBlank(actual, "actual");
  const rule: KpiScoreRule = {
    target: requiredNumber(target, "target"),
    direction: parseKpiDirection(optionalOption(direction, "direction", "higher")),
    threshold: numberOrBlank(threshold, "threshold") ?? undefined,
    stretch: numberOrBlank(stretch, "stretch") ?? undefined,
    cap: optionalNumber(cap, "cap", DEFAULT_CAP),
  };
  validateKpiRule(rule);
  return actualValue === null ? "" : kpiScore(actualValue, rule);
}
