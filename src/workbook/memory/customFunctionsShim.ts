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

/** The only codes Excel shows a custom message with (CustomFunctions.ErrorCode reference). */
const CODES_WITH_MESSAGE: ReadonlySet<string> = new Set(["#VALUE!", "#N/A"]);

export class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    // Excel silently drops a message on #NUM!, #DIV/0!, #NULL!, #NAME? or #REF!; refusing it here
    // keeps the memory workbook and the tests from promising users a reason Excel never shows.
    if (message !== undefined && !CODES_WITH_MESSAGE.has(code))
      throw new TypeError(
        `Excel shows no custom message with ${code}; only #VALUE! and #N/A carry one.`
      );
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
