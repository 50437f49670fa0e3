/**
 * From the user's options to the numbers a target sheet starts with: validated inputs, the fiscal months,
 * the seasonal index and event uplifts, member shares and driver defaults. Everything here becomes an
 * input cell; the sheet's formulas do the rest.
 */
import { serialFromYmd } from "../../core/calendar";
import {
  CHINESE_NEW_YEAR,
  EVENT_MONTHS,
  chineseNewYearMonth,
  seasonalIndex,
  type EventUplift,
  type MonthlyObservation,
  type SeasonalMethod,
} from "../../core/seasonality";
import { OpsError } from "../../core/errors";
import { ERROR_MESSAGES } from "../../core/errorMessages";
import { format, LOCALES, type Locale } from "../../i18n/locale";
import type { TargetGrain, TargetMetric, TargetsOptions, TierSetting } from "./targetsOptions";
import {
  TARGETS_ERROR_TEXTS,
  TARGETS_TEXTS,
  TargetsInputError,
  monthName,
  type TargetsErrorKey,
} from "./targetsTexts";

/** Default uplifts without history: 618 and Double 11 peaks, the Chinese New Year dip. */
export const DEFAULT_EVENT_FACTORS = { june: 1.3, november: 1.5, chineseNewYear: 0.8 } as const;

export interface FiscalMonth {
  year: number;
  /** Calendar month 1..12. */
  month: number;
  /** Fiscal quarter 1..4. */
  quarter: number;
  start: number;
  end: number;
}

export interface ResolvedTargets {
  annualTarget: number;
  metric: TargetMetric;
  fiscalYear: number;
  fiscalStartMonth: number;
  grain: TargetGrain;
  roundingUnit: number;
  base: TierSetting;
  challenge: TierSetting;
  months: FiscalMonth[];
  /** Seasonal index per fiscal month (1 = an average month). */
  seasonalIndex: number[];
  /** Event uplift factor per fiscal month. */
  uplifts: number[];
  /** Last year's value per fiscal month, undefined without history for it. */
  lastYear: (number | undefined)[];
  members: string[];
  /** Reference per member (history of the last 12 months), undefined without history. */
  memberReference: (number | undefined)[];
  /** Share inputs per member (not necessarily normalised). */
  memberShares: number[];
  conversion: (number | undefined)[];
  aov: (number | undefined)[];
  actuals: (number | null)[];
  notes: string[];
}

const MONTHS = 12;

/** A refusal by its key in the sheet's texts, worded in the language of `texts` (and either on demand). */
function fail(
  texts: (typeof TARGETS_TEXTS)[Locale],
  key: TargetsErrorKey,
  params: Record<string, string | number> = {}
): never {
  const locale = LOCALES.find((candidate) => TARGETS_TEXTS[candidate] === texts) ?? "en-US";
  throw new TargetsInputError(TARGETS_ERROR_TEXTS, key, params, locale);
}

function fiscalMonths(fiscalYear: number, startMonth: number): FiscalMonth[] {
  // A fiscal year ends in `fiscalYear`: starting in April, FY2026 runs April 2025 – March 2026.
  const firstYear = startMonth === 1 ? fiscalYear : fiscalYear - 1;
  return Array.from({ length: MONTHS }, (_, i) => {
    const month = ((startMonth - 1 + i) % MONTHS) + 1;
    const year = firstYear + Math.floor((startMonth - 1 + i) / MONTHS);
    const next = month === 12 ? serialFromYmd(year + 1, 1, 1) : serialFromYmd(year, month + 1, 1);
    return {
      year,
      month,
      quarter: Math.floor(i / 3) + 1,
      start: serialFromYmd(year, month, 1),
      end: next - 1,
    };
  });
}

function historyTotals(options: TargetsOptions): MonthlyObservation[] {
  const byMonth = new Map<string, MonthlyObservation>();
  for (const member of options.history?.members ?? [])
    for (const o of member.observations) {
      const key = `${o.year}-${o.period}`;
      const seen = byMonth.get(key);
      if (seen) seen.value += o.value;
      else byMonth.set(key, { ...o });
    }
  return [...byMonth.values()].sort((a, b) => a.year - b.year || a.period - b.period);
}

function validateTier(
  tier: TierSetting,
  annual: number,
  kind: "base" | "challenge",
  texts: (typeof TARGETS_TEXTS)["en-US"]
) {
  const ratio = "ratio" in tier ? tier.ratio : tier.amount / annual;
  const got = "ratio" in tier ? String(tier.ratio) : String(tier.amount);
  if (!Number.isFinite(ratio)) fail(texts, kind === "base" ? "errBase" : "errChallenge", { got });
  if (kind === "base" && !(ratio > 0 && ratio <= 1)) fail(texts, "errBase", { got });
  if (kind === "challenge" && !(ratio >= 1)) fail(texts, "errChallenge", { got });
}

/** Members compared as users see them: case, width and surrounding spaces do not make a new member. */
function memberKey(name: string): string {
  return name.normalize("NFKC").trim().toLowerCase();
}

