/**
 * What Excel does to formula text when a sheet is renamed: every reference to the sheet, quoted or not,
 * now names it by its new name. The memory adapter keeps formulas as written (getFormula) beside the
 * engine, which tracks sheets by id itself, so the written text is rewritten here to match.
 */
import { quoteSheetName } from "../../plan/a1";
import { splitFormulaParts } from "../../plan/formulaParts";

/** `formula` with references to sheet `from` (compared case-insensitively) naming sheet `to`. */
export function renameSheetInFormula(formula: string, from: string, to: string): string {
  const parts = splitFormulaParts(formula);
  const quotedFrom = quoteSheetName(from).toLowerCase();
  const unquoted = new RegExp(`(?<![A-Za-z0-9_.\\u0080-\\uFFFF])${escapeRegExp(from)}!`, "giu");
  return parts
    .map((part, index) => {
      if (part.code) return part.text.replace(unquoted, `${quoteSheetName(to)}!`);
      const followedByBang = parts[index + 1]?.code && parts[index + 1].text.startsWith("!");
      return followedByBang && part.text.toLowerCase() === quotedFrom
        ? quoteSheetName(to)
        : part.text;
    })
    .join("");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
