/**
 * Why an OPS cell shows an error. Excel shows a custom message only with #VALUE! and #N/A, so a
 * #NUM! or #DIV/0! from OPS reaches the user bare; the panel's Functions page re-runs the function on
 * the cell's arguments (read by the workbook port) and shows the reason here, in the user's language.
 */
import { OpsError } from "../core/errors";
import { localizedParameterName, type FunctionId } from "../i18n/functionTexts";
import type { Locale } from "../i18n/locale";
import type { ExcelMatrix } from "./excelArgs";
import { parseOpsCall, type ReferenceRequest } from "./formulaCall";
import { kpiScoreFromExcel } from "./kpiScoreFunction";
import { rfmTierFromExcel } from "./rfmFunction";
import { breakEvenRoasFromExcel, roiFromExcel } from "./roiFunctions";
import { ERROR_VALUE_TEXT, errorMessage } from "./runFunction";
import {
  coverStockFromExcel,
  reorderPointFromExcel,
  safetyStockFromExcel,
} from "./safetyStockFunctions";

interface Runner {
  /** Parameter ids in order, as functions.ts declares them. */
  params: readonly string[];
  run: (args: unknown[]) => unknown;
}

const STOCK_PARAMS = [
  "demand",
  "lead_time",
  "service_level",
  "lead_time_sd",
  "demand_sd",
  "method",
];

const RUNNERS: Record<FunctionId, Runner> = {
  SAFETYSTOCK: {
    params: STOCK_PARAMS,
    run: (a) => safetyStockFromExcel(a[0], a[1], a[2], a[3], a[4], a[5]),
  },
  REORDERPOINT: {
    params: STOCK_PARAMS,
    run: (a) => reorderPointFromExcel(a[0], a[1], a[2], a[3], a[4], a[5]),
  },
  COVERSTOCK: {
    params: ["daily_sales", "days", "buffer"],
    run: (a) => coverStockFromExcel(a[0], a[1], a[2]),
  },
  RFMTIER: {
    params: [
      "recency",
      "frequency",
      "monetary",
      "model",
      "labels",
      "ref_recency",
      "ref_frequency",
      "ref_monetary",
    ],
    run: (a) => rfmTierFromExcel(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]),
  },
  ROI: {
    params: ["return_amount", "cost", "mode", "margin"],
    run: (a) => roiFromExcel(a[0], a[1], a[2], a[3]),
  },
  BREAKEVENROAS: { params: ["margin"], run: (a) => breakEvenRoasFromExcel(a[0]) },
  KPISCORE: {
    params: ["actual", "target", "direction", "threshold", "stretch", "cap"],
    run: (a) => kpiScoreFromExcel(a[0], a[1], a[2], a[3], a[4], a[5]),
  },
};

export type Explanation =
  /** The cell's formula is not exactly one OPS call (or the cell holds no formula). */
  | { kind: "notOpsCall" }
  /** An argument is an expression (a nested call, arithmetic) the panel does not evaluate. */
  | { kind: "expression"; functionId: FunctionId; parameter: string; text: string }
  /** An argument refers to something the workbook does not have. */
  | { kind: "missingReference"; functionId: FunctionId; parameter: string; text: string }
  /** An argument holds an error value: Excel passes it on without calling the function. */
  | { kind: "argumentError"; functionId: FunctionId; parameter: string; error: string }
  /** Re-run on the cell's arguments, the function gives a result. */
  | { kind: "result"; functionId: FunctionId }
  | { kind: "error"; functionId: FunctionId; code: string; reason: string };

/** Cell values as a reference gives them; an error cell as { error: "#DIV/0!" }. */
export type ReferenceValues = (string | number | boolean | null | { error: string })[][];

/** Re-runs a call with already-known arguments (unit tests call this directly). */
export function explainArguments(
  functionId: FunctionId,
  args: unknown[],
  locale: Locale
): Explanation {
  try {
    RUNNERS[functionId].run(args);
    return { kind: "result", functionId };
  } catch (error) {
    if (!(error instanceof OpsError)) throw error;
    return {
      kind: "error",
      functionId,
      code: ERROR_VALUE_TEXT[error.kind],
      reason: errorMessage(error, functionId, locale),
    };
  }
}

/** The references a formula's arguments name, in order, for the port to read. */
export function referencesOf(formula: string): ReferenceRequest[] {
  const call = parseOpsCall(formula);
  if (!call) return [];
  return call.args.flatMap((arg) => (arg.kind === "reference" ? [arg.request] : []));
}

/**
 * Explains `formula` given the values of referencesOf(formula), in the same order (undefined where the
 * workbook has no such range or name).
 */
export function explainFormula(
  formula: string,
  references: readonly (ReferenceValues | undefined)[],
  locale: Locale
): Explanation {
  const call = parseOpsCall(formula);
  if (!call) return { kind: "notOpsCall" };
  const { functionId } = call;
  const params = RUNNERS[functionId].params;
  const parameterName = (index: number) =>
    localizedParameterName(functionId, params[index] ?? String(index + 1), locale);
  const args: unknown[] = [];
  let next = 0;
  for (const [index, arg] of call.args.entries()) {
    if (arg.kind === "omitted") args.push(undefined);
    else if (arg.kind === "literal") args.push(arg.value);
    else if (arg.kind === "expression")
      return { kind: "expression", functionId, parameter: parameterName(index), text: arg.text };
    else {
      const values = references[next++];
      if (values === undefined)
        return {
          kind: "missingReference",
          functionId,
          parameter: parameterName(index),
          text: arg.text,
        };
      const failed = values
        .flat()
        .find((cell): cell is { error: string } => typeof cell === "object" && cell !== null);
      if (failed)
        return {
          kind: "argumentError",
          functionId,
          parameter: parameterName(index),
          error: failed.error,
        };
      // Excel hands a custom function blanks inside a range as "".
      args.push(values.map((row) => row.map((cell) => cell ?? "")) as ExcelMatrix);
    }
  }
  return explainArguments(functionId, args, locale);
}
