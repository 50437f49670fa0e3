/**
 * The Report page's choices and how they reach the report builder module: the same path as every
 * derived page (builderPageModel: the fields read by the module's rules, the table with the columns the
 * user confirmed), so the panel and the CLI give the same plan. The page's own part is the form: two
 * breakdown levels chosen among the source's columns, the channel column first.
 */
import { REPORT_FIELDS, REPORT_INPUT, reportBuilder } from "../../builders/report";
import { detectInputColumns } from "../../builders/inputTables";
import type { TypedFields } from "../../builders/fields";
import type { Locale } from "../../i18n/locale";
import type { TableData } from "../../table/tableData";
import type { ColumnMappingValue, ColumnMeaning } from "../components/ColumnMapping";
import type { BuildChoices, PreparedBuild } from "../components/BuildRunner";
import { prepareBuilderBuild } from "./builderPageModel";

export interface ReportFormValues {
  /** A grain as the module's field reads it (day, week, month, quarter). */
  grain: string;
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

/** The report input's columns as the page's mapping dropdowns, in the order a shop export lists them. */
export function reportMeanings(locale: Locale): ColumnMeaning[] {
  return REPORT_FIELDS.map((field) => ({
    id: field,
    label: REPORT_INPUT.columns.find((column) => column.id === field)!.label[locale],
  }));
}

/** The columns the module's synonyms find; null where none. */
export function detectReportMapping(header: readonly string[]): ColumnMappingValue {
  const found = detectInputColumns(REPORT_INPUT, header);
  return Object.fromEntries(REPORT_FIELDS.map((field) => [field, found[field] ?? null]));
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

/** The page's mapping is the user's whole choice: a field it leaves out has no column (not detected again). */
export function reportMapping(mapping: ColumnMappingValue): ColumnMappingValue {
  return Object.fromEntries(REPORT_FIELDS.map((field) => [field, mapping[field] ?? null]));
}

/** The form as the module's fields, typed: breakdown columns by their headers. */
export function reportTypedFields(
  values: ReportFormValues,
  header: readonly string[]
): TypedFields {
  const [by, thenBy] = values.by;
  return {
    by: by === null ? "" : header[by],
    thenBy: thenBy === null ? "" : header[thenBy],
    grain: values.grain,
    from: values.from,
    to: values.to,
    values: values.snapshot,
    dashboard: values.dashboard,
  };
}

/**
 * The plan, the report sheet to open and what to tell the user. Throws a LocalizedError (a field named
 * by its label) or a ReportInputError for what the user can fix.
 */
export function prepareReport(
  values: ReportFormValues,
  source: { data: TableData; mapping: ColumnMappingValue },
  locale: Locale,
  choices: BuildChoices = { skipInvalid: false }
): PreparedBuild {
  // Values-only when the user ticked it, or chose it when live formulas were over the formula budget.
  const snapshot = values.snapshot || choices.valuesOnly === true;
  const prepared = prepareBuilderBuild(
    reportBuilder,
    { [REPORT_INPUT.id]: { data: source.data, mapping: reportMapping(source.mapping) } },
    reportTypedFields({ ...values, snapshot }, source.data.header),
    locale,
    choices
  );
  // Every SUMIFS reads all the source's rows, so the formula work grows with them.
  return snapshot ? prepared : { ...prepared, liveSourceRows: source.data.rows.length };
}
