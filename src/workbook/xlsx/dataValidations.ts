/** Plan data validations → ExcelJS data validations. Invalid entries are always refused (stop alert). */
import type * as ExcelJS from "exceljs";
import type { DataValidation } from "../../plan/types";
import { WorkbookError } from "../port";

/** Excel's limits: longer texts make Excel report the file as damaged. */
const MAX_PROMPT_LENGTH = 255;
const MAX_ERROR_LENGTH = 225;
/** An inline list ("a,b,c") is at most 255 characters in a file. */
const MAX_INLINE_LIST_LENGTH = 255;
/** "Any number": Excel's number validation needs bounds; these are Excel's own extremes. */
const LOWEST = "-9.99999999999999E+307";
const HIGHEST = "9.99999999999999E+307";

export function toExcelValidation(
  validation: DataValidation,
  where: string
): ExcelJS.DataValidation {
  const messages = {
    allowBlank: validation.allowBlank ?? true,
    showErrorMessage: true,
    errorStyle: "stop",
    ...(validation.error ? { error: truncate(validation.error, MAX_ERROR_LENGTH) } : {}),
    ...(validation.prompt
      ? { showInputMessage: true, prompt: truncate(validation.prompt, MAX_PROMPT_LENGTH) }
      : {}),
  };
  const rule = validation.rule;
  if (rule.type === "list")
    return { type: "list", formulae: [inlineList(rule.values, where)], ...messages };

  const { min, max } = rule;
  const bounds: Pick<ExcelJS.DataValidation, "operator" | "formulae"> =
    min !== undefined && max !== undefined
      ? { operator: "between", formulae: [min, max] }
      : min !== undefined
        ? { operator: "greaterThanOrEqual", formulae: [min] }
        : max !== undefined
          ? { operator: "lessThanOrEqual", formulae: [max] }
          : { operator: "between", formulae: [LOWEST, HIGHEST] };
  return { type: rule.type, ...bounds, ...messages };
}

/** `["Tmall","JD"]` → `"Tmall,JD"`. A comma cannot be escaped in an inline list, so such values are refused. */
function inlineList(values: readonly string[], where: string): string {
  const withComma = values.find((value) => value.includes(","));
  if (withComma !== undefined) {
    throw new WorkbookError(
      "invalidPlan",
      `${where}: list value "${withComma}" contains a comma, which an Excel list cannot hold.`
    );
  }
  const joined = values.join(",");
  if (joined.length > MAX_INLINE_LIST_LENGTH) {
    throw new WorkbookError(
      "invalidPlan",
      `${where}: the list values are ${joined.length} characters long; Excel allows ${MAX_INLINE_LIST_LENGTH}.`
    );
  }
  return `"${joined.replace(/"/g, '""')}"`;
}

function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max).join("");
}
