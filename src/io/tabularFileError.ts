/**
 * Why a user's file could not be read as a table. These are the user's problems to fix (wrong sheet,
 * wrong encoding, a password, a file past a limit), never bugs: callers show `messageIn(locale)` and carry on.
 */
import { FILE_ERROR_TEXTS, type TabularFileErrorCode } from "./texts";
import { format, type Locale } from "../i18n/locale";

/** The codes are the texts' keys (io/texts.ts), so a code without a message cannot exist. */
export type { TabularFileErrorCode } from "./texts";

/**
 * Placeholder values for the message: always {file}; {sheet}, {sheets}, {encoding}, {line}, {reason},
 * {limit}, {size}, {cells}, {entry}, {rows}, {columns} as the code needs.
 */
export type TabularFileErrorParams = { file: string } & Record<string, string | number>;

export class TabularFileError extends Error {
  constructor(
    readonly code: TabularFileErrorCode,
    readonly params: TabularFileErrorParams
  ) {
    super(format(FILE_ERROR_TEXTS["en-US"][code], params));
    this.name = "TabularFileError";
  }

  messageIn(locale: Locale): string {
    return format(FILE_ERROR_TEXTS[locale][this.code], this.params);
  }
}
