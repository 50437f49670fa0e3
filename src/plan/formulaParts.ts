/**
 * A formula split into code and literal parts, so rewrites (function prefixes, table references) touch
 * code only: a function name inside a "string", a 'sheet name' or a [table column] is not a call.
 */

export interface FormulaPart {
  text: string;
  /** False for "strings" (with "" inside), 'sheet names' (with '' inside) and [bracketed] references. */
  code: boolean;
}

/** Brackets nest (`T[[#This Row],[Qty]]`); inside them "'" escapes the next character. */
export function splitFormulaParts(formula: string): FormulaPart[] {
  const parts: FormulaPart[] = [];
  let codeStart = 0;
  let i = 0;
  const pushCode = (end: number) => {
    if (end > codeStart) parts.push({ text: formula.slice(codeStart, end), code: true });
  };
  while (i < formula.length) {
    const ch = formula[i];
    if (ch !== '"' && ch !== "'" && ch !== "[") {
      i++;
      continue;
    }
    pushCode(i);
    const end = ch === "[" ? bracketEnd(formula, i) : quotedEnd(formula, i, ch);
    parts.push({ text: formula.slice(i, end), code: false });
    i = end;
    codeStart = end;
  }
  pushCode(formula.length);
  return parts;
}

/** Index after the closing quote; a doubled quote is an escaped one. Unterminated: the end of the text. */
export function quotedEnd(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}

/** Index after the matching "]"; inside brackets "'" escapes the next character (e.g. a "]" in a column name). */
function bracketEnd(text: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "'") i += 2;
    else {
      if (ch === "[") depth++;
      else if (ch === "]" && --depth === 0) return i + 1;
      i++;
    }
  }
  return text.length;
}
