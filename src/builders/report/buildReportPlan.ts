/**
 * The operating report (经营报表) as a sheet plan. See reportLayout.ts for where things sit and README
 * ("Operating reports") for what the user sees. Two modes:
 * - live (default): every number is a native formula. Sums are SUMIFS over the source (Table[Col] for an
 *   Excel table, absolute ranges for a range, or the normalised data sheet this plan adds for a file or
 *   text dates/amounts); subtotals and totals are SUMs of the rows above; ratios divide the sum cells of
 *   the same row and column (IF(den=0,"",num/den)); changes divide a cell by its base cell.
 * - values: the same layout holding the numbers those formulas would compute, from the day cube.
 */
import type { Grain, Period } from "../../core/calendar";
import { serialToIsoDate } from "../../core/calendar";
import { format } from "../../i18n/locale";
import type { SheetPlan, WorkbookPlan } from "../../plan/types";
import type { TableData } from "../../table/tableData";
import { dashboardSheet } from "./dashboardSheet";
import { DOWN_COLOR, UP_COLOR } from "./reportColours";
import { ReportInputError } from "./reportError";
import { checkMapping, mappedColumn, AMOUNT_FIELDS, type HeaderWarning } from "./reportFields";
import { metricFields, metricsFor, type MetricId } from "./reportMetrics";
import { keyedMembers, needsKeyColumns, type MemberMatching } from "./memberMatching";
import { amountIndex, buildReportModel } from "./reportModel";
import { dataSheet, dataSheetReference, keyColumnReferences } from "./reportDataSheet";
import { invalidCellsError, timestamp } from "./reportNotes";
import { MAX_PERIODS, type ReportOptions } from "./reportOptions";
import {
  firstDataRowOfRange,
  rangeColumnReference,
  tableColumnReference,
  type ReportSourceRef,
} from "./reportReferences";
import { ReportSheetWriter } from "./reportSheetWriter";
import {
  SourceAccumulator,
  type NormalisedSource,
  type SourceColumns,
  type SourceIssue,
} from "./reportSource";
import { GRAIN_TEXT_KEYS, REPORT_TEXTS } from "./reportTexts";

export {
  DATA_SHEET_KEY,
  DATA_TABLE_NAME,
  MAX_PERIODS,
  REPORT_GRAINS,
  REPORT_SHEET_KEY,
  type ReportOptions,
} from "./reportOptions";
export { rowList } from "./reportNotes";

export interface ReportPlanResult {
  plan: WorkbookPlan;
  /** Rows with unreadable cells (also written in the sheet's notes). */
  issues: SourceIssue[];
  warnings: HeaderWarning[];
  /** Metrics in the report, in order. */
  metrics: MetricId[];
  periods: Period[];
  /** Data rows read, and those counted (readable date). */
  rowCount: number;
  countedRows: number;
  /**
   * The live report reads a data sheet added to the plan (file source, text dates/amounts, or members
   * only a key column can match: memberMatching.ts).
   */
  usesDataSheet: boolean;
}

/** The grains a report's columns can have. */

/** Checks the mapping and the options, and starts the one pass over the rows. */
export function startReport(
  header: readonly string[],
  source: ReportSourceRef,
  options: ReportOptions
): { accumulator: SourceAccumulator; warnings: HeaderWarning[] } {
  const by = options.by ?? [];
  if (by.length > 2) throw new ReportInputError("errorTooManyDimensions", {});
  for (const column of by) {
    if (!Number.isInteger(column) || column < 0 || column >= header.length)
      throw new ReportInputError("errorDimensionColumn", { column: column + 1 });
  }
  const check = checkMapping(header, options.mapping);
  const mappedOrBy = new Set([...by, ...Object.values(options.mapping).filter((c) => c != null)]);
  const error = check.errors[0];
  if (error) throw ReportInputError.fromMappingProblem(error, header);
  // A breakdown column on a duplicated header is as ambiguous as a mapped one.
  const warnings = check.warnings.filter(({ columns }) => {
    const used = columns.find((column) => mappedOrBy.has(column));
    if (used !== undefined)
      throw new ReportInputError("errorAmbiguousHeader", {
        name: header[used],
        columns: columns.map((c) => c + 1).join(", "),
        field: header[used],
      });
    return true;
  });
  const columns: SourceColumns = {
    date: mappedColumn(options.mapping, "date")!,
    amounts: AMOUNT_FIELDS.flatMap((field) => {
      const column = mappedColumn(options.mapping, field);
      return column === undefined ? [] : [[field, column] as const];
    }),
    dimensions: by,
  };
  const accumulator = new SourceAccumulator(header, columns, {
    grain: options.grain ?? "month",
    // Live reports may need the data sheet: known only after the pass (text dates), so keep the columns.
    keepRows: !options.values,
    firstRowNumber: firstRowNumber(source),
  });
  return { accumulator, warnings };
}

