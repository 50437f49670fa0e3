/**
 * OpsError → CustomFunctions.Error. Microsoft's CustomFunctions.ErrorCode reference: a custom message
 * is shown only with #VALUE! and #N/A; #NUM!, #DIV/0!, #NULL!, #NAME? and #REF! take none.
 */
import { div0Error, naError, numError, valueError } from "../../src/core/errors";
import { runFunction, setFunctionMessageLocale } from "../../src/functions/runFunction";
import { CustomFunctionsError } from "../../src/workbook/memory/customFunctionsShim";

afterEach(() => setFunctionMessageLocale(undefined));

test("#VALUE! carries an English message naming the argument by default", () => {
  const result = runFunction("ROI", () => {
    throw valueError("mustNotBeNegative", { arg: "cost" });
  });
  expect(result).toBeInstanceOf(CustomFunctions.Error);
  expect(result).toMatchObject({ code: "#VALUE!", message: "cost must not be negative." });
});

test("#NUM! and #DIV/0! reach Excel without a message, as Excel would drop it", () => {
  const num = runFunction("SAFETYSTOCK", () => {
    throw numError("openInterval", { arg: "service_level", min: 0, max: 1 });
  }) as CustomFunctions.Error;
  expect(num.code).toBe("#NUM!");
  expect(num.message).toBe("");
  const div0 = runFunction("ROI", () => {
    throw div0Error("divideByZero", { arg: "cost" });
  }) as CustomFunctions.Error;
  expect(div0.code).toBe("#DIV/0!");
  expect(div0.message).toBe("");
});

test("in zh-CN the #N/A message and the parameter name are Chinese", () => {
  setFunctionMessageLocale("zh-CN");
  const result = runFunction("SAFETYSTOCK", () => {
    throw naError("emptyRange", { arg: "demand" });
  });
  expect(result).toMatchObject({ code: "#N/A" });
  expect((result as CustomFunctions.Error).message).toContain("需求");
});

test("Office's display language picks the message language when no override is set", () => {
  const globals = globalThis as { Office?: unknown };
  globals.Office = { context: { displayLanguage: "zh-TW" } };
  try {
    const result = runFunction("KPISCORE", () => {
      throw valueError("atLeast", { arg: "cap", min: 100 });
    });
    expect(result).toMatchObject({ code: "#VALUE!", message: "上限 不能小于 100。" });
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
      throw valueError("thresholdOrder", {
        arg: "stretch",
        direction: "lower",
        order: "threshold > target > stretch",
      });
    });
  expect(raise()).toMatchObject({
    code: "#VALUE!",
    message: 'With direction "lower" the values must satisfy threshold > target > stretch.',
  });
  setFunctionMessageLocale("zh-CN");
  expect(raise()).toMatchObject({
    message: "方向为“lower”时，取值须满足 基础目标 > 目标 > 挑战目标。",
  });
});

test.each(["#NUM!", "#DIV/0!", "#NULL!", "#NAME?", "#REF!"])(
  "the shim refuses a message on %s, which Excel would not show",
  (code) => {
    expect(() => new CustomFunctionsError(code, "why")).toThrow(TypeError);
    expect(new CustomFunctionsError(code).code).toBe(code);
  }
);

test.each(["#VALUE!", "#N/A"])("the shim keeps a message on %s", (code) => {
  expect(new CustomFunctionsError(code, "why").message).toBe("why");
});
