/**
 * What the user can fix in a scorecard's inputs (a template whose weights miss 100%, bands out of
 * order, a duplicate employee, an unknown role). The message is rendered in the reader's language when
 * shown: the CLI reports it as one line with exit code 2 (it is a LocalizedError), the panel shows it.
 */
import { format, type Locale } from "../../i18n/locale";
import { SCORECARD_ERRORS, type ScorecardErrorKey } from "./scorecardTexts";
import type { LocalizedText } from "./types";

/** A parameter that reads differently per language (a template's name, a direction word). */
export type ErrorParam = string | number | LocalizedText;

/** Has messageIn(locale), so the CLI frame reports it as a user error (cliUserError.ts, LocalizedError). */
export class ScorecardError extends Error {
  constructor(
    readonly key: ScorecardErrorKey,
    readonly params: Record<string, ErrorParam> = {}
  ) {
    super("");
    this.name = "ScorecardError";
    this.message = this.messageIn("en-US");
  }

  messageIn(locale: Locale): string {
    const rendered: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(this.params))
      rendered[name] = typeof value === "object" ? value[locale] : value;
    return format(SCORECARD_ERRORS[locale][this.key], rendered);
  }
}

/** 0.95 → "95%", 0.123456 → "12.3456%": enough digits to show a small difference, no float noise. */
export function percentText(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(12))}%`;
}
