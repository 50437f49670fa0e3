/**
 * The scorecard template editor's state and rules: a draft of a template's weights and bands as the
 * user types them, the live weight sum, and the edited copy of the template that gets built.
 *
 * Values stay text until read, so a half-typed number is never rewritten. Weights are typed in percent
 * points (20 = 20%); rate and percent KPIs, which templates hold as fractions, are typed in % as well.
 * Text ↔ fraction goes through decimal exponents ("0.15e-2"), not × 100 and ÷ 100, so an untouched
 * draft reads back as exactly the template's numbers.
 */
import { LocalizedError, type ErrorParams } from "../../core/localizedError";
import { format, type Locale } from "../../i18n/locale";
import { parseAmountText } from "../../core/parseNumberText";
import { ScorecardError, percentText } from "../../builders/scorecard/scorecardError";
import type { LocalizedText, ScorecardTemplate, TemplateKpi } from "../../builders/scorecard/types";
import { validateTemplate } from "../../builders/scorecard/validateTemplate";
import { TEMPLATE_EDITOR_TEXTS } from "./templateEditorTexts";

export const EDITABLE_FIELDS = ["weight", "threshold", "target", "stretch"] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export type DraftRow = Record<EditableField, string>;

export interface TemplateDraft {
  /** The template as chosen (a built-in role's or a loaded one); never changed. */
  base: ScorecardTemplate;
  /** What is typed, one row per KPI of `base`, in its order. */
  rows: readonly DraftRow[];
}

type TemplateEditorErrorKey = "weightsShort" | "weightsOver" | "weightsNotNumbers" | "notANumber";

/**
 * A value in the editor the user must change: a LocalizedError (worded in either language when shown)
 * whose `message` is in the language the editor was asked in. A KPI's name and a field's label travel
 * in both languages.
 */
export class TemplateEditorError extends LocalizedError<
  TemplateEditorErrorKey,
  Record<string, string | number | LocalizedText>
> {
  constructor(
    key: TemplateEditorErrorKey,
    params: Record<string, string | number | LocalizedText>,
    locale: Locale
  ) {
    super(TEMPLATE_EDITOR_TEXTS, key, params);
    this.name = "TemplateEditorError";
    this.message = this.messageIn(locale);
  }

  protected override paramsIn(locale: Locale): ErrorParams {
    const rendered: ErrorParams = {};
    for (const [name, value] of Object.entries(this.params))
      rendered[name] = typeof value === "object" ? value[locale] : value;
    return rendered;
  }
}

/** Weight sums within this many percent points of 100 are 100 (validateTemplate's 1e-9 of a whole). */
const WEIGHT_SUM_TOLERANCE = 1e-7;

/** Whether the KPI's bands are written in % in the editor (the template holds them as fractions). */
export function isPercentKpi(kpi: TemplateKpi): boolean {
  return kpi.unit === "rate" || kpi.unit === "percent";
}

export function templateDraft(template: ScorecardTemplate): TemplateDraft {
  return {
    base: template,
    rows: template.kpis.map((kpi) => ({
      weight: shiftedText(kpi.weight, 2),
      threshold: bandText(kpi, kpi.threshold),
      target: bandText(kpi, kpi.target),
      stretch: bandText(kpi, kpi.stretch),
    })),
  };
}

/** The draft with one typed value changed (a new object; the old draft is left as it was). */
export function editDraft(
  draft: TemplateDraft,
  kpiIndex: number,
  field: EditableField,
  text: string
): TemplateDraft {
  return {
    base: draft.base,
    rows: draft.rows.map((row, i) => (i === kpiIndex ? { ...row, [field]: text } : row)),
  };
}

/** Back to the template's own values. */
export function resetDraft(draft: TemplateDraft): TemplateDraft {
  return templateDraft(draft.base);
}

export interface WeightSum {
  /** Percent points; NaN while a weight is not a number. */
  sum: number;
  /** Whether the sum is 100%. */
  ok: boolean;
  /** "Weights sum to 95% — 5% short", in the user's language. */
  message: string;
}

export function weightSum(draft: TemplateDraft, locale: Locale): WeightSum {
  const { sum, ok, key, params } = weightCheck(draft);
  return { sum, ok, message: format(TEMPLATE_EDITOR_TEXTS[locale][key], params) };
}

