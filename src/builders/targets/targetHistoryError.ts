/**
 * What reading a targets history can say: the refusals the user must fix (TargetHistoryError) and the
 * issues that did not stop the read, each worded only when shown, in either language.
 */
import { LocalizedError, type ErrorParams } from "../../core/localizedError";
import { format, type Locale } from "../../i18n/locale";
import type { CellValue } from "../../plan/types";
import {
  formatList,
  formatRows,
  TARGET_HISTORY_TEXTS,
  type TargetHistoryErrorCode,
  type TargetHistoryIssueCode,
} from "./targetHistoryTexts";

export interface YearMonth {
  year: number;
  month: number;
}

/** A value placed in a message: plain, or a list rendered the way the language writes lists. */
export type MessageParam =
  | string
  | number
  | { rows: number[] }
  | { list: (string | number)[] }
  /** Offending cell values, quoted; a blank cell is named as such. */
  | { examples: CellValue[] }
  | { partialMonths: { month: string; days: number; total: number }[] }
  | { duplicates: { names: string[]; rows: number[] }[] };

export type MessageParams = Record<string, MessageParam>;

export interface TargetHistoryIssue {
  code: TargetHistoryIssueCode;
  params: MessageParams;
  /** In the locale the read was asked in. */
  message: string;
  messageIn(locale: Locale): string;
}

/** History the user must fix before a plan can be built from it; `messageIn` says what and where. */
export class TargetHistoryError extends LocalizedError<TargetHistoryErrorCode, MessageParams> {
  constructor(code: TargetHistoryErrorCode, params: MessageParams) {
    super(TARGET_HISTORY_TEXTS, code, params);
    this.name = "TargetHistoryError";
  }

  /** The refusal's key, by the name the history's issues use too. */
  get code(): TargetHistoryErrorCode {
    return this.key;
  }

  /** Unreadable cells may be left out at the user's choice (skipInvalid); other refusals stand. */
  get skippable(): boolean {
    return this.code === "notNumbers" || this.code === "unreadableDates";
  }

  protected override paramsIn(locale: Locale): ErrorParams {
    return renderParams(this.params, locale);
  }
}

export function localisedIssue(
  issue: { code: TargetHistoryIssueCode; params: MessageParams },
  locale: Locale
): TargetHistoryIssue {
  const messageIn = (wanted: Locale) => renderMessage(issue.code, issue.params, wanted);
  return { ...issue, message: messageIn(locale), messageIn };
}

export function renderMessage(
  code: TargetHistoryErrorCode | TargetHistoryIssueCode,
  params: MessageParams,
  locale: Locale
): string {
  return format(TARGET_HISTORY_TEXTS[locale][code], renderParams(params, locale));
}

/** Lists, rows and cell values worded the way `locale` writes them. */
function renderParams(params: MessageParams, locale: Locale): ErrorParams {
  const texts = TARGET_HISTORY_TEXTS[locale];
  const rendered: ErrorParams = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === "string" || typeof value === "number") rendered[name] = value;
    else if ("rows" in value) rendered[name] = formatRows(value.rows, locale);
    else if ("list" in value) rendered[name] = formatList(value.list, locale);
    else if ("examples" in value)
      rendered[name] = formatList(
        value.examples.map((cell) =>
          cell === null || cell === "" ? texts.blankCell : JSON.stringify(cell)
        ),
        locale
      );
    else if ("partialMonths" in value)
      rendered[name] = formatList(
        value.partialMonths.map((entry) => format(texts.partialMonth, entry)),
        locale
      );
    else
      rendered[name] = value.duplicates
        .map(({ names, rows }) =>
          format(texts.duplicateGroup, { names: names.join(" / "), rows: formatList(rows, locale) })
        )
        .join(texts.duplicateSeparator);
  }
  return rendered;
}
