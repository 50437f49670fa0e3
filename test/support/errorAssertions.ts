/** Assertions on the two error paths: core throws OpsError; custom functions return CustomFunctions.Error. */
import { OpsError } from "../../src/core/errors";
import { explainArguments } from "../../src/functions/explainCall";
import type { FunctionId } from "../../src/i18n/functionTexts";
import type { Locale } from "../../src/i18n/locale";

/** The OpsError `action` throws; fails the test if it returns, and rethrows any other error. */
export function caughtOpsError(action: () => unknown): OpsError {
  try {
    action();
  } catch (error) {
    if (error instanceof OpsError) return error;
    throw error;
  }
  throw new Error("expected an OpsError, but nothing was thrown");
}

export function expectOpsError(
  action: () => unknown,
  kind: OpsError["kind"],
  key: OpsError["key"],
  params: object = {}
): void {
  const error = caughtOpsError(action);
  expect({ kind: error.kind, key: error.key }).toEqual({ kind, key });
  expect(error.params).toMatchObject(params);
}

/** Calls a custom function as Excel does (it must return, never throw) and unwraps the error value. */
export function excelError(call: () => unknown): CustomFunctions.Error {
  let result: unknown;
  expect(() => {
    result = call();
  }).not.toThrow();
  expect(result).toBeInstanceOf(CustomFunctions.Error);
  return result as CustomFunctions.Error;
}

/**
 * What the user learns from a custom-function error: Excel shows the code, and the message only with
 * #VALUE! and #N/A (CustomFunctions.ErrorCode reference); for #NUM! and #DIV/0! the reason comes from
 * the panel's explanation, which re-runs the function on the same arguments. Asserts both agree.
 */
export function shownError(
  functionId: FunctionId,
  call: (...args: any[]) => unknown,
  args: unknown[],
  locale: Locale = "en-US"
): { code: string; message: string; reason: string } {
  const error = excelError(() => call(...args));
  const explanation = explainArguments(functionId, args, locale);
  expect(explanation).toMatchObject({ kind: "error", code: error.code });
  const reason = explanation.kind === "error" ? explanation.reason : "";
  if (error.code === "#VALUE!" || error.code === "#N/A") expect(error.message).toBe(reason);
  else expect(error.message ?? "").toBe("");
  return { code: error.code, message: error.message ?? "", reason };
}
