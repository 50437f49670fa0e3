/**
 * What a scorecard is made of: role templates (built-in data files or the user's CSV/JSON), grade
 * bands and a roster. Plain data, validated by validateTemplate / gradeBands.
 */
import type { KpiDirection } from "../../core/kpiScore";
import type { Locale } from "../../i18n/locale";

/** A user-visible text in both languages. */
export type LocalizedText = Record<Locale, string>;

/**
 * How a KPI's values are written and checked:
 * - rate: a share between 0 and 100% (response rate, dispute rate); inputs validated 0–100%;
 * - percent: a percentage that may leave 0–100% (completion 115%, growth −5%); any number;
 * - yuan: money; number: counts, ratios such as ROI, scores out of 5.
 */
export type KpiUnit = "rate" | "percent" | "yuan" | "number";

export interface TemplateKpi {
  /** Stable id within the template (matches prefilled actuals besides the names). */
  id: string;
  dimension: LocalizedText;
  name: LocalizedText;
  definition: LocalizedText;
  direction: KpiDirection;
  /** Fraction of the total: 0.3 is 30%. The template's weights sum to 1. */
  weight: number;
  /** 基础目标: scores 60. Absent: below target follows the ratio rule. */
  threshold?: number;
  /** 目标: scores 100. */
  target: number;
  /** 挑战目标: scores the cap. Absent: above target follows the ratio rule. */
  stretch?: number;
  unit: KpiUnit;
}

export interface ScorecardTemplate {
  /** Role id (built-in: the file name, e.g. "customer_service"); "custom" for a user's file. */
  id: string;
  name: LocalizedText;
  kpis: TemplateKpi[];
}

/** One grade band: a weighted total at or above `min` earns `label` (unless a higher band applies). */
export interface GradeBand {
  label: string;
  min: number;
}

/** A roster row. `role` is a built-in role id, or anything when every employee shares one template. */
export interface Employee {
  name: string;
  role: string;
  department: string;
  manager: string;
}

/**
 * The forced-distribution check (e.g. 20/70/10): each group of grades should hold about `share` of
 * the complete scorecards. It only warns; grades are never changed.
 */
export interface ForcedDistribution {
  groups: { grades: string[]; share: number }[];
}
