/**
 * A template is usable when its weights sum to 100% (within 1e-9), every weight is positive, every KPI
 * has a target, the bands are in order for the direction and rates lie within 0–100%. Band order is
 * strict, as KPISCORE's (src/core/kpiScore.ts): equal bands would make the score jump, and the sheet's
 * score must equal KPISCORE's, which refuses them.
 */
import type { Locale } from "../../i18n/locale";
import { ScorecardError, percentText } from "./scorecardError";
import { DIRECTION_NAMES, SCORECARD_ERRORS, SCORECARD_TEXTS } from "./scorecardTexts";
import type { LocalizedText, ScorecardTemplate, TemplateKpi } from "./types";

export const WEIGHT_TOLERANCE = 1e-9;

export function validateTemplate(template: ScorecardTemplate): ScorecardTemplate {
  const name = template.name;
  if (template.kpis.length === 0) throw new ScorecardError("noKpis", { template: name });
  const seen = new Set<string>();
  for (const kpi of template.kpis) {
    const kpiName = kpi.name;
    // Ids and names in both languages all identify a KPI (prefilled actuals use any of them).
    const keys = new Set([kpi.id, kpi.name["en-US"], kpi.name["zh-CN"]].map(normalKey));
    if ([...keys].some((key) => seen.has(key)))
      throw new ScorecardError("duplicateKpi", { template: name, kpi: kpiName });
    keys.forEach((key) => seen.add(key));
    if (!Number.isFinite(kpi.target))
      throw new ScorecardError("missingTarget", { template: name, kpi: kpiName });
    if (!(kpi.weight > 0))
      throw new ScorecardError("weightNotPositive", { template: name, kpi: kpiName });
    checkBandOrder(template, kpi);
    if (kpi.unit === "rate") checkRateBounds(template, kpi);
  }
  checkWeights(template);
  return template;
}

/** KPIs are matched by id or by either name, ignoring case and surrounding spaces. */
export function normalKey(text: string): string {
  return text.trim().toLowerCase();
}

function checkWeights(template: ScorecardTemplate): void {
  const sum = template.kpis.reduce((total, kpi) => total + kpi.weight, 0);
  const difference = sum - 1;
  if (Math.abs(difference) <= WEIGHT_TOLERANCE) return;
  throw new ScorecardError("weightsNotHundred", {
    template: template.name,
    sum: percentText(sum),
    difference: percentText(Math.abs(difference)),
    direction: localized(
      (locale) => SCORECARD_ERRORS[locale][difference > 0 ? "weightsOver" : "weightsUnder"]
    ),
  });
}

function checkBandOrder(template: ScorecardTemplate, kpi: TemplateKpi): void {
  const sign = kpi.direction === "higher" ? 1 : -1;
  const bands = [kpi.threshold, kpi.target, kpi.stretch];
  const present = bands.filter((value): value is number => value !== undefined);
  const inOrder = present.every((value, i) => i === 0 || sign * present[i - 1] < sign * value);
  if (inOrder) return;
  const columns = (["threshold", "target", "stretch"] as const).filter(
    (_, i) => bands[i] !== undefined
  );
  const relation = kpi.direction === "higher" ? " < " : " > ";
  throw new ScorecardError("bandOrder", {
    template: template.name,
    kpi: kpi.name,
    direction: DIRECTION_NAMES_BOTH[kpi.direction],
    order: localized((locale) =>
      columns.map((column) => SCORECARD_TEXTS[locale][column]).join(relation)
    ),
    values: localized((locale) =>
      columns
        .map((column) => `${SCORECARD_TEXTS[locale][column]} ${bandText(kpi, kpi[column]!)}`)
        .join(", ")
    ),
  });
}

const DIRECTION_NAMES_BOTH: Record<"higher" | "lower", LocalizedText> = {
  higher: localized((locale) => DIRECTION_NAMES[locale].higher),
  lower: localized((locale) => DIRECTION_NAMES[locale].lower),
};

function checkRateBounds(template: ScorecardTemplate, kpi: TemplateKpi): void {
  for (const column of ["threshold", "target", "stretch"] as const) {
    const value = kpi[column];
    if (value === undefined || (value >= 0 && value <= 1)) continue;
    throw new ScorecardError("rateOutOfRange", {
      template: template.name,
      kpi: kpi.name,
      column: localized((locale) => SCORECARD_TEXTS[locale][column]),
      got: percentText(value),
    });
  }
}

function bandText(kpi: TemplateKpi, value: number): string {
  return kpi.unit === "rate" || kpi.unit === "percent" ? percentText(value) : String(value);
}

export function localized(text: (locale: Locale) => string): LocalizedText {
  return { "en-US": text("en-US"), "zh-CN": text("zh-CN") };
}
