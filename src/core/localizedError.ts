/**
 * The one base of the errors a user can fix: a text key and its parameters, worded only when shown, in
 * the language of whoever shows it (the CLI's --lang, the panel's language). The CLI reports any of
 * them as one line with exit code 2; the panel shows them in its error bar.
 */
import { format, type Locale } from "../i18n/locale";

/** A folder's texts: zh-CN typed after en-US's keys, so a missing translation fails to compile. */
export type FolderTexts<Key extends string> = Record<Locale, Record<Key, string>>;

export type ErrorParams = Record<string, string | number>;

/**
 * `Params` are plain words and numbers by default. A subclass whose parameters travel as ids, lists or
 * texts in both languages (a field id, the unreadable cells, a template's name) words them per language
 * in `paramsIn`, which may read only `params` (it runs while the base is constructed).
 */
export class LocalizedError<
  Key extends string = string,
  Params extends object = ErrorParams,
> extends Error {
  constructor(
    readonly texts: FolderTexts<Key>,
    readonly key: Key,
    readonly params: Params = {} as Params
  ) {
    super();
    this.name = new.target.name;
    this.message = this.messageIn("en-US");
  }

  messageIn(locale: Locale): string {
    return format(this.texts[locale][this.key], this.paramsIn(locale));
  }

  /** The parameters as `locale` words them; plain ones (the default `Params`) already are. */
  protected paramsIn(locale: Locale): ErrorParams {
    void locale; // the same in every language
    return this.params as ErrorParams;
  }
}

/**
 * Anything that can say what went wrong in either language: a LocalizedError, and the older errors
 * that word themselves (CliUserError …). Hosts show these to the user, not as bugs.
 */
export function isLocalizedError(
  error: unknown
): error is Error & { messageIn(locale: Locale): string } {
  return (
    error instanceof Error && typeof (error as { messageIn?: unknown }).messageIn === "function"
  );
}
