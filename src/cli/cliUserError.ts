/**
 * Errors the user can fix (a wrong option, a missing file, an existing --out): reported as one line on
 * stderr with exit code 2, never with a stack. The message is rendered in the user's language when
 * reported, because the code that throws does not know it (prepareOutput, option parsing).
 */
import { CLI_TEXTS, type CliTextKey } from "../i18n/cliTexts";
import { format, type Locale } from "../i18n/locale";

/** Anything that can say what went wrong in either language (CliUserError, TabularFileError). */
export interface LocalizedError {
  messageIn(locale: Locale): string;
}

export class CliUserError extends Error implements LocalizedError {
  constructor(
    private readonly render: (locale: Locale) => string,
    /** Usage mistakes also point to --help. */
    readonly isUsageError = false
  ) {
    super(render("en-US"));
    this.name = "CliUserError";
  }

  messageIn(locale: Locale): string {
    return this.render(locale);
  }
}

/** A user error whose message is one of the shared CLI texts. */
export function cliError(
  key: CliTextKey,
  params: Record<string, string | number> = {},
  isUsageError = false
): CliUserError {
  return new CliUserError((locale) => format(CLI_TEXTS[locale][key], params), isUsageError);
}

export { isLocalizedError } from "../core/localizedError";
