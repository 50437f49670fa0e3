/**
 * One pass over the source rows: each row's date and amounts are read (serials or text dates, numbers or
 * numeric text, by core's rules), problems are counted with their row numbers and texts, and the amounts
 * are summed per breakdown member and day (the "day cube", from which any grain is rolled up). Rows are
 * not kept as objects: when the report needs a normalised data sheet, each column goes into a typed
 * array instead.
 *
 * A row counts whole or not at all: a row with any cell the rules cannot read is left out of every
 * metric (what its readable cells held is summed in `leftOut`). planReport then refuses the build
 * unless the caller chose to skip such rows.
 */
import { MAX_EXCEL_SERIAL, serialFromYmd } from "../../core/calendar";
import { parseDateCell, type ParsedDate } from "../../core/parseDateCell";
import { isNoValueDash, parseNumberText } from "../../core/parseNumberText";
import type { CellValue } from "../../plan/types";
import { cellTextProblem } from "../../plan/cellText";
import { ReportInputError } from "./reportError";

/** Dates before this are read as mistakes: a report needs the previous period and last year to exist. */
export const MIN_REPORT_SERIAL = serialFromYmd(1902, 1, 1);
/** Row numbers listed per issue; the rest are counted. */
export const MAX_LISTED_ROWS = 20;
/** Distinct date texts remembered (a few years of days, with times of day: bounded all the same). */
const MAX_CACHED_DATES = 100_000;

import type {
  AccumulatorOptions,
  IssueKind,
  MemberDictionary,
  NormalisedRows,
  NormalisedSource,
  SourceColumns,
  SourceIssue,
} from "./reportSourceTypes";

export type {
  AccumulatorOptions,
  IssueKind,
  LeftOutRows,
  MemberDictionary,
  NormalisedRows,
  NormalisedSource,
  SourceColumns,
  SourceIssue,
} from "./reportSourceTypes";

const DAY_KEY_SPAN = 4_194_304; // 2^22 > MAX_EXCEL_SERIAL
const MEMBER_KEY_SPAN = 2_097_152; // 2^21 members per dimension

export function cubeKey(combo: number, serial: number): number {
  return combo * DAY_KEY_SPAN + serial;
}

export function decodeCubeKey(key: number): { combo: number; serial: number } {
  const serial = key % DAY_KEY_SPAN;
  return { combo: (key - serial) / DAY_KEY_SPAN, serial };
}

/** A member's key: SUMIFS compares text ignoring case, and numbers as their text ("1001" = 1001). */
export function memberKey(cell: CellValue): string {
  return memberLabel(cell).toLowerCase();
}

export function memberLabel(cell: CellValue): string {
  if (cell === null) return "";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}

export class SourceAccumulator {
  private readonly members: MemberDictionary[];
  private readonly cube = new Map<number, Float64Array>();
  private readonly comboIds = new Map<number, number>();
  private readonly combos: number[][] = [];
  private readonly issues = new Map<string, SourceIssue>();
  private rowCount = 0;
  private countedRows = 0;
  private problemRows = 0;
  private rowHasIssue = false;
  private leftOutSums: Float64Array;
  private firstDate = Infinity;
  private lastDate = -Infinity;
  private needsNormalisedData = false;
  private rows?: GrowableRows;
  /** Exports repeat the same few hundred date texts: each is parsed once. */
  private readonly textDates = new Map<string, ParsedDate | undefined>();

  constructor(
    private readonly header: readonly string[],
    private readonly columns: SourceColumns,
    private readonly options: AccumulatorOptions
  ) {
    this.members = columns.dimensions.map(() => ({ labels: [], codeByKey: new Map() }));
    this.leftOutSums = new Float64Array(columns.amounts.length);
    if (options.keepRows)
      this.rows = new GrowableRows(columns.dimensions.length, columns.amounts.length);
  }

  /** The source columns add() reads: a reader may leave every other cell of a row null. */
  get readColumns(): number[] {
    const { date, amounts, dimensions } = this.columns;
    return [...new Set([date, ...amounts.map(([, column]) => column), ...dimensions])];
  }

  get sourceColumns(): SourceColumns {
    return this.columns;
  }

  /** The amount columns (a reader may type them with the plain-decimal fast path first). */
  get amountColumns(): number[] {
    return this.columns.amounts.map(([, column]) => column);
  }

