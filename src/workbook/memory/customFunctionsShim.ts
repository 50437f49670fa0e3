/**
 * src/functions/functions.ts reports errors through the global `CustomFunctions` (its `Error` class and
 * `ErrorCode` enum), which only Excel's custom-functions runtime defines. The memory workbook evaluates
 * the same functions in Node, the CLI and plain browser pages, so it installs a stand-in of the same
 * shape (as @types/custom-functions-runtime describes it) when, and only when, the real one is absent.
 */

/** The error values a custom function may return, as Excel spells them. */
export const CUSTOM_FUNCTION_ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message);
    this.name = "CustomFunctions.Error";
  }
}

/** Defines globalThis.CustomFunctions unless a runtime (Excel's, or a test's) already did. */
export function ensureCustomFunctionsRuntime(): void {
  const scope = globalThis as { CustomFunctions?: unknown };
  if (scope.CustomFunctions !== undefined) return;
  scope.CustomFunctions = {
    Error: CustomFunctionsError,
    ErrorCode: CUSTOM_FUNCTION_ERROR_CODES,
    associate: () => undefined,
  };
}