/** The whole build from rows in memory (the panel; tests). */
export function buildReportPlan(
  table: TableData,
  source: ReportSourceRef,
  options: ReportOptions
): ReportPlanResult {
  const { accumulator, warnings } = startReport(table.header, source, options);
  table.rows.forEach((row, index) => accumulator.add(row, index, table.rowNumbers?.[index]));
  return planReport(
    accumulator.finish(),
    table.source,
    source,
    { readNotes: table.notes, ...options },
    warnings
  );
}

/** The plan from a source read in one pass (startReport, then add() per row, then finish()). */
export function planReport(
  data: NormalisedSource,
  sourceLabel: string,
  source: ReportSourceRef,
  options: ReportOptions,
  warnings: HeaderWarning[] = []
): ReportPlanResult {
  const texts = REPORT_TEXTS[options.locale];
  const dateHeader = data.header[data.columns.date];
  if (data.rowCount === 0) throw new ReportInputError("errorNoRows", {});
  if (data.issues.length > 0 && !options.skipInvalid) throw invalidCellsError(data);
  if (data.firstDate === undefined || data.lastDate === undefined)
    throw new ReportInputError("errorNoDates", { column: dateHeader });
  const from = options.from ?? data.firstDate;
  const to = options.to ?? data.lastDate;
  if (from > to)
    throw new ReportInputError("errorRangeBackwards", {
      from: serialToIsoDate(from),
      to: serialToIsoDate(to),
    });
  const grain = options.grain ?? "month";
  const gmvIndex = amountIndex(data, "gmv");
  const periodCount = estimatePeriods(from, to, grain);
  if (periodCount > MAX_PERIODS)
    throw new ReportInputError("errorTooManyPeriods", {
      count: periodCount,
      grain: texts[GRAIN_TEXT_KEYS[grain]],
      max: MAX_PERIODS,
    });
  const model = buildReportModel(data, {
    grain,
    calendar: options.calendar ?? {},
    from,
    to,
    gmvIndex,
  });
  const available = new Set(data.columns.amounts.map(([field]) => field));
  const metrics = metricsFor(available, options.metrics);
  const keyed = keyedMembers(data.members);
  const usesDataSheet =
    !options.values &&
    (source.kind === "file" || data.needsNormalisedData || needsKeyColumns(keyed));
  const reference = usesDataSheet
    ? dataSheetReference(data, options.locale)
    : source.kind === "table"
      ? tableColumnReference(source.table, data.header)
      : source.kind === "range"
        ? rangeColumnReference(source.sheet, source.address)
        : undefined;
  const sourceNote = format(texts.sourceNote, {
    source: sourceLabel,
    rows: data.rowCount.toLocaleString("en-US"),
    generated: timestamp(options.generatedAt ?? new Date()),
  });
  const modeNote = options.values
    ? texts.valuesNote
    : usesDataSheet
      ? format(texts.liveDataSheetNote, { sheet: texts.dataSheetName })
      : texts.liveNote;
  const keyColumns = keyColumnReferences(data, options.locale, keyed);
  const matching: MemberMatching = {
    keyed,
    keyColumn: (d) => {
      const column = keyColumns.get(d);
      // memberCondition asks only for a column with keyed members, which always has one.
      if (column === undefined) throw new Error(`breakdown column ${d} has no key column`);
      return column;
    },
  };
  const writer = new ReportSheetWriter(data, model, metrics, options, reference, matching, {
    sourceNote,
    modeNote,
  });
  const sheets: SheetPlan[] = [writer.sheet()];
  if (options.dashboard)
    sheets.push(
      dashboardSheet({
        data,
        metrics,
        locale: options.locale,
        live: !options.values,
        reference,
        sourceNote,
        modeNote,
        rebuild: options.rebuild,
      })
    );
  if (usesDataSheet) sheets.push(dataSheet(data, options, keyed));
  return {
    plan: { sheets, names: writer.names() },
    issues: data.issues,
    warnings,
    metrics: metrics.map((metric) => metric.id),
    periods: model.periods,
    rowCount: data.rowCount,
    countedRows: data.countedRows,
    usesDataSheet,
  };
}

function firstRowNumber(source: ReportSourceRef): number {
  if (source.kind === "range") return firstDataRowOfRange(source.address);
  if (source.kind === "table") return source.firstRowNumber ?? 2;
  return 2;
}

function estimatePeriods(from: number, to: number, grain: Grain): number {
  const days = to - from + 1;
  const perPeriod = { day: 1, week: 7, month: 28, quarter: 89 }[grain];
  return Math.ceil(days / perPeriod) + 1;
}

export { metricFields, UP_COLOR, DOWN_COLOR };
