/**
 * The OPS custom functions as HyperFormula functions, so `=OPS.ROI(B2,B3)` typed into a memory workbook
 * cell computes what it computes in Excel. Each engine function converts HyperFormula's arguments into
 * what Excel hands a custom function (ranges as 2-D arrays with "" for blanks, null for omitted
 * arguments), calls the exported function of src/functions/functions.ts, and turns a returned
 * CustomFunctions.Error into the engine's error value with the same message.
 */
// First: functions.ts may call CustomFunctions.associate as it loads (see installCustomFunctionsRuntime.ts).
import "./installCustomFunctionsRuntime";
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type FunctionArgument,
  type ImplementedFunctions,
} from "hyperformula";
import {
  breakEvenRoas,
  coverStock,
  kpiScore,
  reorderPoint,
  rfmTier,
  roi,
  safetyStock,
} from "../../functions/functions";
import { ensureCustomFunctionsRuntime } from "./customFunctionsShim";

type RunFunction = FunctionPlugin["runFunction"];
type CallArguments = Parameters<RunFunction>[0];
type EvaluationState = Parameters<RunFunction>[1];
/** The part of a function call's syntax tree the plugin reads. */
interface FunctionCall {
  args: CallArguments;
}

/** "matrix": the custom function declares the parameter any[][] (Excel then always passes a 2-D array). */
type ParameterShape = "matrix" | "scalar";

/** Excel hands custom functions untyped values; functions.ts declares them `any` for that reason. */
type CustomFunction = (...args: any[]) => unknown;

interface OpsFunctionSpec {
  /** Engine method name: the plugin class has a method of this name. */
  method: string;
  implementation: CustomFunction;
  /** Shapes of the parameters in order; the first `required` are mandatory. */
  shapes: ParameterShape[];
  required: number;
}

const M: ParameterShape = "matrix";
const S: ParameterShape = "scalar";
const spec = (
  method: string,
  implementation: CustomFunction,
  shapes: ParameterShape[],
  required: number
) => ({
  method,
  implementation,
  shapes,
  required,
});

/** Signatures as declared in src/functions/functions.ts. */
const OPS_FUNCTIONS: Record<string, OpsFunctionSpec> = {
  "OPS.SAFETYSTOCK": spec("safetyStock", safetyStock, [M, M, S, S, S, S], 2),
  "OPS.REORDERPOINT": spec("reorderPoint", reorderPoint, [M, M, S, S, S, S], 2),
  "OPS.COVERSTOCK": spec("coverStock", coverStock, [M, S, S], 2),
  "OPS.RFMTIER": spec("rfmTier", rfmTier, [M, M, M, S, S, M, M, M], 3),
  "OPS.ROI": spec("roi", roi, [M, M, S, S], 2),
  "OPS.BREAKEVENROAS": spec("breakEvenRoas", breakEvenRoas, [S], 1),
  "OPS.KPISCORE": spec("kpiScore", kpiScore, [S, S, S, S, S, S], 2),
};

/** Excel's error codes → the engine's error types (the engine has no #NULL!; #VALUE! is the nearest). */
const ENGINE_ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
  "#NULL!": ErrorType.VALUE,
  "#NAME?": ErrorType.NAME,
  "#REF!": ErrorType.REF,
};

type ExcelArgument = number | string | boolean | null | ExcelArgument[][];

function implementedFunctions(): ImplementedFunctions {
  const functions: ImplementedFunctions = {};
  for (const [name, { method, shapes, required }] of Object.entries(OPS_FUNCTIONS)) {
    // ANY: the engine hands ranges and errors through untouched; conversion is ours, as Excel's would be.
    const parameters: FunctionArgument[] = shapes.map((_shape, index) => ({
      argumentType: FunctionArgumentType.ANY,
      optionalArg: index >= required,
    }));
    functions[name] = { method, parameters, vectorizationForbidden: true };
  }
  functions["OPS.RFMTIER"].sizeOfResultArrayMethod = "rfmTierSize";
  return functions;
}

function isCellError(value: unknown): value is CellError {
  return value instanceof CellError;
}

/** The engine's scalar (number, rich number such as a date or percent, text, boolean, empty) → Excel's. */
function excelScalar(value: unknown, blank: "" | null): number | string | boolean | null {
  if (value === EmptyValue || value === undefined || value === null) return blank;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (typeof value === "object" && "val" in value) return (value as { val: number }).val;
  return String(value);
}