/** Core's seasonality errors (a missing year, too few months) said in the user's words, as input errors. */
function seasonalIndexOrExplain(
  history: MonthlyObservation[],
  method: SeasonalMethod,
  custom: number[] | undefined,
  locale: Locale
): number[] {
  try {
    return seasonalIndex(history, method, custom);
  } catch (error) {
    if (!(error instanceof OpsError)) throw error;
    // core's message names the argument; here it is the seasonality, in each language.
    const worded = (wanted: Locale) =>
      format(ERROR_MESSAGES[error.key][wanted], {
        ...error.params,
        arg: TARGETS_TEXTS[wanted].seasonalityArgument,
      });
    const texts = {
      "en-US": { seasonality: worded("en-US") },
      "zh-CN": { seasonality: worded("zh-CN") },
    };
    throw new TargetsInputError(texts, "seasonality", {}, locale);
  }
}

export function resolveTargets(options: TargetsOptions): ResolvedTargets {
  const texts = TARGETS_TEXTS[options.locale];
  const notes: string[] = [];
  const annual = options.annualTarget;
  if (!(Number.isFinite(annual) && annual > 0)) fail(texts, "errAnnual", { got: String(annual) });
  const unit = options.roundingUnit ?? 1;
  if (!(Number.isFinite(unit) && unit > 0)) fail(texts, "errUnit", { got: String(unit) });
  const units = annual / unit;
  if (Math.abs(units - Math.round(units)) > 1e-9 * Math.max(1, units)) {
    fail(texts, "errNotMultiple", {
      got: annual,
      unit,
      below: Math.floor(units) * unit,
      above: Math.ceil(units) * unit,
    });
  }
  const startMonth = options.fiscalStartMonth ?? 1;
  if (!(Number.isInteger(startMonth) && startMonth >= 1 && startMonth <= 12))
    fail(texts, "errFiscalStart", { got: String(startMonth) });
  if (!(
    Number.isInteger(options.fiscalYear) &&
    options.fiscalYear >= 1901 &&
    options.fiscalYear <= 9998
  ))
    fail(texts, "errFiscalYear", { got: String(options.fiscalYear) });
  const base = options.base ?? { ratio: 0.8 };
  const challenge = options.challenge ?? { ratio: 1.2 };
  validateTier(base, annual, "base", texts);
  validateTier(challenge, annual, "challenge", texts);

  const months = fiscalMonths(options.fiscalYear, startMonth);
  const history = historyTotals(options);
  const hasHistory = history.length > 0;

  // Seasonality: core gives January-first shares; the sheet shows them as an index in fiscal order.
  const method: SeasonalMethod =
    options.seasonality?.method ?? (hasHistory ? "priorYear" : "equal");
  const custom = options.seasonality?.custom;
  if (
    method === "custom" &&
    !(custom?.length === MONTHS && custom.every((w) => Number.isFinite(w) && w >= 0))
  )
    fail(texts, "errCustom");
  const shares = seasonalIndexOrExplain(history, method, custom, options.locale);
  notes.push(format(texts.noteSeasonality, { method: texts.seasonality[method] }));
  notes.push(...(options.history?.sourceNotes ?? []));
  const index = months.map((m) => shares[m.month - 1] * MONTHS);

  const uplifts = eventUplifts(options, months, method, history, notes);

  const lastYear = months.map(({ year, month }) => {
    const seen = history.find((o) => o.year === year - 1 && o.period === month);
    return seen?.value;
  });

  const { members, reference, shares: memberShares } = resolveMembers(options, history, notes);

  const driver = (
    given: (number | undefined)[] | undefined,
    fromHistory: (number | undefined)[] | undefined
  ) => months.map((m) => given?.[m.month - 1] ?? fromHistory?.[m.month - 1]);

  const actuals = options.actuals ?? [];
  if (actuals.length > MONTHS) fail(texts, "errActuals", { got: actuals.length });
  const heldSum = actuals.reduce<number>((s, a) => s + (a ?? 0), 0);
  if (heldSum > annual) notes.push(texts.noteNegativeRemainder);
  if ((options.grain ?? "month") !== "month") notes.push(texts.noteDaysSpread);

  return {
    annualTarget: annual,
    metric: options.metric ?? "gmv",
    fiscalYear: options.fiscalYear,
    fiscalStartMonth: startMonth,
    grain: options.grain ?? "month",
    roundingUnit: unit,
    base,
    challenge,
    months,
    seasonalIndex: index,
    uplifts,
    lastYear,
    members,
    memberReference: reference,
    memberShares,
    conversion: driver(options.drivers?.conversion, options.history?.conversion),
    aov: driver(options.drivers?.aov, options.history?.aov),
    actuals: months.map((_, i) => actuals[i] ?? null),
    notes,
  };
}

/**
 * Uplifts per fiscal month. Given ones are used as they are. Otherwise: history already holds 618,
 * Double 11 and the Chinese New Year dip, so only a move of Chinese New Year between January and February
 * (history year → plan year) is corrected; without history the three events get the default factors.
 */
