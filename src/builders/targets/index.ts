/**
 * The targets builder module (目标拆解): the optional sales history (historyInput.ts), the fields
 * (fieldSpecs.ts), and the path from a request to the plan (targetsPlan.ts). The CLI command
 * `ops-planner targets` and the panel's Targets page are derived from this description, so the same
 * inputs give the same plan in both, with one fiscal-year default.
 */
import type { WeekStart } from "../../core/calendar";
import { MIN_MONTHS_FOR_MOVING_AVERAGE, type SeasonalMethod } from "../../core/seasonality";
import { format, type Locale } from "../../i18n/locale";
import {
  registerBuilder,
  type BuildOutput,
  type BuildRequest,
  type BuilderModule,
} from "../builder";
import { FieldError } from "../fields";
import { TARGETS_FIELDS } from "./fieldSpecs";
import { HISTORY_INPUT } from "./historyInput";
import { readTargetHistory, type TargetHistoryResult } from "./targetHistory";
import { defaultFiscalYear, nearestMultiples, parseMembers } from "./targetsFields";
import type { TargetGrain, TargetMetric, TargetsOptions } from "./targetsOptions";
import { buildTargetsPlan, TARGETS_SHEET } from "./targetsPlan";
import { TARGETS_MODULE_TEXTS, type TargetsModuleTextKey } from "./texts";

const SEASONALITY: Record<string, SeasonalMethod> = {
  "prior-year": "priorYear",
  average: "averageShare",
  "moving-average": "ratioToMovingAverage",
  equal: "equal",
};
const METRIC: Record<string, TargetMetric> = {
  gmv: "gmv",
  profit: "profit",
  "new-customers": "newCustomers",
};

/** The builder's options, with what the summary says about the inputs. */
export interface TargetsRequestOptions {
  options: TargetsOptions;
  history?: TargetHistoryResult;
  /** The history's name as the host read it (a file as typed, a sheet), for the summary. */
  source?: string;
  /** What the history read found that did not stop it, in the request's language. */
  notes: string[];
}

/** A refusal naming a field (and `others`: parameter → field or input id), in this module's words. */
function refuse(
  field: string,
  key: TargetsModuleTextKey,
  params: Record<string, string | number> = {},
  others: Record<string, string> = {}
): FieldError {
  return new FieldError(field, key, params, { texts: TARGETS_MODULE_TEXTS, others });
}

/** Checks across fields and the history, in the order the old CLI checked them; reads the history. */
export function targetsOptions(request: BuildRequest): TargetsRequestOptions {
  const { locale, values, skipInvalid } = request;
  const table = request.tables.history;
  const by = values.by as string | undefined;
  const membersText = values.members as string | undefined;
  if (!table && by !== undefined) throw refuse("by", "needsHistory", {}, { history: "history" });
  if (by !== undefined && membersText !== undefined)
    throw refuse("by", "byAndMembers", {}, { members: "members" });
  const annualTarget = values.annual as number;
  const roundingUnit = values.round as number;
  const nearest = nearestMultiples(annualTarget, roundingUnit);
  if (nearest)
    throw refuse(
      "annual",
      "notMultiple",
      {
        annual: formatAmount(annualTarget),
        unit: formatAmount(roundingUnit),
        below: formatAmount(nearest.below),
        above: formatAmount(nearest.above),
      },
      { roundField: "round" }
    );
  const seasonalityText = values.seasonality as string | undefined;
  if (seasonalityText !== undefined && seasonalityText !== "equal" && !table)
    throw refuse(
      "seasonality",
      "seasonalityNeedsHistory",
      { value: seasonalityText },
      { history: "history" }
    );

  const history = table
    ? readTargetHistory(table.data, {
        memberColumn: by,
        locale,
        skipInvalid,
        columns: table.columns,
      })
    : undefined;
  const seasonality = SEASONALITY[seasonalityText ?? (history ? "prior-year" : "equal")];
  if (history) requireEnoughHistory(history, seasonality);
  const fiscalStartMonth = values.fiscalStart as number;
  const fiscalYear =
    (values.year as number | undefined) ??
    defaultFiscalYear(request.today ?? new Date(), fiscalStartMonth, history?.last);
  return {
    options: {
      locale,
      annualTarget,
      metric: METRIC[values.metric as string],
      fiscalYear,
      fiscalStartMonth,
      grain: values.grain as TargetGrain,
      weekStart: values.weekStart as WeekStart,
      roundingUnit,
      base: { ratio: values.base as number },
      challenge: { ratio: values.challenge as number },
      seasonality: { method: seasonality },
      members:
        membersText === undefined
          ? undefined
          : { names: parseMembers(membersText), shares: "equal" },
      history: history?.history,
    },
    history,
    source: table?.data.source,
    notes: history?.issues.map((issue) => issue.message) ?? [],
  };
}

