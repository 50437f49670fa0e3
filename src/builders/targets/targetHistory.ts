/**
 * Sales history for target decomposition, read from a table (a CSV or .xlsx export, an Excel table):
 * columns found by their header in zh-CN or en-US, daily or monthly rows summed to calendar months per
 * member (channel, store, category), and the driver ratios per calendar month as ratios of sums
 * (conversion = Σorders ÷ ΣUV, AOV = ΣGMV ÷ Σorders over every year of history), never averages of ratios.
 *
 * Nothing is dropped silently: a cell that cannot be read stops the read with a TargetHistoryError naming
 * the rows; what can safely go ahead (a blank amount counted as 0, a month only partly covered by daily
 * rows) comes back as an issue to show the user.
 */
import { daysInMonth } from "../../core/calendar";
import { readNoteLines } from "../readNoteLines";
import type { MonthlyObservation } from "../../core/seasonality";
import type { Locale } from "../../i18n/locale";
import type { TableData } from "../../table/tableData";
import { findColumns, type GivenColumns } from "./historyInput";
import {
  formatSum,
  leaveOutUnreadableRows,
  readMembers,
  readMonths,
  readNumbers,
  type RowMonth,
} from "./historyCells";
import {
  localisedIssue,
  renderMessage,
  TargetHistoryError,
  type TargetHistoryIssue,
  type YearMonth,
} from "./targetHistoryError";
import type { MemberHistory, TargetHistory } from "./targetsOptions";

export {
  renderMessage,
  TargetHistoryError,
  type MessageParam,
  type MessageParams,
  type TargetHistoryIssue,
  type YearMonth,
} from "./targetHistoryError";

export interface ReadTargetHistoryOptions {
  /** Header of the column to split by (channel, store …), in either language, any letter case; absent: no split. */
  memberColumn?: string;
  /** Language of the issues' `message`. */
  locale: Locale;
  /** Row number the user sees for the first data row, for messages; default 2 (the header is row 1). Used when the table has no rowNumbers. */
  firstRowNumber?: number;
  /**
   * Leave rows with a date or number the rules cannot read out (whole), noting how many and what their
   * readable amounts held, instead of refusing the history.
   */
  skipInvalid?: boolean;
  /** The columns a host found or the user chose (the module's InputTable); absent: detected here. */
  columns?: GivenColumns;
}

/** The columns used, by header as written: shown to the user so a wrong guess is visible. */
export interface TargetHistoryColumns {
  period: string;
  amount: string;
  member?: string;
  uv?: string;
  orders?: string;
}

export interface TargetHistoryResult {
  history: TargetHistory;
  /** Things the user should know that did not stop the read, in the order found. */
  issues: TargetHistoryIssue[];
  columns: TargetHistoryColumns;
  /** First and last calendar month of the history: { year, month }. */
  first: YearMonth;
  last: YearMonth;
}

const MONTHS = 12;

export function readTargetHistory(
  table: TableData,
  options: ReadTargetHistoryOptions
): TargetHistoryResult {
  const source = table.source;
  const rowNumber = (index: number) =>
    table.rowNumbers?.[index] ?? index + (options.firstRowNumber ?? 2);
  let dataRows = table.rows
    .map((cells, index) => ({ cells, index }))
    .filter(({ cells }) => cells.some((cell) => cell !== null && cell !== ""));
  if (dataRows.length === 0) throw new TargetHistoryError("emptyTable", { source });

  const columns = findColumns(table, options.memberColumn, options.columns);
  const issues: Omit<TargetHistoryIssue, "message" | "messageIn">[] = [];
  if (options.skipInvalid) {
    const split = leaveOutUnreadableRows(dataRows, columns);
    if (split.leftOut.length > 0) {
      issues.push({
        code: "rowsLeftOut",
        params: {
          count: split.leftOut.length,
          rows: { rows: split.leftOut.map(({ index }) => rowNumber(index)) },
          amount: formatSum(split.amountSum),
          column: table.header[columns.amount],
        },
      });
      dataRows = split.kept;
    }
    if (dataRows.length === 0) throw new TargetHistoryError("emptyTable", { source });
  }

  const months = readMonths(dataRows, columns.period, table, rowNumber);
  const amounts = readNumbers(dataRows, columns.amount, table, rowNumber);
  const uv =
    columns.uv === undefined ? undefined : readNumbers(dataRows, columns.uv, table, rowNumber);
  const orders =
    columns.orders === undefined
      ? undefined
      : readNumbers(dataRows, columns.orders, table, rowNumber);
  const members =
    columns.member === undefined
      ? undefined
      : readMembers(dataRows, columns.member, table, rowNumber);

  const blankAmountRows = dataRows
    .filter((_, i) => amounts[i] === null)
    .map((r) => rowNumber(r.index));
  if (blankAmountRows.length > 0)
    issues.push({
      code: "blankAmounts",
      params: { column: table.header[columns.amount], rows: { rows: blankAmountRows } },
    });

  const first = months.reduce((a, b) => (b.key < a.key ? b : a));
  const last = months.reduce((a, b) => (b.key > a.key ? b : a));
  requireEveryMonth(months, first.key, last.key, source);

  const memberNames = members?.names ?? [""];
  const memberOfRow = members?.ofRow ?? dataRows.map(() => 0);
  // sums[member][monthKey − first]
  const span = last.key - first.key + 1;
  const sums = memberNames.map(() => new Array<number>(span).fill(0));
  const seen = memberNames.map(() => new Array<boolean>(span).fill(false));
  months.forEach((month, i) => {
    sums[memberOfRow[i]][month.key - first.key] += amounts[i] ?? 0;
    seen[memberOfRow[i]][month.key - first.key] = true;
  });
  requireNonNegative(sums, memberNames, first.key, source);
  if (members) {
    memberNames.forEach((name, m) => {
      const absent = seen[m].flatMap((wasSeen, offset) =>
        wasSeen ? [] : [monthLabel(first.key + offset)]
      );
      if (absent.length > 0)
        issues.push({
          code: "memberMissingMonths",
          params: { member: name, months: { list: absent } },
        });
    });
  }

  const partial = partiallyCoveredMonths(months);
  if (partial.length > 0)
    issues.push({ code: "partialMonths", params: { months: { partialMonths: partial } } });

  const leftOut = issues.filter(({ code }) => code === "rowsLeftOut");
  const history: TargetHistory = {
    members: memberNames.map((name, m): MemberHistory => ({
      name,
      observations: sums[m].map((value, offset) => observation(first.key + offset, value)),
    })),
    sourceNotes: [
      ...leftOut.map((issue) => renderMessage(issue.code, issue.params, options.locale)),
      ...readNoteLines(table.notes, options.locale),
    ],
  };
  if (orders) {
    history.aov = ratioOfSums(months, amounts, orders);
    if (uv) history.conversion = ratioOfSums(months, orders, uv);
    for (const [column, values] of [
      [columns.orders, orders],
      [columns.uv, uv],
    ] as const) {
      if (column === undefined || !values) continue;
      const blank = dataRows.filter((_, i) => values[i] === null).map((r) => rowNumber(r.index));
      if (blank.length > 0)
        issues.push({
          code: "driverCellsBlank",
          params: { column: table.header[column], rows: { rows: blank } },
        });
    }
  }

  return {
    history,
    issues: issues.map((issue) => localisedIssue(issue, options.locale)),
    columns: {
      period: table.header[columns.period],
      amount: table.header[columns.amount],
      member: columns.member === undefined ? undefined : table.header[columns.member],
      uv: columns.uv === undefined ? undefined : table.header[columns.uv],
      orders: columns.orders === undefined ? undefined : table.header[columns.orders],
    },
    first: yearMonthOf(first.key),
    last: yearMonthOf(last.key),
  };
}

