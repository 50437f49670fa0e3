/** OpsError → CustomFunctions.Error with a message in the user's language that names the argument. */
import { numError, div0Error } from "../../src/core/errors";
import { runFunction, setFunctionMessageLocale } from "../../src/functions/runFunction";

afterEach(() => setFunctionMessageLocale(undefined));

test("an OpsError becomes the matching Excel error with an English message by default", () => {
  const result = runFunction("SAFETYSTOCK", () => {
    throw numError("openInterval", { arg: "service_level", min: 0, max: 1 });
  });
  expect(result).toBeInstanceOf(CustomFunctions.Error);
  expect(result).toMatchObject({
    code: "#NUM!",
    message: "service_level must be greater than 0 and less than 1.",
  });
});

test("in zh-CN the message and the parameter name are Chinese", () => {
  setFunctionMessageLocale("zh-CN");
  const result = runFunction("ROI", () => {
    throw div0Error("divideByZero", { arg: "cost" });
  });
  expect(result).toMatchObject({ code: "#DIV/0!", message: "投入 为 0，结果将除以零。" });
});

test("Office's display language picks the message language when no override is set", () => {
  const globals = globalThis as { Office?: unknown };
  globals.Office = { context: { displayLanguage: "zh-TW" } };
  try {
    const result = runFunction("KPISCORE", () => {
      throw numError("atLeast", { arg: "cap", min: 100 });
    });
    expect(result).toMatchObject({ code: "#NUM!", message: "上限 不能小于 100。" });
  } finally {
    delete globals.Office;
  }
});

test("results pass through and bugs are not hidden behind an error value", () => {
  expect(runFunction("ROI", () => 1.94)).toBe(1.94);
  expect(() =>
    runFunction("ROI", () => {
      throw new TypeError("bug");
    })
  ).toThrow(TypeError);
});

test("a band-order message spells the parameters in the user's language", () => {
  const raise = () =>
    runFunction("KPISCORE", () => {
      throw numError("thresholdOrder", {
        arg: "stretch",
        direction: "lower",
        order: "threshold > target > stretch",
      });
    });
  expect(raise()).toMatchObject({
    code: "#NUM!",
    message: 'With direction "lower" the values must satisfy threshold > target > stretch.',
  });
  setFunctionMessageLocale("zh-CN");
  expect(raise()).toMatchObject({
    message: "方向为“lower”时，取值须满足 基础目标 > 目标 > 挑战目标。",
  });
});
