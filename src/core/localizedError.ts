/**
 * The one base of the errors a user can fix: a text key and its parameters, worded only when shown, in
 * the language of whoever shows it (the CLI's --lang, the panel's language). The CLI reports any of
 * them as one line with exit code 2; the panel shows them in its error bar.
 */
import { format, type Locale } from "../i18n/locale";

/** A folder's texts: zh-CN typed after en-US's keys, so a missing translation fails to compile. */
export type FolderTexts<Key extends string> = Record<Locale, Record<Key, string>>;

export type ErrorParams = Record<string, string | number>;

export class LocalizedError<Key extends string = string> extends Error {
  constructor(
    readonly texts: FolderTexts<Key>,
    readonly key: Key,
    readonly params: ErrorParams = {}
  ) {
    super(format(texts["en-US"][key], params));
    this.name = new.target.name;
  }

  messageIn(locale: Locale): string {
    return format(this.texts[locale][this.key], this.params);
  }
}

/**
 * Anything that can say what went wrong in either language: a LocalizedError, and the older errors
 * that word themselves (TargetHistoryError, CliUserError …). Hosts show these to the user, not as bugs.
 */
export function isLocalizedError(
  error: unknown
): error is Error & { messageIn(locale: Locale): string } {
  return (
    error instanceof Error && typeof (error as { messageIn?: unknown }).messageIn === "function"
  );
}
