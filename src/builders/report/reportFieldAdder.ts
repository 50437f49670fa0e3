/**
 * The accumulator's fast door for a text reader: a row's split fields go straight into the sums. An export
 * repeats a few dates and members over and over, so each distinct raw text is typed once (date text →
 * serial, member text → code, remembered by the raw text, not by the case-folded key); amounts are read by
 * the caller's plain-decimal reader; codes and amounts go into two reused typed arrays. Whatever is not
 * plain (a blank date, an unreadable cell, an amount that needs the full rules, a text a workbook cannot
 * hold) is not judged here: the row goes through add() whole, typed as `typeText` types it, so every rule,
 * refusal and note stays exactly add()'s. Nothing is changed before a row is known to be plain, except a new
 * member's code, which add() would give the same.
 */
import type { CellValue } from "../../plan/types";
import { cellTextProblem } from "../../plan/cellText";
import type { SourceAccumulator } from "./reportSource";

/** Distinct raw texts remembered per column (dates and members repeat; ids would not). */
const MAX_CACHED_TEXTS = 50_000;

export interface FieldTyping {
  /** A cell's text as the reader types it (the generic rules). */
  typeText: (text: string) => CellValue;
  /** An amount's text when it is a plain decimal the rules read as that number; else undefined. */
  plainNumber: (text: string) => number | undefined;
}

/** `(fields, offset, index, line)`: the row's fields start at `offset` (as TextTableStream hands them). */
export type FieldAdder = (
  fields: readonly string[],
  offset: number,
  index: number,
  line: number
) => void;

export function fieldAdder(
  accumulator: SourceAccumulator,
  width: number,
  { typeText, plainNumber }: FieldTyping
): FieldAdder {
  const { date, dimensions } = accumulator.sourceColumns;
  const amountColumns = accumulator.amountColumns;
  const codes = new Int32Array(dimensions.length);
  const amounts = new Float64Array(amountColumns.length);
  const serialByText = new Map<string, number>();
  const codeByText = dimensions.map(() => new Map<string, number>());
  // The slow door's row: only the mapped columns, reused (add() keeps nothing of it).
  const row: CellValue[] = new Array<CellValue>(width).fill(null);
  const readColumns = accumulator.readColumns;

  const serialOf = (text: string): number | undefined => {
    let serial = serialByText.get(text);
    if (serial === undefined) {
      serial = accumulator.acceptDate(typeText(text));
      if (serial !== undefined && serialByText.size < MAX_CACHED_TEXTS)
        serialByText.set(text, serial);
    }
    return serial;
  };
  const codeOf = (d: number, text: string): number | undefined => {
    const known = codeByText[d];
    let code = known.get(text);
    if (code === undefined) {
      const cell = typeText(text);
      if (typeof cell === "string" && cellTextProblem(cell)) return undefined;
      code = accumulator.codeOf(d, cell);
      if (known.size < MAX_CACHED_TEXTS) known.set(text, code);
    }
    return code;
  };
  const plain = (fields: readonly string[], offset: number): number | undefined => {
    const dateText = fields[date + offset];
    if (dateText === undefined) return undefined;
    const serial = serialOf(dateText);
    if (serial === undefined) return undefined;
    for (let d = 0; d < dimensions.length; d++) {
      const text = fields[dimensions[d] + offset];
      const code = text === undefined ? undefined : codeOf(d, text);
      if (code === undefined) return undefined;
      codes[d] = code;
    }
    for (let a = 0; a < amountColumns.length; a++) {
      const text = fields[amountColumns[a] + offset];
      const value = text === undefined ? undefined : text === "" ? NaN : plainNumber(text);
      if (value === undefined) return undefined;
      amounts[a] = value;
    }
    return serial;
  };
  return (fields, offset, index, line) => {
    const serial = plain(fields, offset);
    if (serial !== undefined) {
      accumulator.addCounted(serial, codes, amounts, line);
      return;
    }
    for (const column of readColumns) {
      const field = fields[column + offset];
      row[column] = field === undefined ? null : typeText(field);
    }
    accumulator.add(row, index, line);
  };
}
