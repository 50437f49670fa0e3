/**
 * Turns what Excel hands a custom function into plain numbers, texts and vectors.
 * Excel passes numbers (95% arrives as 0.95), strings, booleans, blanks ("" inside ranges,
 * null/undefined for omitted optional arguments) and 2-D arrays for ranges.
 * Failures raise OpsError with the argument's id so the message can name it.
 */
import { valueError } from "../core/errors";

export type ExcelScalar = number | string | boolean | null | undefined;
export type ExcelMatrix = ExcelScalar[][];

export function isBlank(value: unknown): value is "" | null | undefined {
  return value === null || value === undefined || value === "";
}

/** Numeric text such as "12", " 1.5e3 " or "95%" (typed into a formula as a string). */
const NUMERIC_TEXT = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*(%?)\s*$/i;

function parseNumericText(text: string): number | undefined {
  const match = NUMERIC_TEXT.exec(text);
  if (!match) return undefined;
  const n = Number(match[1]);
  return match[2] === "%" ? n / 100 : n;
}

/** A single number; `null` when blank or omitted. Text that is not a number is #VALUE!. */
export function numberOrBlank(value: unknown, arg: string): number | null {
  if (Array.isArray(value)) return numberOrBlank(singleCell(value, arg), arg);
  if (isBlank(value)) return null;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string") {
    const parsed = parseNumericText(value);
    if (parsed !== undefined) return parsed;
  }
  throw valueError("notANumber", { arg, got: String(value) });
}

export function requiredNumber(value: unknown, arg: string): number {
  const n = numberOrBlank(value, arg);
  if (n === null) throw valueError("blankRequired", { arg });
  return n;
}

export function optionalNumber(value: unknown, arg: string, fallback: number): number {
  const n = numberOrBlank(value, arg);
  return n === null ? fallback : n;
}

/** Text option, trimmed and lower-cased; `fallback` when blank or omitted. Numbers are given as text. */
export function optionalOption(value: unknown, arg: string, fallback: string): string {
  if (Array.isArray(value)) return optionalOption(singleCell(value, arg), arg, fallback);
  if (isBlank(value)) return fallback;
  if (typeof value === "string") return value.trim().toLowerCase();
  if (typeof value === "number" || typeof value === "boolean") return String(value).toLowerCase();
  throw valueError("notAText", { arg });
}

/** A 2-D argument, whether Excel passed a range or a single value. */
export function asMatrix(value: unknown): ExcelMatrix {
  if (Array.isArray(value))
    return value.map((row) => (Array.isArray(row) ? row : [row])) as ExcelMatrix;
  return [[value as ExcelScalar]];
}

function singleCell(matrix: unknown[], arg: string): unknown {
  const rows = asMatrix(matrix);
  if (rows.length === 1 && rows[0].length === 1) return rows[0][0];
  throw valueError("notANumber", { arg, got: `${rows.length}×${rows[0]?.length ?? 0}` });
}

/**
 * Every number in a range, in reading order, blanks skipped. Text is an error that names
 * the cell's 1-based position, so bad data is never silently left out.
 */
export function numbersInRange(value: unknown, arg: string): number[] {
  const numbers: number[] = [];
  let position = 0;
  for (const row of asMatrix(value)) {
    for (const cell of row) {
      position += 1;
      if (isBlank(cell)) continue;
      if (typeof cell === "number" && Number.isFinite(cell)) {
        numbers.push(cell);
        continue;
      }
      const parsed = typeof cell === "string" ? parseNumericText(cell) : undefined;
      if (parsed === undefined)
        throw valueError("cellNotANumber", { arg, position, got: String(cell) });
      numbers.push(parsed);
    }
  }
  return numbers;
}

/**
 * A single column or single row as a vector of numbers, keeping blanks as `null` so rows stay
 * aligned with other columns (e.g. a customer list with gaps).
 */
export function numberVector(value: unknown, arg: string): (number | null)[] {
  const matrix = asMatrix(value);
  const cells =
    matrix.length === 1
      ? matrix[0]
      : matrix.every((row) => row.length === 1)
        ? matrix.map((row) => row[0])
        : undefined;
  if (cells === undefined) throw valueError("notAColumn", { arg });
  return cells.map((cell, index) => {
    if (isBlank(cell)) return null;
    if (typeof cell === "number" && Number.isFinite(cell)) return cell;
    const parsed = typeof cell === "string" ? parseNumericText(cell) : undefined;
    if (parsed === undefined)
      throw valueError("cellNotANumber", { arg, position: index + 1, got: String(cell) });
    return parsed;
  });
}
