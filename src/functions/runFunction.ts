/**
 * Runs a custom function body and turns an OpsError into the CustomFunctions.Error Excel shows
 * (#VALUE!, #NUM!, #DIV/0!, #N/A). Excel shows a custom message only with #VALUE! and #N/A
 * (CustomFunctions.ErrorCode reference), so only those get the localized message that names the
 * argument; the panel's Functions page explains the others (explainCall.ts).
 * Anything else is a bug and is rethrown so it surfaces instead of hiding behind an error value.
 */
import { OpsError, type ExcelErrorKind } from "../core/errors";
import { ERROR_MESSAGES } from "../core/errorMessages";
import { format, localeFromLanguageTag, type Locale } from "../i18n/locale";
import { localizedParameterName, type FunctionId } from "../i18n/functionTexts";

/** Looked up when an error is made, not at load: the runtime's global may arrive after this module. */
const ERROR_CODE_NAMES: Record<ExcelErrorKind, keyof typeof CustomFunctions.ErrorCode> = {
  VALUE: "invalidValue",
  NUM: "invalidNumber",
  DIV0: "divisionByZero",
  NA: "notAvailable",
};

let localeOverride: Locale | undefined;

/** Tests and the playground choose the message language; in Excel it follows the display language. */
export function setFunctionMessageLocale(locale: Locale | undefined): void {
  localeOverride = locale;
}

function messageLocale(): Locale {
  if (localeOverride) return localeOverride;
  const office = (globalThis as { Office?: typeof Office }).Office;
  return localeFromLanguageTag(office?.context?.displayLanguage);
}

/** The codes Excel shows a custom message with; on the others it would be dropped. */
const KINDS_WITH_MESSAGE: ReadonlySet<ExcelErrorKind> = new Set(["VALUE", "NA"]);

/** The Excel error value an OpsError kind stands for, as Excel spells it ("#NUM!"). */
export const ERROR_VALUE_TEXT: Record<ExcelErrorKind, string> = {
  VALUE: "#VALUE!",
  NUM: "#NUM!",
  DIV0: "#DIV/0!",
  NA: "#N/A",
};

/** The reason in `locale`, parameter ids replaced by the function's localized parameter names. */
export function errorMessage(error: OpsError, functionId: FunctionId, locale: Locale): string {
  const params: Record<string, string | number> = { ...error.params };
  // "arg" and "other" are parameter ids; "order" spells several, e.g. "threshold < target < stretch".
  for (const key of ["arg", "other", "order"]) {
    const value = params[key];
    if (typeof value === "string") {
      params[key] = value.replace(/[a-z_]+/g, (id) =>
        localizedParameterName(functionId, id, locale)
      );
    }
  }
  return format(ERROR_MESSAGES[error.key][locale], params);
}

export function toExcelError(error: OpsError, functionId: FunctionId): CustomFunctions.Error {
  const code = CustomFunctions.ErrorCode[ERROR_CODE_NAMES[error.kind]];
  if (!KINDS_WITH_MESSAGE.has(error.kind)) return new CustomFunctions.Error(code);
  return new CustomFunctions.Error(code, errorMessage(error, functionId, messageLocale()));
}

export function runFunction<T>(functionId: FunctionId, body: () => T): T | CustomFunctions.Error {
  try {
    return body();
  } catch (error) {
    if (error instanceof OpsError) return toExcelError(error, functionId);
    throw error;
  }
}
