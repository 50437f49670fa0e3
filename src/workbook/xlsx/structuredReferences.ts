/**
 * `Table[@Col]` is how Excel shows and takes a "this row" table reference, but a file must spell it out as
 * `Table[[#This Row],[Col]]` (the file grammar has no "@"; LibreOffice reads `T[@Col]` as #NAME?).
 */
import { splitFormulaParts } from "../../plan/formulaParts";

/** `T[@Qty]` → `T[[#This Row],[Qty]]`, `T[@[Unit Price]]` → `T[[#This Row],[Unit Price]]`, `T[@]` → `T[#This Row]`. */
export function expandThisRowReferences(formula: string): string {
  if (!formula.includes("[@")) return formula;
  return splitFormulaParts(formula)
    .map((part) => (!part.code && part.text.startsWith("[@") ? expandItem(part.text) : part.text))
    .join("");
}

/** One bracketed reference that starts with "[@". */
function expandItem(reference: string): string {
  const inner = reference.slice(2, -1); // between "[@" and the closing "]"
  if (inner === "") return "[#This Row]";
  return inner.startsWith("[") ? `[[#This Row],${inner}]` : `[[#This Row],[${inner}]]`;
}
