/**
 * What a target decomposition sheet is built from: the user's choices (panel form or CLI options) and,
 * optionally, history. buildTargetsPlan (targetsPlan.ts) turns these into a WorkbookPlan.
 */
import type { Grain, WeekStart } from "../../core/calendar";
import type { EventUplift, MonthlyObservation, SeasonalMethod } from "../../core/seasonality";
import type { Locale } from "../../i18n/locale";

/** What the annual target measures; it changes labels and number formats only. */
export type TargetMetric = "gmv" | "profit" | "newCustomers";

export const TARGET_METRICS: readonly TargetMetric[] = ["gmv", "profit", "newCustomers"];

/** Targets come at these grains; quarters are always shown as subtotals. */
export type TargetGrain = Extract<Grain, "month" | "week" | "day">;

export const TARGET_GRAINS: readonly TargetGrain[] = ["month", "week", "day"];

/** A tier as a share of the target (0.8 = 80%) or as an explicit amount. */
export type TierSetting = { ratio: number } | { amount: number };

/** Monthly history of one member (channel, store, category), calendar months. */
export interface MemberHistory {
  name: string;
  observations: MonthlyObservation[];
}

/** History read from a file or a table (see targetHistory.ts), summed to calendar months. */
export interface TargetHistory {
  /** One entry per member, in first-seen order; a single entry named "" when the data has no member column. */
  members: MemberHistory[];
  /** Monthly conversion rate (orders ÷ UV) over all members, 12 values January first; undefined where unknown. */
  conversion?: (number | undefined)[];
  /** Monthly average order value (GMV ÷ orders), 12 values January first; undefined where unknown. */
  aov?: (number | undefined)[];
  /**
   * What the read left out (rows with unreadable cells, title lines, a total row), worded in the read's
   * language: written in the sheet's notes so nothing disappears without a word.
   */
  sourceNotes?: string[];
}

export type MemberShareSource = "history" | "equal" | "entered";

export interface TargetsOptions {
  locale: Locale;
  /** The annual target of the target tier, > 0. */
  annualTarget: number;
  metric?: TargetMetric;
  /** The fiscal year planned: the calendar year in which it ends (core/calendar's convention). */
  fiscalYear: number;
  /** 1 = January (default). */
  fiscalStartMonth?: number;
  grain?: TargetGrain;
  weekStart?: WeekStart;
  /** Parts are multiples of this (1, 100, 1,000, 10,000 yuan); default 1. The annual target must be a multiple. */
  roundingUnit?: number;
  /** Default { ratio: 0.8 }. */
  base?: TierSetting;
  /** Default { ratio: 1.2 }. */
  challenge?: TierSetting;
  /**
   * Seasonality of the months. Default: "priorYear" with history, else "equal". "custom" takes 12 weights,
   * January first.
   */
  seasonality?: { method: SeasonalMethod; custom?: number[] };
  /**
   * Event uplifts as month multipliers. Absent: the defaults (see eventDefaults in targetsPlan.ts): with
   * seasonality from history, only the move of Chinese New Year between the history year and the plan year;
   * without, 618, Double 11 and the Chinese New Year dip.
   */
  events?: EventUplift[];
  /**
   * Members (channels, stores, categories). Absent: the history's members, or a single "Total" member.
   * `shares`: "history" (default with history), "equal", or "entered" with `entered` weights (normalised).
   */
  members?: { names: string[]; shares?: MemberShareSource; entered?: number[] };
  history?: TargetHistory;
  /** Driver inputs per calendar month (January first); absent values come from history, else blank inputs. */
  drivers?: { conversion?: (number | undefined)[]; aov?: (number | undefined)[] };
  /** Actuals to date per fiscal month (fiscal order): held, and the rest of the year re-spread. */
  actuals?: (number | null)[];
}
