/**
 * Plan formulas → the text a file stores: no leading "=", `{sheet:key}` replaced by the final quoted
 * sheet name, `T[@Col]` spelled out as `T[[#This Row],[Col]]`, `_xlfn.` on newer functions.
 * Functions a file cannot carry are refused, not written broken.
 */
import { resolveSheetReferences } from "../../plan/sheetNames";
import { WorkbookError } from "../port";
import { expandThisRowReferences } from "./structuredReferences";
import { addXlfnPrefixes, functionsNotWritableIn } from "./xlfnFunctions";

/** `=STDEV.S({sheet:sales}!B4:B15)` → `_xlfn.STDEV.S('Sales 销售'!B4:B15)`. */
export function toFileFormula(
  formula: string,
  sheetNames: ReadonlyMap<string, string>,
  where: string
): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  if (body.trim() === "") throw new WorkbookError("invalidPlan", `${where}: the formula is empty.`);
  const refused = functionsNotWritableIn(body);
  if (refused.length > 0) {
    throw new WorkbookError(
      "invalidPlan",
      `${where}: ${refused.join(", ")} cannot be written to an .xlsx file (dynamic-array or LET/LAMBDA functions); the formula was ${formula}`
    );
  }
  return addXlfnPrefixes(expandThisRowReferences(resolveSheetReferences(body, sheetNames)));
}
