/**
 * Reads a cell formula that is one OPS call, e.g. =OPS.ROI(B2:B9, 'Ad spend'!C2:C9, "net"), into its
 * function and arguments, so the panel can re-run the function on the same arguments and explain the
 * error Excel shows without a message (#NUM!, #DIV/0!). Formulas arrive in English invariant syntax
 * (range.formulas), so the separator is always "," and the decimal point ".".
 */
import { FUNCTION_IDS, type FunctionId } from "../i18n/functionTexts";
import type { ExcelMatrix, ExcelScalar } from "./excelArgs";

/** A reference the workbook must read: a cell or range, on the formula's own sheet unless `sheet` is given. */
export type ReferenceRequest = { sheet?: string; address: string } | { name: string };

export type CallArgument =
  | { kind: "omitted" }
  | { kind: "literal"; value: ExcelScalar | ExcelMatrix }
  | { kind: "reference"; text: string; request: ReferenceRequest }
  /** Nested calls, arithmetic, structured references: not re-run, the panel says which one. */
  | { kind: "expression"; text: string };

export interface OpsCall {
  functionId: FunctionId;
  args: CallArgument[];
}

const CALL = /^=\s*(?:_xldudf_)?OPS[._]([A-Z]+)\s*\(([\s\S]*)\)\s*$/i;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?%?$/i;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const REFERENCE = new RegExp(
  String.raw`^(?:(?:'((?:[^']|'')+)'|([A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*))!)?(${CELL}(?::${CELL})?)$`
);
const NAME = /^[A-Za-z_\\\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*$/;

/** The call, or undefined when the formula is not exactly one OPS function call. */
export function parseOpsCall(formula: string): OpsCall | undefined {
  const match = CALL.exec(formula.trim());
  if (!match) return undefined;
  const functionId = FUNCTION_IDS.find((id) => id === match[1].toUpperCase());
  if (!functionId) return undefined;
  const parts = splitTopLevel(match[2], ",");
  // "=OPS.ROI(B2,B3)*2" also matches CALL; its "argument list" then does not close where CALL thinks.
  if (parts === undefined) return undefined;
  const args = parts.length === 1 && parts[0].trim() === "" ? [] : parts.map(parseArgument);
  return { functionId, args };
}

/**
 * Splits at `separator` outside quotes, parentheses and braces; undefined when the brackets do not
 * balance (the text was not one argument list).
 */
function splitTopLevel(text: string, separator: string): string[] | undefined {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = undefined; // a doubled quote closes and reopens: same result
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "(" || ch === "{") depth++;
    else if (ch === ")" || ch === "}") {
      depth--;
      if (depth < 0) return undefined;
    } else if (ch === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0 || quote) return undefined;
  parts.push(text.slice(start));
  return parts;
}

function parseArgument(raw: string): CallArgument {
  const text = raw.trim();
  if (text === "") return { kind: "omitted" };
  const literal = parseLiteral(text);
  if (literal !== undefined) return { kind: "literal", value: literal };
  if (text.startsWith("{") && text.endsWith("}")) {
    const matrix = parseArray(text.slice(1, -1));
    if (matrix) return { kind: "literal", value: matrix };
  }
  const reference = REFERENCE.exec(text);
  if (reference) {
    const sheet = reference[1]?.replace(/''/g, "'") ?? reference[2];
    const address = reference[3].replace(/\$/g, "").toUpperCase();
    return { kind: "reference", text, request: sheet ? { sheet, address } : { address } };
  }
  if (NAME.test(text)) return { kind: "reference", text, request: { name: text } };
  return { kind: "expression", text };
}

function parseLiteral(text: string): ExcelScalar | undefined {
  if (NUMBER.test(text)) {
    const percent = text.endsWith("%");
    const n = Number(percent ? text.slice(0, -1) : text);
    return percent ? n / 100 : n;
  }
  if (/^"(?:[^"]|"")*"$/.test(text)) return text.slice(1, -1).replace(/""/g, '"');
  if (/^true$/i.test(text)) return true;
  if (/^false$/i.test(text)) return false;
  return undefined;
}

/** An array constant's body, "1,2;3,4": rows split by ";", cells by ","; undefined unless all literals. */
function parseArray(body: string): ExcelMatrix | undefined {
  const rows = splitTopLevel(body, ";");
  if (!rows) return undefined;
  const matrix: ExcelMatrix = [];
  for (const row of rows) {
    const cells = splitTopLevel(row, ",");
    if (!cells) return undefined;
    const values = cells.map((cell) => parseLiteral(cell.trim()));
    if (values.some((value) => value === undefined)) return undefined;
    matrix.push(values);
  }
  return matrix;
}