/** The first error among the argument's cells: Excel functions pass an argument's error on. */
function firstError(value: unknown): CellError | undefined {
  if (isCellError(value)) return value;
  if (value instanceof SimpleRangeValue) return value.valuesFromTopLeftCorner().find(isCellError);
  return undefined;
}

function excelArgument(value: unknown, shape: ParameterShape): ExcelArgument {
  if (value === undefined) return null; // omitted optional argument
  if (value instanceof SimpleRangeValue) {
    const cells = value.data.map((row) => row.map((cell) => excelScalar(cell, "")));
    // A scalar parameter given one cell gets its value; a larger range is left for the function to refuse.
    return shape === "scalar" && cells.length === 1 && cells[0].length === 1 ? cells[0][0] : cells;
  }
  const scalar = excelScalar(value, null);
  return shape === "matrix" ? [[scalar === null ? "" : scalar]] : scalar;
}

function isCustomFunctionsError(value: unknown): value is { code: string; message?: string } {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { code?: unknown }).code === "string"
  );
}

function engineScalar(value: unknown): number | string | boolean | CellError | typeof EmptyValue {
  if (isCustomFunctionsError(value))
    return new CellError(ENGINE_ERROR_TYPES[value.code] ?? ErrorType.VALUE, value.message);
  if (typeof value === "number")
    return Number.isFinite(value) ? value : new CellError(ErrorType.NUM);
  if (typeof value === "string" || typeof value === "boolean") return value;
  return EmptyValue;
}

/** A custom function's result → the engine's value; a 2-D array becomes a spilled range. */
function engineResult(value: unknown) {
  if (Array.isArray(value))
    return SimpleRangeValue.onlyValues(value.map((row: unknown[]) => row.map(engineScalar)));
  return engineScalar(value);
}

export class OpsFunctionsPlugin extends FunctionPlugin {
  static implementedFunctions = implementedFunctions();

  safetyStock(call: FunctionCall, state: EvaluationState) {
    return this.callOps("OPS.SAFETYSTOCK", call, state);
  }
  reorderPoint(call: FunctionCall, state: EvaluationState) {
    return this.callOps("OPS.REORDERPOINT", call, state);
  }
  coverStock(call: FunctionCall, state: EvaluationState) {
    return this.callOps("OPS.COVERSTOCK", call, state);
  }
  rfmTier(call: FunctionCall, state: EvaluationState) {
    return this.callOps("OPS.RFMTIER", call, state);
  }
  roi(call: FunctionCall, state: EvaluationState) {
    return this.callOps("OPS.ROI", call, state);
  }
  breakEvenRoas(call: FunctionCall, state: EvaluationState) {
    return this.callOps("OPS.BREAKEVENROAS", call, state);
  }
  kpiScore(call: FunctionCall, state: EvaluationState) {
    return this.callOps("OPS.KPISCORE", call, state);
  }

  /** RFMTIER spills one tier per customer, in the shape of its first argument (a column or a row). */
  rfmTierSize(call: FunctionCall, state: EvaluationState): ArraySize {
    if (call.args.length < OPS_FUNCTIONS["OPS.RFMTIER"].required) return ArraySize.scalar();
    const size = this.arraySizeForAst(call.args[0], state);
    return new ArraySize(Math.max(1, size.width), Math.max(1, size.height));
  }

  private callOps(name: string, call: FunctionCall, state: EvaluationState) {
    const { shapes, implementation } = OPS_FUNCTIONS[name];
    return this.runFunction(call.args, state, this.metadata(name), (...values: unknown[]) => {
      for (const value of values) {
        const error = firstError(value);
        if (error) return error;
      }
      const args = shapes.map((shape, index) => excelArgument(values[index], shape));
      return engineResult(implementation(...args));
    });
  }
}

export const OPS_FUNCTION_NAMES = Object.keys(OPS_FUNCTIONS);

/**
 * Registers the plugin with HyperFormula once per HyperFormula module (instances created afterwards
 * know the functions). The names are the same in every engine language: plans use invariant syntax.
 */
export function registerOpsFunctions(): void {
  ensureCustomFunctionsRuntime();
  if (HyperFormula.getFunctionPlugin(OPS_FUNCTION_NAMES[0]) !== undefined) return;
  const names = Object.fromEntries(OPS_FUNCTION_NAMES.map((name) => [name, name]));
  const translations = Object.fromEntries(
    HyperFormula.getRegisteredLanguagesCodes().map((code) => [code, names])
  );
  HyperFormula.registerFunctionPlugin(OpsFunctionsPlugin, translations);
}
