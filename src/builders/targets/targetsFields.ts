/**
 * The targets fields that both hosts take as typed text (the CLI's --annual, --base, --challenge,
 * --year; the panel's fields), read by one rule each so the same text gives the same plan anywhere.
 * Texts follow core/parseNumberText; each function returns undefined for a text it cannot accept, and
 * the host words the refusal.
 */
import { parseAmountText, parseRatioText } from "../../core/parseNumberText";
import { FieldError } from "../fields";
import { TARGETS_MODULE_TEXTS } from "./texts";

export const DEFAULT_BASE = 0.8;
export const DEFAULT_CHALLENGE = 1.2;
/** A challenge tier above 5× the target is a percentage: "120" means 120%. */
export const MAX_CHALLENGE = 5;

export type TierName = "base" | "challenge";

/** The largest ratio each tier allows; a bare number above it is read as a percentage. */
const TIER_RANGE: Record<TierName, { min: number; max: number; minInclusive: boolean }> = {
  base: { min: 0, max: 1, minInclusive: false },
  challenge: { min: 1, max: MAX_CHALLENGE, minInclusive: true },
};

/** An annual target or a rounding unit: 58,500,000, 5850万, 0.585亿, 5.85e7 … finite and > 0. */
export function parseTargetAmount(text: string): number | undefined {
  const value = parseAmountText(text);
  return value !== undefined && value > 0 ? value : undefined;
}

/** A tier as a ratio of the target: 80%, 0.8 or 80 for the base (0 < base ≤ 100%); 120%, 1.2 or 120 for the challenge (100%–500%). */
export function parseTier(tier: TierName, text: string): number | undefined {
  const { min, max, minInclusive } = TIER_RANGE[tier];
  const value = parseRatioText(text, { maxRatio: max });
  if (value === undefined || value > max) return undefined;
  return (minInclusive ? value >= min : value > min) ? value : undefined;
}

/** A fiscal year, named by the year it ends in; its months must lie inside Excel's 1900–9999. */
export function parseFiscalYear(text: string): number | undefined {
  const plain = text.normalize("NFKC").trim();
  const year = /^\d{4}$/.test(plain) ? Number(plain) : NaN;
  return year >= 1901 && year <= 9998 ? year : undefined;
}

/**
 * The target must be a multiple of the rounding unit (the rounded parts could not add up to it
 * otherwise): undefined when it is, else the nearest multiples to suggest.
 */
export function nearestMultiples(
  annual: number,
  unit: number
): { below: number; above: number } | undefined {
  const units = annual / unit;
  // Relative tolerance: 0.3 / 0.1 is 2.9999999999999996 in binary.
  if (Math.abs(units - Math.round(units)) <= 1e-9 * Math.max(1, Math.abs(units))) return undefined;
  return { below: Math.floor(units) * unit, above: Math.ceil(units) * unit };
}

/** The fiscal year (named by the year it ends in) holding a calendar month. */
export function fiscalYearOf(year: number, month: number, fiscalStartMonth: number): number {
  return fiscalStartMonth === 1 || month < fiscalStartMonth ? year : year + 1;
}

/**
 * The fiscal year to plan when none is typed, the same in the CLI and the panel: the one after the
 * history's last month's, or without history the one after today's (planning is for next year).
 */
export function defaultFiscalYear(
  today: Date,
  fiscalStartMonth: number,
  historyLast?: { year: number; month: number }
): number {
  const [year, month] = historyLast
    ? [historyLast.year, historyLast.month]
    : [today.getFullYear(), today.getMonth() + 1];
  return fiscalYearOf(year, month, fiscalStartMonth) + 1;
}

/** "Tmall, JD、Douyin" → the names, trimmed; blanks and repeats (case, width and spaces ignored) refused. */
export function parseMembers(text: string, field = "members"): string[] {
  const names = text.split(/[,，、]/).map((name) => name.trim());
  if (names.some((name) => name === ""))
    throw new FieldError(field, "badMembers", { value: text }, { texts: TARGETS_MODULE_TEXTS });
  const seen = new Set<string>();
  for (const name of names) {
    const key = name.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
    if (seen.has(key))
      throw new FieldError(field, "duplicateMember", { name }, { texts: TARGETS_MODULE_TEXTS });
    seen.add(key);
  }
  return names;
}

const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** 1–12, "4月", or an English month name's first three letters or more ("apr", "sept", "april"). */
export function parseMonthNumber(text: string): number | undefined {
  const plain = text.normalize("NFKC").trim().toLowerCase().replace(/月$/, "");
  if (/^\d{1,2}$/.test(plain)) {
    const month = Number(plain);
    return month >= 1 && month <= 12 ? month : undefined;
  }
  if (!/^[a-z]{3,}$/.test(plain)) return undefined;
  const index = MONTH_NAMES.findIndex((name) => name.startsWith(plain));
  return index >= 0 ? index + 1 : undefined;
}