function eventUplifts(
  options: TargetsOptions,
  months: FiscalMonth[],
  method: SeasonalMethod,
  history: MonthlyObservation[],
  notes: string[]
): number[] {
  const texts = TARGETS_TEXTS[options.locale];
  const factors = new Array<number>(MONTHS).fill(1);
  const at = (year: number, month: number) =>
    months.findIndex((m) => m.year === year && m.month === month);
  const given: EventUplift[] | undefined = options.events;
  if (given) {
    for (const { month, factor } of given) {
      const i = months.findIndex((m) => m.month === month);
      if (i >= 0) factors[i] *= factor;
    }
    return factors;
  }
  const cnyYear = months.find((m) => m.month === 1)!.year;
  if (!(cnyYear in CHINESE_NEW_YEAR)) {
    notes.push(format(texts.noteCnyUnknown, { year: cnyYear }));
  }
  const fromHistory =
    method === "priorYear" || method === "averageShare" || method === "ratioToMovingAverage";
  if (!fromHistory) {
    factors[months.findIndex((m) => m.month === EVENT_MONTHS["618"])] *= DEFAULT_EVENT_FACTORS.june;
    factors[months.findIndex((m) => m.month === EVENT_MONTHS.double11)] *=
      DEFAULT_EVENT_FACTORS.november;
    let cnyMonthText = "—";
    if (cnyYear in CHINESE_NEW_YEAR) {
      const cnyMonth = chineseNewYearMonth(cnyYear);
      factors[at(cnyYear, cnyMonth)] *= DEFAULT_EVENT_FACTORS.chineseNewYear;
      cnyMonthText = monthName(cnyMonth, options.locale);
    }
    notes.push(
      format(texts.noteEventsDefault, {
        june: DEFAULT_EVENT_FACTORS.june,
        november: DEFAULT_EVENT_FACTORS.november,
        cny: DEFAULT_EVENT_FACTORS.chineseNewYear,
        cnyMonth: cnyMonthText,
      })
    );
    return factors;
  }
  // The history year the index mostly reflects: the last year with all twelve months.
  const years = [...new Set(history.map((o) => o.year))].filter(
    (y) => history.filter((o) => o.year === y).length === MONTHS
  );
  const historyYear = years[years.length - 1];
  if (
    historyYear === undefined ||
    !(historyYear in CHINESE_NEW_YEAR) ||
    !(cnyYear in CHINESE_NEW_YEAR)
  )
    return factors;
  const from = chineseNewYearMonth(historyYear);
  const to = chineseNewYearMonth(cnyYear);
  if (from !== to) {
    // Undo the dip where it was, put it where it will be.
    factors[at(cnyYear, from)] *= 1 / DEFAULT_EVENT_FACTORS.chineseNewYear;
    factors[at(cnyYear, to)] *= DEFAULT_EVENT_FACTORS.chineseNewYear;
    notes.push(
      format(texts.noteCnyMoved, {
        from: monthName(from, options.locale),
        to: monthName(to, options.locale),
      })
    );
  }
  return factors;
}

function resolveMembers(
  options: TargetsOptions,
  history: MonthlyObservation[],
  notes: string[]
): { members: string[]; reference: (number | undefined)[]; shares: number[] } {
  const texts = TARGETS_TEXTS[options.locale];
  const historyMembers = (options.history?.members ?? []).filter((m) => m.name !== "");
  const names =
    options.members?.names ??
    (historyMembers.length > 0 ? historyMembers.map((m) => m.name) : [texts.allMembers]);
  if (names.length === 0) fail(texts, "errNoMembers");
  const seen = new Map<string, string>();
  for (const name of names) {
    const key = memberKey(name);
    if (seen.has(key)) fail(texts, "errDuplicateMember", { name });
    seen.set(key, name);
  }

  // Reference: each member's last 12 months of history (the 12 months up to the last month seen).
  const last = history[history.length - 1];
  const lastIndex = last ? last.year * 12 + last.period : 0;
  const reference = names.map((name) => {
    const member = historyMembers.find((m) => memberKey(m.name) === memberKey(name));
    if (!member) return undefined;
    return member.observations
      .filter((o) => {
        const i = o.year * 12 + o.period;
        return i > lastIndex - 12 && i <= lastIndex;
      })
      .reduce((s, o) => s + o.value, 0);
  });

  const source =
    options.members?.shares ?? (reference.some((r) => r !== undefined) ? "history" : "equal");
  let shares: number[];
  if (source === "entered") {
    const entered = options.members?.entered ?? [];
    if (entered.length !== names.length)
      fail(texts, "errShares", { count: names.length, got: entered.length });
    shares = entered;
  } else if (source === "history") {
    shares = reference.map((r) => r ?? 0);
  } else {
    shares = names.map(() => 1);
  }
  shares.forEach((s, i) => {
    if (!Number.isFinite(s) || s < 0) fail(texts, "errNegativeShare", { name: names[i] });
  });
  if (shares.every((s) => s === 0)) {
    // All-zero reference: equal split, said out loud (planning tools' most common complaint).
    if (source !== "equal") notes.push(texts.noteZeroShares);
    shares = names.map(() => 1);
  }
  return { members: names, reference, shares };
}