  /**
   * `index`: the row's 0-based position among the data rows; `rowNumber`: the line or sheet row the
   * user sees (default: firstRowNumber + index, for sources without blank or multi-line rows).
   */
  add(row: readonly CellValue[], index: number, rowNumber?: number): void {
    const { columns } = this;
    if (isBlankRow(row, columns)) return;
    this.rowCount++;
    const line = rowNumber ?? this.options.firstRowNumber + index;
    this.rowHasIssue = false;
    const serial = this.readDate(row[columns.date] ?? null, line);
    const codes = columns.dimensions.map((column, d) => {
      const cell = row[column] ?? null;
      if (typeof cell === "string" && cellTextProblem(cell))
        this.issue("unwritableText", column, line, printable(cell));
      return this.memberCode(d, cell);
    });
    const amounts = columns.amounts.map(([, column]) =>
      this.readAmount(row[column] ?? null, column, line)
    );
    if (this.rowHasIssue) {
      this.leaveOut(amounts);
      return;
    }
    this.count(serial, codes, amounts, line);
  }

  /**
   * A row already known to be whole: its date's serial (from acceptDate), member codes (from codeOf) and
   * amounts (NaN for blank). The fast readers (reportFieldAdder.ts) come in here; add() ends here.
   */
  addCounted(
    serial: number,
    codes: ArrayLike<number>,
    amounts: ArrayLike<number>,
    line: number
  ): void {
    this.rowCount++;
    this.count(serial, codes, amounts, line);
  }

  private count(
    serial: number,
    codes: ArrayLike<number>,
    amounts: ArrayLike<number>,
    line: number
  ): void {
    this.rows?.push(serial, codes, amounts, line);
    this.countedRows++;
    if (serial < this.firstDate) this.firstDate = serial;
    if (serial > this.lastDate) this.lastDate = serial;
    const key = cubeKey(this.comboId(codes), serial);
    let sums = this.cube.get(key);
    if (!sums) {
      sums = new Float64Array(amounts.length);
      this.cube.set(key, sums);
    }
    for (let a = 0; a < amounts.length; a++) if (!Number.isNaN(amounts[a])) sums[a] += amounts[a];
  }

  /**
   * The serial of a date cell add() would accept without an issue (noting, as add() does, when live
   * formulas need the data sheet); undefined for any cell add() would report, which is left to add().
   */
  acceptDate(cell: CellValue): number | undefined {
    if (cell === null) return undefined;
    const verdict = this.dateVerdict(cell);
    if (typeof verdict !== "number") return undefined;
    if (cell !== verdict) this.needsNormalisedData = true;
    return verdict;
  }

  /** The code of a member (added when new), as add() gives it. */
  codeOf(dimension: number, cell: CellValue): number {
    return this.memberCode(dimension, cell);
  }

  finish(): NormalisedSource {
    return {
      columns: this.columns,
      header: this.header,
      rowCount: this.rowCount,
      countedRows: this.countedRows,
      problemRows: this.problemRows,
      leftOut: { count: this.problemRows, sums: this.leftOutSums },
      firstDate: this.countedRows > 0 ? this.firstDate : undefined,
      lastDate: this.countedRows > 0 ? this.lastDate : undefined,
      members: this.members,
      cube: this.cube,
      combos: this.combos.map((codes) => Int32Array.from(codes)),
      needsNormalisedData: this.needsNormalisedData,
      rows: this.rows?.finish(),
      issues: [...this.issues.values()],
    };
  }

  /** A row with an unreadable cell: counted nowhere, its readable amounts kept for the notes. */
  private leaveOut(amounts: number[]): void {
    this.problemRows++;
    // The source itself still holds the row: live formulas must read the data sheet, which does not.
    this.needsNormalisedData = true;
    amounts.forEach((amount, a) => {
      if (!Number.isNaN(amount)) this.leftOutSums[a] += amount;
    });
  }

  private readDate(cell: CellValue, rowNumber: number): number {
    const column = this.columns.date;
    if (cell === null) {
      this.issue("missingDate", column, rowNumber, "");
      return NaN;
    }
    const verdict = this.dateVerdict(cell);
    if (typeof verdict !== "number") {
      this.issue(verdict, column, rowNumber, cellText(cell));
      return NaN;
    }
    // Text dates, date-times and 20251103 digits: SUMIFS over the source would not count them as the
    // report does.
    if (cell !== verdict) this.needsNormalisedData = true;
    return verdict;
  }

  /** The serial of a non-blank date cell, or the issue it raises. */
  private dateVerdict(cell: CellValue): number | IssueKind {
    const parsed = this.parseDate(cell);
    if (!parsed || parsed.serial < MIN_REPORT_SERIAL || parsed.serial > MAX_EXCEL_SERIAL)
      return "unreadableDate";
    if (
      parsed.precision === "month" &&
      (this.options.grain === "day" || this.options.grain === "week")
    )
      return "monthOnlyDate";
    return parsed.serial;
  }

  private parseDate(cell: CellValue): ParsedDate | undefined {
    if (typeof cell !== "string") return parseDateCell(cell);
    if (this.textDates.has(cell)) return this.textDates.get(cell);
    const parsed = parseDateCell(cell);
    if (this.textDates.size < MAX_CACHED_DATES) this.textDates.set(cell, parsed);
    return parsed;
  }

