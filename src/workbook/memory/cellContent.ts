/**
 * Crossing the border between plan cells and the engine: what to write so a value stays exactly what
 * it is, and how to read a computed value back in Excel's terms.
 */
import {
  DetailedCellError,
  ErrorType,
  type CellValue as EngineValue,
  type RawCellContent,
} from "hyperformula";
import type { CellValue } from "../../plan/types";
import type { ComputedValue } from "../port";

/**
 * The engine parses raw text: "=…" as a formula, "-12" and "12%" as numbers, "TRUE" as a boolean. A leading
 * apostrophe marks the rest as text (as in Excel), so every string is written with one and reads back
 * exactly as given. "" is a blank cell, as it is when Excel's range.values receives "".
 */
export function literalContent(value: CellValue): RawCellContent {
  if (typeof value === "string") return value === "" ? null : `'${value}`;
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new Error(`${value} is not a number a cell can hold.`);
  }
  return value;
}

/** Engine error types → the error values Excel shows (and an .xlsx file may cache). */
const EXCEL_ERRORS: Record<ErrorType, string> = {
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.NA]: "#N/A",
  [ErrorType.NAME]: "#NAME?",
  [ErrorType.NUM]: "#NUM!",
  [ErrorType.REF]: "#REF!",
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.SPILL]: "#SPILL!",
  // Excel has no value for these: a circular reference shows 0 with a warning, a formula that does not
  // parse is refused on entry. The workbook refuses unparsable formulas; #REF!/#NAME? keep files valid.
  [ErrorType.CYCLE]: "#REF!",
  [ErrorType.ERROR]: "#NAME?",
  [ErrorType.LIC]: "#NAME?",
};

export function excelErrorValue(type: ErrorType): string {
  return EXCEL_ERRORS[type] ?? "#VALUE!";
}

export function computedValue(value: EngineValue): ComputedValue {
  if (value instanceof DetailedCellError)
    return { error: excelErrorValue(value.type as ErrorType) };
  return value;
}

/** What Excel's range.values gives: errors as their text ("#DIV/0!"), blanks as null. */
export function plainValue(value: EngineValue): CellValue {
  if (value instanceof DetailedCellError) return excelErrorValue(value.type as ErrorType);
  return value;
}

/** A formula the engine could not parse: Excel would refuse to take it. */
export function isParseError(value: EngineValue): value is DetailedCellError {
  return value instanceof DetailedCellError && value.type === ErrorType.ERROR;
}