function requireEveryMonth(
  months: readonly RowMonth[],
  first: number,
  last: number,
  source: string
): void {
  const present = new Set(months.map(({ key }) => key));
  const missing: string[] = [];
  for (let key = first; key <= last; key++) if (!present.has(key)) missing.push(monthLabel(key));
  if (missing.length === 0) return;
  throw new TargetHistoryError(missing.length === 1 ? "missingMonth" : "missingMonths", {
    source,
    months: { list: missing },
    first: monthLabel(first),
    last: monthLabel(last),
  });
}

function requireNonNegative(
  sums: number[][],
  members: readonly string[],
  first: number,
  source: string
): void {
  const negative = sums.flatMap((row, m) =>
    row.flatMap((sum, offset) => {
      if (sum >= 0) return [];
      const month = monthLabel(first + offset);
      return [members[m] === "" ? month : `${members[m]} ${month}`];
    })
  );
  if (negative.length > 0)
    throw new TargetHistoryError("negativeMonths", { source, months: { list: negative } });
}

/** Months whose rows are all daily and do not cover every day of the month (history starting mid-month). */
function partiallyCoveredMonths(
  months: readonly RowMonth[]
): { month: string; days: number; total: number }[] {
  const days = new Map<number, Set<number> | "monthly">();
  for (const { key, day } of months) {
    const entry = days.get(key);
    if (day === undefined || entry === "monthly") days.set(key, "monthly");
    else days.set(key, (entry ?? new Set<number>()).add(day));
  }
  return [...days]
    .sort(([a], [b]) => a - b)
    .flatMap(([key, entry]) => {
      if (entry === "monthly") return [];
      const { year, month } = yearMonthOf(key);
      const total = daysInMonth(year, month);
      return entry.size < total ? [{ month: monthLabel(key), days: entry.size, total }] : [];
    });
}

/**
 * Per calendar month (January first), Σnumerator ÷ Σdenominator over the rows of that month in every year
 * where both cells are numbers; undefined when there are none or the denominator sums to 0.
 */
function ratioOfSums(
  months: readonly RowMonth[],
  numerators: readonly (number | null)[],
  denominators: readonly (number | null)[]
): (number | undefined)[] {
  const top = new Array<number>(MONTHS).fill(0);
  const bottom = new Array<number>(MONTHS).fill(0);
  months.forEach(({ key }, i) => {
    const n = numerators[i];
    const d = denominators[i];
    if (n === null || d === null) return;
    top[key % MONTHS] += n;
    bottom[key % MONTHS] += d;
  });
  return top.map((n, m) => (bottom[m] > 0 ? n / bottom[m] : undefined));
}

function observation(key: number, value: number): MonthlyObservation {
  const { year, month } = yearMonthOf(key);
  return { year, period: month, value };
}

function yearMonthOf(key: number): YearMonth {
  return { year: Math.floor(key / MONTHS), month: (key % MONTHS) + 1 };
}

/** "2025-04": the same in both languages, and what the user writes in a month column. */
function monthLabel(key: number): string {
  const { year, month } = yearMonthOf(key);
  return `${year}-${String(month).padStart(2, "0")}`;
}
