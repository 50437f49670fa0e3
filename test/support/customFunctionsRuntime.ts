/**
 * Excel's custom-functions runtime defines a global `CustomFunctions` with an `Error` class and an
 * `ErrorCode` enum. Node has no such runtime, so tests install a class of the same shape
 * (code + message, as in @types/custom-functions-runtime) before the functions module loads.
 */
class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message);
  }
}

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode,
  associate: () => undefined,
};
