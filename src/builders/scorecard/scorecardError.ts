/**
 * What the user can fix in a scorecard's inputs (a template whose weights miss 100%, bands out of
 * order, a duplicate employee, an unknown role): a LocalizedError, worded in the reader's language when
 * shown; the CLI reports it as one line with exit code 2, the panel shows it.
 */
import { LocalizedError, type ErrorParams } from "../../core/localizedError";
import type { Locale } from "../../i18n/locale";
import { SCORECARD_ERRORS, type ScorecardErrorKey } from "./scorecardTexts";
import type { LocalizedText } from "./types";

/** A parameter that reads differently per language (a template's name, a direction word). */
export type ErrorParam = string | number | LocalizedText;

export class ScorecardError extends LocalizedError<ScorecardErrorKey, Record<string, ErrorParam>> {
  constructor(key: ScorecardErrorKey, params: Record<string, ErrorParam> = {}) {
    super(SCORECARD_ERRORS, key, params);
    this.name = "ScorecardError";
  }

  /** A parameter in both languages is shown in the reader's. */
  protected override paramsIn(locale: Locale): ErrorParams {
    const rendered: ErrorParams = {};
    for (const [name, value] of Object.entries(this.params))
      rendered[name] = typeof value === "object" ? value[locale] : value;
    return rendered;
  }
}

/** 0.95 → "95%", 0.123456 → "12.3456%": enough digits to show a small difference, no float noise. */
export function percentText(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(12))}%`;
}