/** The sum and what to say about it, as a text key and its parameters. */
function weightCheck(draft: TemplateDraft): {
  sum: number;
  ok: boolean;
  key: "weightsOk" | "weightsShort" | "weightsOver" | "weightsNotNumbers";
  params: ErrorParams;
} {
  const sum = draft.rows.reduce((total, row) => total + fromShiftedText(row.weight, 0), 0);
  if (!Number.isFinite(sum)) return { sum: NaN, ok: false, key: "weightsNotNumbers", params: {} };
  const difference = sum - 100;
  const sumText = percentText(sum / 100);
  if (Math.abs(difference) <= WEIGHT_SUM_TOLERANCE)
    return { sum, ok: true, key: "weightsOk", params: { sum: sumText } };
  return {
    sum,
    ok: false,
    key: difference < 0 ? "weightsShort" : "weightsOver",
    params: { sum: sumText, difference: percentText(Math.abs(difference) / 100) },
  };
}

/**
 * The edited copy of the template, validated: a typed value that is not a number and a weight sum off
 * 100% are TemplateEditorError; bands out of order, a zero weight or a rate outside 0–100% are
 * validateTemplate's ScorecardError. The base template is not touched.
 */
export function editedTemplate(draft: TemplateDraft, locale: Locale): ScorecardTemplate {
  const kpis = draft.base.kpis.map((kpi, i) => readRow(kpi, draft.rows[i], locale));
  const weights = weightCheck(draft);
  if (weights.key !== "weightsOk")
    throw new TemplateEditorError(weights.key, weights.params, locale);
  return validateTemplate({ ...draft.base, kpis });
}

/** What refuses the build, in the user's language; undefined when the draft can be built. */
export function draftProblem(draft: TemplateDraft, locale: Locale): string | undefined {
  try {
    editedTemplate(draft, locale);
    return undefined;
  } catch (error) {
    if (error instanceof TemplateEditorError || error instanceof ScorecardError)
      return error.messageIn(locale);
    throw error;
  }
}

function readRow(kpi: TemplateKpi, row: DraftRow, locale: Locale): TemplateKpi {
  const read = (field: EditableField, shift: number): number | undefined => {
    const typed = row[field].trim();
    // A blank base or challenge target means the KPI has none; a blank target is left to
    // validateTemplate, whose message names it as missing, and a blank weight to weightSum.
    if (typed === "") return field === "threshold" || field === "stretch" ? undefined : NaN;
    const value = fromShiftedText(typed, shift);
    if (Number.isNaN(value)) {
      const label = {
        "en-US": TEMPLATE_EDITOR_TEXTS["en-US"][field],
        "zh-CN": TEMPLATE_EDITOR_TEXTS["zh-CN"][field],
      };
      throw new TemplateEditorError(
        "notANumber",
        { kpi: kpi.name, field: label, got: typed },
        locale
      );
    }
    return value;
  };
  const bandShift = isPercentKpi(kpi) ? 2 : 0;
  const copy: TemplateKpi = {
    ...kpi,
    weight: read("weight", 2)!,
    target: read("target", bandShift)!,
  };
  // Absent bands are left out rather than set to undefined, as in the templates themselves.
  for (const band of ["threshold", "stretch"] as const) {
    const value = read(band, bandShift);
    if (value === undefined) delete copy[band];
    else copy[band] = value;
  }
  return copy;
}

function bandText(kpi: TemplateKpi, value: number | undefined): string {
  return value === undefined ? "" : shiftedText(value, isPercentKpi(kpi) ? 2 : 0);
}

/** value × 10^shift as plain text, without float noise: 0.0015 with shift 2 → "0.15". */
function shiftedText(value: number, shift: number): string {
  const plain = String(Number(value.toPrecision(12)));
  // Tiny or huge values print with an exponent already; scaling them by multiplication is fine there.
  if (plain.includes("e")) return String(Number((value * 10 ** shift).toPrecision(12)));
  return String(Number(`${plain}e${shift}`));
}

/**
 * What the user typed as a number, with a trailing % allowed (it is what they see beside the field):
 * "58,500", full-width digits and "90%" read; anything else is NaN.
 */
function typedNumber(typed: string): string | undefined {
  const plain = typed.normalize("NFKC").replace(/[,\s]/g, "").replace(/%$/, "");
  return Number.isNaN(parseFormNumber(plain)) ? undefined : plain;
}

/** The typed number ÷ 10^shift, rounded once: "0.15" with shift 2 → 0.0015 (the literal's double). */
function fromShiftedText(typed: string, shift: number): number {
  const plain = typedNumber(typed);
  return plain === undefined ? NaN : Number(`${plain}e-${shift}`);
}

/** A number as the form reads it: core/parseNumberText's rules (58,500,000, 5850万, ５８５ …); NaN when refused. */
export function parseFormNumber(typed: string): number {
  return parseAmountText(typed) ?? NaN;
}
