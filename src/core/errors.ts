/**
 * Errors raised by core math. Each carries the Excel error it maps to and a message key,
 * so the custom-functions layer can show a localized message without core knowing Office.
 */
export type ExcelErrorKind = "VALUE" | "NUM" | "DIV0" | "NA";

/** Every message core can raise; texts live in src/i18n/errorMessages.ts in both languages. */
export type ErrorMessageKey =
  | "notANumber" // {arg}, {got}
  | "notAText" // {arg}
  | "blankRequired" // {arg}
  | "mustBePositive" // {arg}
  | "mustNotBeNegative" // {arg}
  | "openInterval" // {arg}, {min}, {max}: min < arg < max
  | "halfOpenInterval" // {arg}, {min}, {max}: min < arg <= max
  | "atLeast" // {arg}, {min}
  | "tooFewNumbers" // {arg}, {count}
  | "lengthMismatch" // {arg}, {other}
  | "notAColumn" // {arg}
  | "unknownOption" // {arg}, {got}, {options}
  | "divideByZero" // {arg}
  | "thresholdOrder" // {direction}, {order}
  | "cellNotANumber" // {arg}, {position}, {got}
  | "cellNegative" // {arg}, {position}
  | "needsPopulation" // {arg}
  | "emptyRange" // {arg}
  | "holdsDoNotMatchTotal" // {held}, {total}
  | "notMultipleOfUnit"; // {arg}, {position}, {got}, {unit}

export type ErrorParams = Record<string, string | number>;

export class OpsError extends Error {
  constructor(
    readonly kind: ExcelErrorKind,
    readonly key: ErrorMessageKey,
    readonly params: ErrorParams = {}
  ) {
    super(`${kind}: ${key} ${JSON.stringify(params)}`);
    this.name = "OpsError";
  }
}

export const valueError = (key: ErrorMessageKey, params?: ErrorParams) =>
  new OpsError("VALUE", key, params);
export const numError = (key: ErrorMessageKey, params?: ErrorParams) =>
  new OpsError("NUM", key, params);
export const div0Error = (key: ErrorMessageKey, params?: ErrorParams) =>
  new OpsError("DIV0", key, params);
export const naError = (key: ErrorMessageKey, params?: ErrorParams) =>
  new OpsError("NA", key, params);
