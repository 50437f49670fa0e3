/**
 * The shapes of the report's one pass over its source (reportSource.ts): the columns it reads, the
 * problems it counts, and the normalised source planReport builds from.
 */
import type { Grain } from "../../core/calendar";
import type { AmountField } from "./reportFields";

export interface SourceColumns {
  date: number;
  /** Amount fields and their 0-based columns. */
  amounts: readonly (readonly [AmountField, number])[];
  /** 0-based columns the report is broken down by (0, 1 or 2). */
  dimensions: readonly number[];
}

export type IssueKind =
  | "unreadableDate"
  | "missingDate"
  | "monthOnlyDate"
  | "unreadableAmount"
  /** A breakdown member a workbook cannot hold (over 32,767 characters, or a character XML forbids). */
  | "unwritableText";

export interface SourceIssue {
  kind: IssueKind;
  /** 0-based source column and its header. */
  column: number;
  header: string;
  count: number;
  /** The first MAX_LISTED_ROWS source row numbers (as the user numbers them: sheet rows, file lines). */
  rows: number[];
  /** The cells' texts at those rows ("" for a missing date). */
  texts: string[];
}

/** Rows left out because a cell could not be read, and what their readable amounts held. */
export interface LeftOutRows {
  count: number;
  /** Per amount in SourceColumns order: the sum of the readable cells of the left-out rows. */
  sums: Float64Array;
}

/** The members of one breakdown column. SUMIFS matches text ignoring case, so members do too. */
export interface MemberDictionary {
  /** Display text of each member (its first spelling); "" is the blank member. */
  labels: string[];
  codeByKey: Map<string, number>;
}

export interface NormalisedRows {
  length: number;
  /** Day serial, NaN when the row's date is left out (unreadable, missing, month-only at a fine grain). */
  serials: Float64Array;
  /** Per dimension: member code. */
  codes: Int32Array[];
  /** Per amount (in SourceColumns order): the number, NaN for blank or unreadable. */
  amounts: Float64Array[];
  sourceRows: Float64Array;
}

export interface NormalisedSource {
  columns: SourceColumns;
  header: readonly string[];
  /** Data rows seen (blank rows excepted). */
  rowCount: number;
  /** Rows that count (a readable date). */
  countedRows: number;
  /** Rows with at least one issue: all left out of the sums. */
  problemRows: number;
  leftOut: LeftOutRows;
  firstDate?: number;
  lastDate?: number;
  members: MemberDictionary[];
  /**
   * Sums by cube key (see cubeKey): per amount in SourceColumns order. Keys decode with `combos`.
   */
  cube: Map<number, Float64Array>;
  /** Combination id → member code per dimension. */
  combos: Int32Array[];
  /**
   * True when SUMIFS over the source as it is would not see what the report counts: text dates, numeric
   * text, date-times or implausible date numbers. The live report then reads a normalised data sheet.
   */
  needsNormalisedData: boolean;
  rows?: NormalisedRows;
  issues: SourceIssue[];
}

export interface AccumulatorOptions {
  grain: Grain;
  /** Keep the normalised rows (for a data sheet). */
  keepRows: boolean;
  /** Row number of the first data row (the header's row + 1): 2 for a file or a sheet from A1. */
  firstRowNumber: number;
}
