/** Assertions on the two error paths: core throws OpsError; custom functions return CustomFunctions.Error. */
import { OpsError } from "../../src/core/errors";

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