/**
 * Seasonality from history needs enough of it: prior-year and average one whole calendar year,
 * moving-average 24 months. Said in terms of the history (core's own check speaks of arguments).
 */
function requireEnoughHistory(history: TargetHistoryResult, method: SeasonalMethod): void {
  const { first, last } = history;
  const key = ({ year, month }: { year: number; month: number }) => year * 12 + month - 1;
  const months = key(last) - key(first) + 1;
  // The first calendar year starting on or after the history's first month must end inside it.
  const firstWholeYear = first.month === 1 ? first.year : first.year + 1;
  const hasWholeYear = key({ year: firstWholeYear, month: 12 }) <= key(last);
  const enough =
    method === "ratioToMovingAverage"
      ? months >= MIN_MONTHS_FOR_MOVING_AVERAGE
      : method === "priorYear" || method === "averageShare"
        ? hasWholeYear
        : true;
  if (enough) return;
  const name = Object.entries(SEASONALITY).find(([, m]) => m === method)?.[0] ?? method;
  throw refuse(
    "seasonality",
    method === "ratioToMovingAverage"
      ? "historyTooShortForMovingAverage"
      : "historyWithoutWholeYear",
    {
      first: yearMonthText(first),
      last: yearMonthText(last),
      months,
      method: name,
      min: MIN_MONTHS_FOR_MOVING_AVERAGE,
    },
    { history: "history" }
  );
}

function build({ options, history, source, notes }: TargetsRequestOptions): BuildOutput {
  const { plan, notes: planNotes } = buildTargetsPlan(options);
  const memberNames =
    options.members?.names ?? history?.history.members.map(({ name }) => name) ?? [];
  return {
    plan,
    sheetKey: TARGETS_SHEET,
    notes: [...notes, ...planNotes],
    summary: summary(options, history, source, plan.sheets[0].name, memberNames),
  };
}

/** What the CLI prints after writing: the choices the plan was built with, defaults included. */
function summary(
  options: TargetsOptions,
  history: TargetHistoryResult | undefined,
  source: string | undefined,
  sheetName: string,
  memberNames: string[]
): [string, string][] {
  const texts = TARGETS_MODULE_TEXTS[options.locale];
  const start = options.fiscalStartMonth ?? 1;
  const year = options.fiscalYear;
  const firstMonth = `${start === 1 ? year : year - 1}-${pad2(start)}`;
  const lastMonth = `${year}-${pad2(start === 1 ? 12 : start - 1)}`;
  const grain = options.grain ?? "month";
  const grainText = format(
    grain === "week" ? texts.grainWeek : grain === "day" ? texts.grainDay : texts.grainMonth,
    { weekStart: options.weekStart === "sunday" ? texts.sunday : texts.monday }
  );
  const named = memberNames.filter((name) => name !== "");
  const ratio = (tier: TargetsOptions["base"]) =>
    formatPercent(tier && "ratio" in tier ? tier.ratio : 0);
  const facts: [string, string][] = [
    [texts.sheet, sheetName],
    [texts.annual, formatAmount(options.annualTarget)],
    [
      texts.tiers,
      format(texts.tiersValue, { base: ratio(options.base), challenge: ratio(options.challenge) }),
    ],
    [texts.fiscalYear, format(texts.fiscalYearValue, { year, first: firstMonth, last: lastMonth })],
    [texts.grain, grainText],
    [texts.rounding, formatAmount(options.roundingUnit ?? 1)],
  ];
  if (history) {
    const { columns } = history;
    const used = [columns.period, columns.amount, columns.member, columns.uv, columns.orders];
    facts.push([
      texts.history,
      format(texts.historyValue, {
        file: source ?? "",
        first: yearMonthText(history.first),
        last: yearMonthText(history.last),
        columns: used.filter((name) => name !== undefined).join(", "),
      }),
    ]);
  }
  facts.push([
    texts.members,
    named.length === 0 ? texts.noMembers : `${named.length}: ${named.join(", ")}`,
  ]);
  return facts;
}

/** 1,234,000: grouped the same way in both languages (Chinese finance writes thousands separators too). */
export function formatAmount(value: number): string {
  return new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 }).format(value);
}

function formatPercent(ratio: number): string {
  return `${new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 }).format(ratio * 100)}%`;
}

const pad2 = (n: number) => String(n).padStart(2, "0");
const yearMonthText = ({ year, month }: { year: number; month: number }) =>
  `${year}-${pad2(month)}`;

function builderTexts(locale: Locale) {
  const { name, description, build } = TARGETS_MODULE_TEXTS[locale];
  return { name, description, build };
}

const MODULE: BuilderModule<TargetsRequestOptions> = {
  id: "targets",
  texts: { "en-US": builderTexts("en-US"), "zh-CN": builderTexts("zh-CN") },
  inputs: [HISTORY_INPUT],
  fields: TARGETS_FIELDS,
  toOptions: targetsOptions,
  build,
};

export const targetsBuilder = registerBuilder(MODULE);