  /** NaN for a blank or unreadable cell (SUMIFS skips both); unreadable ones are reported. */
  private readAmount(cell: CellValue, column: number, rowNumber: number): number {
    if (cell === null) return NaN;
    if (typeof cell === "number") return Number.isFinite(cell) ? cell : NaN;
    if (typeof cell === "string") {
      const value = parseNumberText(cell);
      if (value !== undefined) {
        this.needsNormalisedData = true; // SUMIFS ignores numbers stored as text
        return value;
      }
      if (cell.trim() === "" || isNoValueDash(cell)) return NaN;
    }
    this.issue("unreadableAmount", column, rowNumber, cellText(cell));
    return NaN;
  }

  private memberCode(dimension: number, cell: CellValue): number {
    const dictionary = this.members[dimension];
    const key = memberKey(cell);
    let code = dictionary.codeByKey.get(key);
    if (code === undefined) {
      code = dictionary.labels.length;
      if (code >= MEMBER_KEY_SPAN)
        throw new ReportInputError("errorTooManyMembers", {
          column: this.header[this.columns.dimensions[dimension]] ?? "",
          max: MEMBER_KEY_SPAN.toLocaleString("en-US"),
        });
      dictionary.labels.push(memberLabel(cell));
      dictionary.codeByKey.set(key, code);
    }
    return code;
  }

  private comboId(codes: ArrayLike<number>): number {
    let key = 0;
    for (let d = 0; d < codes.length; d++) key = key * MEMBER_KEY_SPAN + codes[d];
    let id = this.comboIds.get(key);
    if (id === undefined) {
      id = this.combos.length;
      this.combos.push(Array.from(codes)); // the caller may reuse its array
      this.comboIds.set(key, id);
    }
    return id;
  }

  private issue(kind: IssueKind, column: number, rowNumber: number, text: string): void {
    const id = `${kind}:${column}`;
    let issue = this.issues.get(id);
    if (!issue) {
      issue = { kind, column, header: this.header[column] ?? "", count: 0, rows: [], texts: [] };
      this.issues.set(id, issue);
    }
    issue.count++;
    this.rowHasIssue = true;
    if (issue.rows.length < MAX_LISTED_ROWS) {
      issue.rows.push(rowNumber);
      issue.texts.push(text);
    }
  }
}

/** A cell as the user typed it, for messages (long texts shortened). */
function cellText(cell: CellValue): string {
  const text = memberLabel(cell);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** A text with characters a message cannot show either: each as its code point. */
function printable(text: string): string {
  const shown = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return shown.replace(
    // eslint-disable-next-line no-control-regex -- the characters a workbook cannot hold
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/g,
    (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}>`
  );
}

/** A row whose every used cell is blank: left out silently, as Excel's own tools do. */
function isBlankRow(row: readonly CellValue[], columns: SourceColumns): boolean {
  const blank = (column: number) => row[column] === null || row[column] === undefined;
  return (
    blank(columns.date) &&
    columns.amounts.every(([, column]) => blank(column)) &&
    columns.dimensions.every(blank)
  );
}

/** Typed arrays that double as rows arrive. */
class GrowableRows {
  private length = 0;
  private capacity = 1024;
  private serials = new Float64Array(this.capacity);
  private sourceRows = new Float64Array(this.capacity);
  private codes: Int32Array[];
  private amounts: Float64Array[];

  constructor(dimensions: number, amounts: number) {
    this.codes = Array.from({ length: dimensions }, () => new Int32Array(this.capacity));
    this.amounts = Array.from({ length: amounts }, () => new Float64Array(this.capacity));
  }

  push(
    serial: number,
    codes: ArrayLike<number>,
    amounts: ArrayLike<number>,
    sourceRow: number
  ): void {
    if (this.length === this.capacity) this.grow();
    const i = this.length++;
    this.serials[i] = serial;
    this.sourceRows[i] = sourceRow;
    for (let d = 0; d < codes.length; d++) this.codes[d][i] = codes[d];
    for (let a = 0; a < amounts.length; a++) this.amounts[a][i] = amounts[a];
  }

  finish(): NormalisedRows {
    const cut = <T extends Float64Array | Int32Array>(array: T) =>
      array.subarray(0, this.length) as T;
    return {
      length: this.length,
      serials: cut(this.serials),
      codes: this.codes.map(cut),
      amounts: this.amounts.map(cut),
      sourceRows: cut(this.sourceRows),
    };
  }

  private grow(): void {
    this.capacity *= 2;
    const bigger = <T extends Float64Array | Int32Array>(array: T): T => {
      const next = new (array.constructor as new (n: number) => T)(this.capacity);
      next.set(array);
      return next;
    };
    this.serials = bigger(this.serials);
    this.sourceRows = bigger(this.sourceRows);
    this.codes = this.codes.map(bigger);
    this.amounts = this.amounts.map(bigger);
  }
}
