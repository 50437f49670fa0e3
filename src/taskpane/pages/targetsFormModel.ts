/**
 * The Targets form's values and how they become the builder's options: parsing what was typed, and
 * handing the mapped source columns to readTargetHistory under names it recognises, so the user's column
 * choices win over header detection.
 */
import { format, type Locale } from "../../i18n/locale";
import type { WeekStart } from "../../core/calendar";
import { parseAmountText } from "../../core/parseNumberText";
import {
  defaultFiscalYear,
  nearestMultiples,
  parseFiscalYear,
  parseTargetAmount,
  parseTier,
} from "../../builders/targets/targetsFields";
import type { SeasonalMethod } from "../../core/seasonality";
import { readTargetHistory, type TargetHistoryIssue } from "../../builders/targets/targetHistory";
import type { TargetGrain, TargetsOptions } from "../../builders/targets/targetsOptions";
import { TargetsInputError } from "../../builders/targets/targetsTexts";
import type { TableData } from "../../workbook/port";
import type { ColumnMappingValue } from "../components/ColumnMapping";
import { TARGETS_FORM_TEXTS } from "./targetsFormTexts";

export const ROUNDING_UNITS = [1, 10, 100, 1_000, 10_000] as const;
export const FORM_SEASONAL_METHODS = [
  "priorYear",
  "averageShare",
  "ratioToMovingAverage",
  "equal",
] as const satisfies readonly SeasonalMethod[];
export type FormSeasonalMethod = (typeof FORM_SEASONAL_METHODS)[number];

/** What the user typed or chose; numbers stay text until Build so a half-typed value is never rewritten. */
export interface TargetsFormValues {
  annualTarget: string;
  fiscalYear: string;
  fiscalStartMonth: number;
  grain: TargetGrain;
  weekStart: WeekStart;
  roundingUnit: number;
  /** Percent of the target: "80" = 80%. */
  basePercent: string;
  challengePercent: string;
  seasonality: FormSeasonalMethod;
  /** 0-based column of the source to split by, or null for one total. */
  memberColumn: number | null;
}

/** The source's meanings the Targets page maps; orders and visitors feed the driver tree when present. */
export const TARGET_MEANINGS = ["date", "sales", "orders", "visitors"] as const;

/** Headers readTargetHistory detects as the period, amount, orders and UV columns. */
const HISTORY_HEADERS: Record<(typeof TARGET_MEANINGS)[number], string> = {
  date: "date",
  sales: "sales",
  orders: "orders",
  visitors: "uv",
};

export function defaultTargetsForm(today: Date): TargetsFormValues {
  return {
    annualTarget: "",
    fiscalYear: String(defaultFiscalYear(today, 1)),
    fiscalStartMonth: 1,
    grain: "month",
    weekStart: "monday",
    roundingUnit: 1,
    basePercent: "80",
    challengePercent: "120",
    seasonality: "priorYear",
    memberColumn: null,
  };
}

/** A number as the form reads it: core/parseNumberText's rules (58,500,000, 5850万, ５８５ …); NaN when refused. */
export function parseFormNumber(typed: string): number {
  return parseAmountText(typed) ?? NaN;
}

/**
 * The mapped columns only, renamed to what readTargetHistory detects, with the member column under its
 * own header. Other columns are left out: a second amount-like column ("GMV" beside "Sales") would
 * otherwise compete with the user's choice.
 */
export function historyTable(
  data: TableData,
  mapping: ColumnMappingValue,
  memberColumn: number | null
): { table: TableData; memberHeader?: string } {
  const picked: { index: number; header: string }[] = [];
  for (const meaning of TARGET_MEANINGS) {
    const index = mapping[meaning];
    if (index !== null && index !== undefined)
      picked.push({ index, header: HISTORY_HEADERS[meaning] });
  }
  let memberHeader: string | undefined;
  if (memberColumn !== null) {
    // A unique header, in case the member column's own name is one of the names above.
    const own = data.header[memberColumn] || `#${memberColumn + 1}`;
    memberHeader = picked.some((column) => column.header === own.toLowerCase())
      ? `member ${own}`
      : own;
    picked.push({ index: memberColumn, header: memberHeader });
  }
  return {
    table: {
      source: data.source,
      header: picked.map((column) => column.header),
      rows: data.rows.map((row) => picked.map((column) => row[column.index] ?? null)),
      rowNumbers: data.rowNumbers,
      notes: data.notes,
    },
    memberHeader,
  };
}

export interface TargetsRequest {
  options: TargetsOptions;
  /** Things the history read found that did not stop it, in the user's language. */
  issues: TargetHistoryIssue[];
}

/**
 * The builder's options from the form and the source. Throws TargetsInputError (form values) or
 * TargetHistoryError (the source) with a message that says what to fix.
 */
export function targetsRequest(
  values: TargetsFormValues,
  source: { data: TableData; mapping: ColumnMappingValue } | undefined,
  locale: Locale,
  choices: { skipInvalid: boolean } = { skipInvalid: false }
): TargetsRequest {
  const texts = TARGETS_FORM_TEXTS[locale];
  const annualTarget = parseTargetAmount(values.annualTarget);
  if (annualTarget === undefined) fail(texts.annualTargetInvalid, { value: values.annualTarget });
  const nearest = nearestMultiples(annualTarget, values.roundingUnit);
  if (nearest)
    fail(texts.notMultiple, {
      value: values.annualTarget,
      unit: formatNumber(values.roundingUnit),
      below: formatNumber(nearest.below),
      above: formatNumber(nearest.above),
    });
  const fiscalYear = parseFiscalYear(values.fiscalYear);
  if (fiscalYear === undefined) fail(texts.fiscalYearInvalid, { value: values.fiscalYear });
  const base = parseTier("base", values.basePercent);
  const challenge = parseTier("challenge", values.challengePercent);
  if (base === undefined)
    fail(texts.ratioInvalid, { label: texts.baseRatio, value: values.basePercent });
  if (challenge === undefined)
    fail(texts.ratioInvalid, { label: texts.challengeRatio, value: values.challengePercent });

  const options: TargetsOptions = {
    locale,
    annualTarget,
    fiscalYear,
    fiscalStartMonth: values.fiscalStartMonth,
    grain: values.grain,
    weekStart: values.weekStart,
    roundingUnit: values.roundingUnit,
    base: { ratio: base },
    challenge: { ratio: challenge },
  };
  if (!source) return { options: { ...options, seasonality: { method: "equal" } }, issues: [] };

  const { mapping, data } = source;
  if (mapping.date === null || mapping.date === undefined) fail(texts.dateNotMapped);
  if (mapping.sales === null || mapping.sales === undefined) fail(texts.salesNotMapped);
  const { table, memberHeader } = historyTable(data, mapping, values.memberColumn);
  const read = readTargetHistory(table, {
    memberColumn: memberHeader,
    locale,
    skipInvalid: choices.skipInvalid,
  });
  return {
    options: { ...options, history: read.history, seasonality: { method: values.seasonality } },
    issues: read.issues,
  };
}

function formatNumber(value: number): string {
  return new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 }).format(value);
}

function fail(template: string, params: Record<string, string | number> = {}): never {
  throw new TargetsInputError(format(template, params));
}
