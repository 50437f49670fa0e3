/**
 * Finding Excel table references (`ChannelData[GMV]`, `T[#All]`, `T[[Col1]:[Col2]]`, `T[@Col]`) in a
 * formula's text, skipping string literals and quoted sheet names, and renaming the tables they name.
 * Plan-level: adapters that translate references to cells (the memory workbook) build on the scanner.
 */
import { quotedEnd } from "./formulaParts";

/** A `Table[...]` reference as written: the table name and the text between the outer brackets. */
export interface StructuredReference {
  table: string;
  specifier: string;
}

const NAME_START = /[A-Za-z_\\\u0080-\uffff]/;
const NAME_CHAR = /[A-Za-z0-9_.\\\u0080-\uffff]/;

/**
 * Calls `replace` for every `Name[...]` outside string literals and quoted sheet names; a returned string
 * takes the reference's place, undefined leaves it as written.
 */
export function rewriteStructuredReferences(
  formula: string,
  replace: (reference: StructuredReference) => string | undefined
): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = quotedEnd(formula, i, ch);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (NAME_START.test(ch) && !NAME_CHAR.test(formula[i - 1] ?? "")) {
      let end = i + 1;
      while (end < formula.length && NAME_CHAR.test(formula[end])) end++;
      if (formula[end] === "[") {
        const close = closingBracket(formula, end);
        const reference = {
          table: formula.slice(i, end),
          specifier: formula.slice(end + 1, close - 1),
        };
        out += replace(reference) ?? formula.slice(i, close);
        i = close;
        continue;
      }
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** Index just past the "]" that closes the "[" at `start`; inside, an apostrophe escapes the next character. */
export function closingBracket(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") i++;
    else if (ch === "[") depth++;
    else if (ch === "]" && --depth === 0) return i + 1;
  }
  throw new Error(`Formula ${text} has a "[" without its "]".`);
}

/** Replaces table names (keys lower-case) in references, for a plan whose table had to be renamed. */
export function renameTablesInFormula(
  formula: string,
  renames: ReadonlyMap<string, string>
): string {
  if (renames.size === 0 || !formula.includes("[")) return formula;
  return rewriteStructuredReferences(formula, ({ table, specifier }) => {
    const renamed = renames.get(table.toLowerCase());
    return renamed === undefined ? undefined : `${renamed}[${specifier}]`;
  });
}
