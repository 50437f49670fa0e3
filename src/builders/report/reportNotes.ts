/** The report's notes: the lines under its sections, the refusal naming unreadable cells, the build time. */
import type { Grain } from "../../core/calendar";
import { format, type Locale } from "../../i18n/locale";
import { readNoteLines } from "../readNoteLines";
import { ReportInputError } from "./reportError";
import type { ReportOptions } from "./reportOptions";
import type { NormalisedSource, SourceIssue } from "./reportSource";
import { FIELD_LABELS, GRAIN_TEXT_KEYS, REPORT_TEXTS } from "./reportTexts";

/** The notes under the report's sections: how its numbers are made, the columns used, what was left out. */
export function reportNoteLines(
  data: NormalisedSource,
  options: ReportOptions,
  grain: Grain
): string[] {
  const texts = REPORT_TEXTS[options.locale];
  const labels = FIELD_LABELS[options.locale];
  const mapping = [
    [labels.date, data.columns.date] as const,
    ...data.columns.amounts.map(([field, column]) => [labels[field], column] as const),
  ]
    .map(([label, column]) => `${label} ← ${data.header[column]}`)
    .join(options.locale === "zh-CN" ? "；" : "; ");
  return [
    format(texts.notePeriods, { grain: texts[GRAIN_TEXT_KEYS[grain]] }),
    texts.noteRatios,
    texts.noteComparisons,
    texts.noteColours,
    format(texts.noteMapping, { mapping }),
    ...issueLines(data.issues, options.locale, grain),
    ...leftOutLines(data, options),
  ];
}

/** The refusal naming the unreadable cells, by row, across columns. */
export function invalidCellsError(data: NormalisedSource): ReportInputError {
  const cells = data.issues.flatMap((issue) =>
    issue.rows.map((row, i) => ({ row, column: issue.header, text: issue.texts[i] }))
  );
  const cellCount = data.issues.reduce((sum, issue) => sum + issue.count, 0);
  return ReportInputError.invalidCells(cells, cellCount, data.problemRows);
}

/** Left-out rows, title lines, a total row: what the report did not count, said on the sheet. */
function leftOutLines(data: NormalisedSource, options: ReportOptions): string[] {
  const texts = REPORT_TEXTS[options.locale];
  const lines: string[] = [];
  if (data.leftOut.count > 0) {
    const labels = FIELD_LABELS[options.locale];
    const sums = data.columns.amounts
      .map(([field], a) => `${labels[field]} ${formatSum(data.leftOut.sums[a])}`)
      .join(options.locale === "zh-CN" ? "；" : "; ");
    lines.push(
      format(texts.leftOutNote, { count: data.leftOut.count, sums: sums || texts.leftOutNone })
    );
  }
  return [...lines, ...readNoteLines(options.readNotes, options.locale)];
}

function formatSum(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

function issueLines(issues: SourceIssue[], locale: Locale, grain: Grain): string[] {
  const texts = REPORT_TEXTS[locale];
  const key = {
    unreadableDate: "issueUnreadableDate",
    missingDate: "issueMissingDate",
    monthOnlyDate: "issueMonthOnlyDate",
    unreadableAmount: "issueUnreadableAmount",
    unwritableText: "issueUnwritableText",
  } as const;
  return issues.map((issue) =>
    format(texts[key[issue.kind]], {
      count: issue.count,
      column: issue.header,
      rows: rowList(issue, locale),
      grain: texts[GRAIN_TEXT_KEYS[grain]],
    })
  );
}

/** "5, 9, 12" or "5, 9, … and 30 more". */
export function rowList(issue: SourceIssue, locale: Locale): string {
  const listed = issue.rows.join(", ");
  const more = issue.count - issue.rows.length;
  return more > 0 ? format(REPORT_TEXTS[locale].moreRows, { rows: listed, more }) : listed;
}

export function timestamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
