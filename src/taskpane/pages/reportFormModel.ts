/**
 * The Report form's values and how they become the builder's options. The page maps the report's own
 * fields (detectReportColumns). Live formulas point where the rows live: Table[Column] for an Excel table
 * (appended rows flow in), absolute ranges for a sheet or the selection's region.
 */
import { format, type Locale } from "../../i18n/locale";
import type { Grain } from "../../core/calendar";
import {
  buildReportPlan,
  detectReportColumns,
  FIELD_LABELS,
  parseRangeDate,
  REPORT_FIELDS,
  REPORT_SHEET_KEY,
  REPORT_TEXTS,
  type ReportMapping,
  type ReportSourceRef,
} from "../../builders/report";
import type { TableData } from "../../workbook/port";
import type { ColumnMappingValue, ColumnMeaning } from "../components/ColumnMapping";
import type { BuildChoices, PreparedBuild } from "../components/BuildRunner";
import { REPORT_FORM_TEXTS } from "./reportFormTexts";

export interface ReportFormValues {
  grain: Grain;
  /** 0-based source columns to break rows down by, outer first; null for none. */
  by: [number | null, number | null];
  /** A snapshot of values instead of live formulas. */
  snapshot: boolean;
  /** Also the one-screen daily dashboard (核心指标看板). */
  dashboard: boolean;
  /** The range as typed (2025-01-01, 2025/1/1, 2025-01 …); empty for the data's first / last date. */
  from: string;
  to: string;
}

/** A From/To the panel cannot read, in the panel's language. */
export class ReportFormError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReportFormError";
  }
}

/** The report's fields as the page's mapping dropdowns, in the panel's language. */
export function reportMeanings(locale: Locale): ColumnMeaning[] {
  return REPORT_FIELDS.map((field) => ({ id: field, label: FIELD_LABELS[locale][field] }));
}

export function detectReportMapping(header: readonly string[]): ColumnMappingValue {
  return { ...detectReportColumns(header) };
}

export function defaultReportForm(mapping: ColumnMappingValue | undefined): ReportFormValues {
  // The channel column, when one was found, is the breakdown operators ask for first.
  return {
    grain: "month",
    by: [mapping?.channel ?? null, null],
    snapshot: false,
    dashboard: false,
    from: "",
    to: "",
  };
}

export function reportMapping(mapping: ColumnMappingValue): ReportMapping {
  const fields: ReportMapping = {};
  for (const field of REPORT_FIELDS) {
    const column = mapping[field];
    if (column !== null && column !== undefined) fields[field] = column;
  }
  return fields;
}

/** Where the live formulas read: the table or range the rows came from, else a data sheet the plan adds. */
export function reportSourceRef(data: TableData): ReportSourceRef {
  // A TableOrigin is already a table or range source.
  return data.origin ?? { kind: "file", name: data.source };
}

/** The plan, the report sheet to open and what to tell the user; throws ReportInputError. */
export function prepareReport(
  values: ReportFormValues,
  source: { data: TableData; mapping: ColumnMappingValue },
  locale: Locale,
  choices: BuildChoices = { skipInvalid: false }
): PreparedBuild {
  const texts = REPORT_FORM_TEXTS[locale];
  const by = values.by.filter((column): column is number => column !== null);
  const from = rangeEnd(values.from, "start", texts.fromInvalid);
  const to = rangeEnd(values.to, "end", texts.toInvalid);
  // Values-only when the user ticked it, or chose it when live formulas were over the formula budget.
  const snapshot = values.snapshot || choices.valuesOnly === true;
  const result = buildReportPlan(source.data, reportSourceRef(source.data), {
    locale,
    mapping: reportMapping(source.mapping),
    by: [...new Set(by)],
    grain: values.grain,
    from,
    to,
    values: snapshot,
    dashboard: values.dashboard,
    // Building again updates the report where it is; the adapter keeps the old one as a hidden sheet.
    rebuild: true,
    skipInvalid: choices.skipInvalid,
  });
  const notes = [format(texts.counted, { counted: result.countedRows, rows: result.rowCount })];
  // Live formulas over a copy don't follow the source: say so, since the user picked a live table.
  if (result.usesDataSheet && source.data.origin)
    notes.push(format(texts.copiedData, { sheet: REPORT_TEXTS[locale].dataSheetName }));
  if (result.countedRows < result.rowCount)
    notes.push(format(texts.notCounted, { skipped: result.rowCount - result.countedRows }));
  return {
    plan: result.plan,
    sheetKey: REPORT_SHEET_KEY,
    notes,
    // Every SUMIFS reads all the source's rows, so the formula work grows with them.
    ...(snapshot ? {} : { liveSourceRows: result.rowCount }),
  };
}

function rangeEnd(text: string, edge: "start" | "end", invalid: string): number | undefined {
  if (text.trim() === "") return undefined;
  const serial = parseRangeDate(text, edge);
  if (serial === undefined) throw new ReportFormError(format(invalid, { value: text.trim() }));
  return serial;
}
