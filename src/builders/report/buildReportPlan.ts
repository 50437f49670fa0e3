/**
 * The operating report (经营报表) as a sheet plan. See reportLayout.ts for where things sit and README
 * ("Operating reports") for what the user sees. Two modes:
 * - live (default): every number is a native formula. Sums are SUMIFS over the source (Table[Col] for an
 *   Excel table, absolute ranges for a range, or the normalised data sheet this plan adds for a file or
 *   text dates/amounts); subtotals and totals are SUMs of the rows above; ratios divide the sum cells of
 *   the same row and column (IF(den=0,"",num/den)); changes divide a cell by its base cell.
 * - values: the same layout holding the numbers those formulas would compute, from the day cube.
 */
import type { CalendarOptions, Grain, Period } from "../../core/calendar";
import { serialToIsoDate } from "../../core/calendar";
import { format, type Locale } from "../../i18n/locale";
import { absoluteRangeA1, cellA1, columnLetters, rangeA1 } from "../../plan/a1";
import type {
  CellValue,
  ChartPlan,
  ConditionalFormat,
  DefinedName,
  FormatRange,
  PlanCell,
  SheetPlan,
  WorkbookPlan,
} from "../../plan/types";
import type { ReadNotes, TableData } from "../../table/tableData";
import { readNoteLines } from "../readNoteLines";
import { dashboardSheet } from "./dashboardSheet";
import { CHANGE_FORMAT, DOWN_COLOR, UP_COLOR } from "./reportColours";
import { ReportInputError } from "./reportError";
import {
  checkMapping,
  mappedColumn,
  AMOUNT_FIELDS,
  type AmountField,
  type HeaderWarning,
  type ReportMapping,
} from "./reportFields";
import {
  columnLayout,
  COVERS_ROW,
  END_ROW,
  GROUP_ROW,
  ISSUES_ROW,
  LABEL_ROW,
  MODE_ROW,
  SOURCE_ROW,
  START_ROW,
  TITLE_ROW,
  sectionTitleRow,
  type ColumnLayout,
} from "./reportLayout";
import { metricFields, metricsFor, type MetricDefinition, type MetricId } from "./reportMetrics";
import {
  keyedMembers,
  memberCondition,
  memberNumber,
  needsKeyColumns,
  type MemberMatching,
} from "./memberMatching";
import { amountIndex, buildReportModel, type ReportModel } from "./reportModel";
import {
  firstDataRowOfRange,
  rangeColumnReference,
  structuredColumn,
  tableColumnReference,
  type ColumnReference,
  type ReportSourceRef,
} from "./reportReferences";
import {
  SourceAccumulator,
  type NormalisedSource,
  type SourceColumns,
  type SourceIssue,
} from "./reportSource";
import { FIELD_LABELS, GRAIN_TEXT_KEYS, METRIC_LABELS, REPORT_TEXTS } from "./reportTexts";

export interface ReportOptions {
  locale: Locale;
  /** The confirmed mapping (detectReportColumns proposes one). Date and GMV are required. */
  mapping: ReportMapping;
  /** 0-based source columns to break down by, outer first (0, 1 or 2). */
  by?: readonly number[];
  /** Default "month". */
  grain?: Grain;
  /** Excel serials; default the first and last readable date. Columns are the whole periods touching the range. */
  from?: number;
  to?: number;
  /** Metrics to show (a ratio brings the sums it divides); default every metric the columns allow. */
  metrics?: readonly MetricId[];
  /** Write a snapshot of values instead of live formulas. */
  values?: boolean;
  calendar?: CalendarOptions;
  /** Rebuild in place: the report (and data) sheet replace the sheets of the same name (SheetPlan.replaces). */
  rebuild?: boolean;
  /** For the note "built …"; default now. */
  generatedAt?: Date;
  /** Add the daily dashboard (核心指标看板) sheet, key DASHBOARD_SHEET_KEY (dashboardSheet.ts). */
  dashboard?: boolean;
  /**
   * Build even when some rows have cells the rules cannot read: those rows are left out whole and the
   * sheet says how many and what they held. Without it such a source is refused (errorInvalidCells).
   */
  skipInvalid?: boolean;
  /** What the source's reader left out (title lines, a total row, skipped rows): written in the notes. */
  readNotes?: ReadNotes;
}

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
export const REPORT_GRAINS: readonly Grain[] = ["day", "week", "month", "quarter"];

/** Periods a sheet can hold with its column groups (4 columns per period, 16,384 columns). */
export const MAX_PERIODS = 2000;
/** Excel's limit on a function's arguments. */
const MAX_SUM_ARGUMENTS = 255;
const MAX_FORMULA_LENGTH = 8192;
const SHARE_BAR_COLOR = "#5B9BD5";
const CONTEXT_FILL_NOTE = "note" as const;
export const REPORT_SHEET_KEY = "report";
export const DATA_SHEET_KEY = "reportData";
export const DATA_TABLE_NAME = "ReportData";

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

// ── The data sheet ────────────────────────────────────────────────────────────────────────────────

/**
 * Data sheet headers: source row, date, breakdown columns (source headers), amounts (field labels), then
 * a key column for each breakdown column with members matched by key (keyed: memberMatching.ts).
 */
function dataSheetHeader(
  data: NormalisedSource,
  locale: Locale,
  keyed: readonly ReadonlySet<number>[] = []
): string[] {
  const labels = FIELD_LABELS[locale];
  const dimensionName = (column: number) => data.header[column] || `#${column + 1}`;
  const names = [
    REPORT_TEXTS[locale].sourceRowHeader,
    labels.date,
    ...data.columns.dimensions.map(dimensionName),
    ...data.columns.amounts.map(([field]) => labels[field]),
    ...keyColumnDimensions(data, keyed).map((d) =>
      format(REPORT_TEXTS[locale].memberKeyHeader, {
        column: dimensionName(data.columns.dimensions[d]),
      })
    ),
  ];
  // Table columns must differ (ignoring case): a breakdown header may equal a field label.
  const seen = new Set<string>();
  return names.map((name) => {
    let unique = name;
    for (let n = 2; seen.has(unique.toLowerCase()); n++) unique = `${name} (${n})`;
    seen.add(unique.toLowerCase());
    return unique;
  });
}

function dataSheetReference(data: NormalisedSource, locale: Locale): ColumnReference {
  const header = dataSheetHeader(data, locale);
  const columnOf = new Map<number, string>();
  columnOf.set(data.columns.date, header[1]);
  data.columns.dimensions.forEach((column, d) => columnOf.set(column, header[2 + d]));
  const amountsStart = 2 + data.columns.dimensions.length;
  data.columns.amounts.forEach(([, column], a) => columnOf.set(column, header[amountsStart + a]));
  return (column) => structuredColumn(DATA_TABLE_NAME, columnOf.get(column)!);
}

/** Breakdown columns (0-based among them) that get a key column on the data sheet, in order. */
function keyColumnDimensions(
  data: NormalisedSource,
  keyed: readonly ReadonlySet<number>[]
): number[] {
  return data.columns.dimensions.flatMap((_, d) => ((keyed[d]?.size ?? 0) > 0 ? [d] : []));
}

/** Breakdown column → the structured reference of its key column on the data sheet. */
function keyColumnReferences(
  data: NormalisedSource,
  locale: Locale,
  keyed: readonly ReadonlySet<number>[]
): Map<number, string> {
  const header = dataSheetHeader(data, locale, keyed);
  const first = 2 + data.columns.dimensions.length + data.columns.amounts.length;
  return new Map(
    keyColumnDimensions(data, keyed).map((d, i) => [
      d,
      structuredColumn(DATA_TABLE_NAME, header[first + i]),
    ])
  );
}

function dataSheet(
  data: NormalisedSource,
  options: ReportOptions,
  keyed: readonly ReadonlySet<number>[]
): SheetPlan {
  const rows = data.rows!;
  const header = dataSheetHeader(data, options.locale, keyed);
  const keyDimensions = keyColumnDimensions(data, keyed);
  const body: PlanCell[][] = new Array(rows.length);
  const number = (value: number): CellValue => (Number.isNaN(value) ? null : value);
  for (let i = 0; i < rows.length; i++) {
    const row: CellValue[] = [rows.sourceRows[i], number(rows.serials[i])];
    rows.codes.forEach((codes, d) => {
      const label = data.members[d].labels[codes[i]];
      row.push(label === "" ? null : label);
    });
    rows.amounts.forEach((amounts) => row.push(number(amounts[i])));
    for (const d of keyDimensions) row.push(memberNumber(rows.codes[d][i]));
    body[i] = row;
  }
  const lastRow = Math.max(rows.length, 1) + 1;
  if (rows.length === 0) body.push(header.map(() => null));
  const lastColumn = columnLetters(header.length - 1);
  const name = REPORT_TEXTS[options.locale].dataSheetName;
  return {
    key: DATA_SHEET_KEY,
    name,
    ...(options.rebuild ? { replaces: name } : {}),
    freeze: { rows: 1, columns: 0 },
    columnWidths: header.map((_, column) => ({ column: columnLetters(column), width: 14 })),
    blocks: [{ anchor: "A1", rows: [header, ...body] }],
    formats: [
      { range: `B2:B${lastRow}`, numberFormat: "date" },
      ...data.columns.amounts.map(([field], a) => ({
        range: `${columnLetters(2 + data.columns.dimensions.length + a)}2:${columnLetters(2 + data.columns.dimensions.length + a)}${lastRow}`,
        numberFormat: amountFormat(field),
      })),
    ],
    tables: [
      { name: DATA_TABLE_NAME, range: `A1:${lastColumn}${lastRow}`, style: "TableStyleLight9" },
    ],
  };
}

function amountFormat(field: AmountField): "thousands" | "yuan" {
  return field === "uv" || field === "pv" || field === "orders" ? "thousands" : "yuan";
}

// ── The report sheet ──────────────────────────────────────────────────────────────────────────────

interface WriterContext {
  /** The notes under the title: the source and when the report was built; live or snapshot. */
  sourceNote: string;
  modeNote: string;
}

class ReportSheetWriter {
  private readonly texts;
  private readonly layout: ColumnLayout;
  private readonly grid: PlanCell[][] = [];
  private readonly formats: FormatRange[] = [];
  private readonly conditionalFormats: ConditionalFormat[] = [];
  private readonly sectionOf = new Map<MetricId, number>();
  private readonly live: boolean;
  private readonly periodColumns: { period: Period; column: number }[];

  constructor(
    private readonly data: NormalisedSource,
    private readonly model: ReportModel,
    private readonly metrics: MetricDefinition[],
    private readonly options: ReportOptions,
    private readonly reference: ColumnReference | undefined,
    private readonly matching: MemberMatching,
    private readonly context: WriterContext
  ) {
    this.texts = REPORT_TEXTS[options.locale];
    this.layout = columnLayout(data.columns.dimensions.length, model.periods.length);
    this.live = !options.values;
    metrics.forEach((metric, s) => this.sectionOf.set(metric.id, s));
    const { layout } = this;
    this.periodColumns = [
      { period: model.previous, column: layout.previous },
      ...model.periods.map((period, j) => ({ period, column: layout.firstPeriod + j })),
      ...model.lastYear.map((period, j) => ({ period, column: layout.firstLastYear + j })),
    ];
  }

  sheet(): SheetPlan {
    this.writeTop();
    this.metrics.forEach((metric, s) => this.writeSection(metric, s));
    const notesRow = this.writeNotes();
    const name = this.texts.sheetName;
    return {
      key: REPORT_SHEET_KEY,
      name,
      ...(this.options.rebuild ? { replaces: name } : {}),
      tabColor: "#0F6CBD",
      freeze: { rows: END_ROW + 1, columns: this.layout.labelColumns },
      columnWidths: this.columnWidths(),
      blocks: [{ anchor: "A1", rows: this.rectangularGrid() }],
      formats: this.formats,
      conditionalFormats: this.conditionalFormats,
      charts: this.chart(notesRow),
      print: {
        orientation: "landscape",
        paper: "A4",
        fitToPagesWide: 1,
        repeatRows: `${GROUP_ROW + 1}:${END_ROW + 1}`,
      },
    };
  }

  /** Grand totals over the whole report, by name (README lists them). */
  names(): DefinedName[] {
    const names: DefinedName[] = [];
    const add = (name: string, metric: MetricId) => {
      const section = this.sectionOf.get(metric);
      if (section === undefined) return;
      const cell = {
        row: this.rowOf(section, this.model.rows.length - 1),
        column: this.layout.total,
      };
      names.push({
        name,
        sheet: REPORT_SHEET_KEY,
        range: absoluteRangeA1({ start: cell, end: cell }),
      });
    };
    add("Report_Total_UV", "uv");
    add("Report_Total_Orders", "orders");
    add("Report_Total_GMV", "gmv");
    add("Report_Total_Spend", "spend");
    add("Report_CR", "conversion");
    return names;
  }

  // ── Top area ──

  private writeTop(): void {
    const { texts, layout, model, options } = this;
    const locale = options.locale;
    const grainText = texts[GRAIN_TEXT_KEYS[model.grain]];
    this.set(TITLE_ROW, 0, format(texts.title, { grain: grainText }));
    this.set(SOURCE_ROW, 0, this.context.sourceNote);
    this.set(MODE_ROW, 0, this.context.modeNote);
    this.set(COVERS_ROW, 0, texts.dataCovers);
    const dateRef = this.reference?.(this.data.columns.date);
    this.set(
      COVERS_ROW,
      layout.previous,
      this.live ? { formula: `=MIN(${dateRef})` } : this.data.firstDate!
    );
    this.set(
      COVERS_ROW,
      layout.firstPeriod,
      this.live ? { formula: `=MAX(${dateRef})` } : this.data.lastDate!
    );
    this.formats.push({
      range: rangeA1({
        start: { row: COVERS_ROW, column: layout.previous },
        end: { row: COVERS_ROW, column: layout.firstPeriod },
      }),
      numberFormat: "date",
      style: "label",
    });
    this.formats.push({ range: `A${TITLE_ROW + 1}`, style: "title" });
    this.formats.push({ range: `A${SOURCE_ROW + 1}:A${MODE_ROW + 1}`, style: "note" });
    this.formats.push({ range: `A${COVERS_ROW + 1}`, style: "label" });

    // Column groups, labels, start and end dates.
    const label = (period: Period) => (locale === "zh-CN" ? period.labelZh : period.labelEn);
    const groups: [number, string][] = [
      [layout.previous, texts.groupPrevious],
      [layout.firstPeriod, texts.groupValues],
      [layout.firstMoM, texts.groupMoM],
      [layout.firstYoY, texts.groupYoY],
      [layout.firstLastYear, texts.groupLastYear],
    ];
    for (const [column, text] of groups) this.set(GROUP_ROW, column, text);
    this.data.columns.dimensions.forEach((column, d) =>
      this.set(LABEL_ROW, d, this.data.header[column] || `#${column + 1}`)
    );
    this.set(START_ROW, 0, texts.periodStart);
    this.set(END_ROW, 0, texts.periodEnd);
    for (const { period, column } of this.periodColumns) {
      this.set(LABEL_ROW, column, label(period));
      this.set(START_ROW, column, period.start);
      this.set(END_ROW, column, period.end);
    }
    this.set(LABEL_ROW, layout.total, texts.total);
    this.set(LABEL_ROW, layout.share, texts.share);
    model.periods.forEach((period, j) => {
      this.set(LABEL_ROW, layout.firstMoM + j, label(period));
      this.set(LABEL_ROW, layout.firstYoY + j, label(period));
    });
    const lastColumn = layout.width - 1;
    this.formats.push(
      { range: this.rowRange(GROUP_ROW, 0, lastColumn), style: "label" },
      { range: this.rowRange(LABEL_ROW, 0, lastColumn), style: "header" },
      { range: this.rowRange(START_ROW, 0, lastColumn), style: "note" },
      { range: this.rowRange(START_ROW, 0, lastColumn, END_ROW), numberFormat: "date" },
      { range: this.rowRange(START_ROW, 0, 0, END_ROW), style: "note", align: "left" }
    );
  }

  // ── Sections ──

  private rowOf(section: number, reportRow: number): number {
    return sectionTitleRow(section, this.model.rows.length) + 1 + reportRow;
  }

  private writeSection(metric: MetricDefinition, section: number): void {
    const { layout, model } = this;
    const titleRow = sectionTitleRow(section, model.rows.length);
    this.set(titleRow, 0, METRIC_LABELS[this.options.locale][metric.id]);
    this.formats.push({ range: this.rowRange(titleRow, 0, layout.width - 1), style: "label" });
    const firstRow = titleRow + 1;
    const lastRow = firstRow + model.rows.length - 1;
    model.rows.forEach((row, r) => {
      const sheetRow = firstRow + r;
      this.writeLabels(sheetRow, r);
      for (const { period, column } of this.periodColumns)
        this.set(sheetRow, column, this.periodCell(metric, section, r, period, column));
      this.set(sheetRow, layout.total, this.totalCell(metric, section, r));
      if (metric.kind === "sum")
        this.set(sheetRow, layout.share, this.shareCell(metric, section, r));
      model.periods.forEach((period, j) => {
        const column = layout.firstPeriod + j;
        const previousColumn = j === 0 ? layout.previous : column - 1;
        const previousPeriod = j === 0 ? model.previous : model.periods[j - 1];
        this.set(
          sheetRow,
          layout.firstMoM + j,
          this.changeCell(
            metric,
            section,
            r,
            { period, column },
            { period: previousPeriod, column: previousColumn }
          )
        );
        this.set(
          sheetRow,
          layout.firstYoY + j,
          this.changeCell(
            metric,
            section,
            r,
            { period, column },
            { period: model.lastYear[j], column: layout.firstLastYear + j }
          )
        );
      });
      if (row.kind !== "member")
        this.formats.push({
          range: this.rowRange(sheetRow, 0, layout.width - 1),
          style: row.kind === "total" ? "total" : "subtotal",
        });
    });
    const span = (from: number, to: number) =>
      rangeA1({ start: { row: firstRow, column: from }, end: { row: lastRow, column: to } });
    this.formats.push(
      { range: span(layout.previous, layout.total), numberFormat: metric.format },
      { range: span(layout.firstLastYear, layout.width - 1), numberFormat: metric.format },
      { range: span(layout.previous, layout.previous), style: CONTEXT_FILL_NOTE },
      { range: span(layout.firstLastYear, layout.width - 1), style: CONTEXT_FILL_NOTE },
      {
        range: span(layout.firstMoM, layout.firstYoY + model.periods.length - 1),
        numberFormat: CHANGE_FORMAT,
      }
    );
    for (const first of [layout.firstMoM, layout.firstYoY]) {
      const range = span(first, first + model.periods.length - 1);
      this.conditionalFormats.push(
        {
          range,
          rule: { type: "cellValue", operator: "greaterThan", formula1: "0", fontColor: UP_COLOR },
        },
        {
          range,
          rule: { type: "cellValue", operator: "lessThan", formula1: "0", fontColor: DOWN_COLOR },
        }
      );
    }
    if (metric.kind === "sum") {
      this.formats.push({ range: span(layout.share, layout.share), numberFormat: "percent1" });
      // Bars on the rows, not on the grand total (always 100%, it would flatten every other bar).
      if (model.rows.length > 1)
        this.conditionalFormats.push({
          range: rangeA1({
            start: { row: firstRow, column: layout.share },
            end: { row: lastRow - 1, column: layout.share },
          }),
          rule: { type: "dataBar", color: SHARE_BAR_COLOR },
        });
    }
  }

  private writeLabels(sheetRow: number, r: number): void {
    const row = this.model.rows[r];
    const { texts } = this;
    const labelOf = (d: number) => {
      const label = this.data.members[d].labels[row.codes[d]];
      return label === "" ? texts.blankMember : label;
    };
    if (row.kind === "total") this.set(sheetRow, 0, texts.total);
    else if (row.kind === "subtotal") {
      this.set(sheetRow, 0, labelOf(0));
      this.set(sheetRow, 1, texts.subtotal);
    } else row.codes.forEach((_, d) => this.set(sheetRow, d, labelOf(d)));
  }

  /** The cell of `metric` for report row r in a period column (previous, range, last year). */
  private periodCell(
    metric: MetricDefinition,
    section: number,
    r: number,
    period: Period,
    column: number
  ): PlanCell {
    if (metric.kind === "ratio")
      return this.ratioCell(metric, r, column, () => this.model.sums(r, period));
    if (!this.live) return this.model.sums(r, period)[this.amountIndex(metric.field)];
    const row = this.model.rows[r];
    const letters = columnLetters(column);
    const dimensions = this.data.columns.dimensions.length;
    if (row.kind === "member" || dimensions === 0) {
      const ref = this.reference!;
      const date = ref(this.data.columns.date);
      const criteria = row.codes
        .map((code, d) =>
          memberCondition(
            d,
            code,
            this.data.members[d].labels[code],
            ref(this.data.columns.dimensions[d]),
            this.matching
          )
        )
        .join("");
      return {
        formula:
          `=SUMIFS(${ref(this.amountColumn(metric.field))},${date},">="&${letters}$${START_ROW + 1},` +
          `${date},"<"&(${letters}$${END_ROW + 1}+1)${criteria})`,
      };
    }
    return { formula: this.sumOfParts(section, r, column) };
  }

  /** A subtotal adds its contiguous member rows; the grand total adds the subtotals (or the members). */
  private sumOfParts(section: number, r: number, column: number): string {
    const parts = this.model.rows[r].parts.map((part) =>
      cellA1({ row: this.rowOf(section, part), column })
    );
    if (parts.length === 0) return "=0";
    const contiguous = this.model.rows[r].parts.every(
      (part, i, all) => i === 0 || part === all[i - 1] + 1
    );
    if (contiguous) return `=SUM(${parts[0]}:${parts[parts.length - 1]})`;
    const chunks: string[] = [];
    for (let i = 0; i < parts.length; i += MAX_SUM_ARGUMENTS)
      chunks.push(parts.slice(i, i + MAX_SUM_ARGUMENTS).join(","));
    const formula =
      chunks.length === 1
        ? `=SUM(${chunks[0]})`
        : `=SUM(${chunks.map((c) => `SUM(${c})`).join(",")})`;
    if (formula.length > MAX_FORMULA_LENGTH || chunks.length > MAX_SUM_ARGUMENTS)
      throw new ReportInputError("errorFormulaTooLong", {
        column: this.data.header[this.data.columns.dimensions[0]],
        count: parts.length,
      });
    return formula;
  }

  private ratioCell(
    metric: Extract<MetricDefinition, { kind: "ratio" }>,
    r: number,
    column: number,
    sums: () => Float64Array
  ): PlanCell {
    if (!this.live) {
      const values = sums();
      const denominator = values[this.amountIndex(metric.denominator)];
      return denominator === 0 ? null : values[this.amountIndex(metric.numerator)] / denominator;
    }
    const numerator = this.cellOf(metric.numerator, r, column);
    const denominator = this.cellOf(metric.denominator, r, column);
    return { formula: `=IF(${denominator}=0,"",${numerator}/${denominator})` };
  }

  private totalCell(metric: MetricDefinition, section: number, r: number): PlanCell {
    const { layout, model } = this;
    if (metric.kind === "ratio")
      return this.ratioCell(metric, r, layout.total, () => this.rangeSums(r));
    if (!this.live) return this.rangeSums(r)[this.amountIndex(metric.field)];
    const row = this.rowOf(section, r);
    const first = cellA1({ row, column: layout.firstPeriod });
    const last = cellA1({ row, column: layout.firstPeriod + model.periods.length - 1 });
    return { formula: `=SUM(${first}:${last})` };
  }

  private rangeSums(r: number): Float64Array {
    const total = new Float64Array(this.data.columns.amounts.length);
    for (const period of this.model.periods) {
      const sums = this.model.sums(r, period);
      for (let a = 0; a < total.length; a++) total[a] += sums[a];
    }
    return total;
  }

  private shareCell(
    metric: Extract<MetricDefinition, { kind: "sum" }>,
    section: number,
    r: number
  ): PlanCell {
    const totalRow = this.model.rows.length - 1;
    if (!this.live) {
      const a = this.amountIndex(metric.field);
      const grand = this.rangeSums(totalRow)[a];
      return grand === 0 ? null : this.rangeSums(r)[a] / grand;
    }
    const own = cellA1({ row: this.rowOf(section, r), column: this.layout.total });
    const grandCell = { row: this.rowOf(section, totalRow), column: this.layout.total };
    const grand = absoluteRangeA1({ start: grandCell, end: grandCell });
    return { formula: `=IF(${grand}=0,"",${own}/${grand})` };
  }

  /**
   * % change of the cell in `current` against the cell in `base`, when the data covers both periods
   * whole (from the first day of the base to the last of the current) and the base is a non-zero number.
   */
  private changeCell(
    metric: MetricDefinition,
    section: number,
    r: number,
    current: { period: Period; column: number },
    base: { period: Period; column: number }
  ): PlanCell {
    if (!this.live) {
      const value = (p: { period: Period; column: number }) => {
        const cell = this.periodCell(metric, section, r, p.period, p.column);
        return typeof cell === "number" ? cell : undefined;
      };
      const covered =
        base.period.start >= this.data.firstDate! && current.period.end <= this.data.lastDate!;
      const now = value(current);
      const then = value(base);
      if (!covered || now === undefined || then === undefined || then === 0) return null;
      return now / then - 1;
    }
    const row = this.rowOf(section, r);
    const cur = cellA1({ row, column: current.column });
    const was = cellA1({ row, column: base.column });
    const baseStart = `${columnLetters(base.column)}$${START_ROW + 1}`;
    const currentEnd = `${columnLetters(current.column)}$${END_ROW + 1}`;
    const from = `$${columnLetters(this.layout.previous)}$${COVERS_ROW + 1}`;
    const to = `$${columnLetters(this.layout.firstPeriod)}$${COVERS_ROW + 1}`;
    return {
      formula:
        `=IF(AND(ISNUMBER(${cur}),ISNUMBER(${was}),${baseStart}>=${from},${currentEnd}<=${to}),` +
        `IF(${was}=0,"",${cur}/${was}-1),"")`,
    };
  }

  private cellOf(field: AmountField, r: number, column: number): string {
    const section = this.sectionOf.get(field as MetricId);
    if (section === undefined) throw new Error(`ratio needs the ${field} section`); // metricsFor adds it
    return cellA1({ row: this.rowOf(section, r), column });
  }

  private amountIndex(field: AmountField): number {
    return this.data.columns.amounts.findIndex(([f]) => f === field);
  }

  private amountColumn(field: AmountField): number {
    return this.data.columns.amounts[this.amountIndex(field)][1];
  }

  // ── Notes, chart, widths ──

  private writeNotes(): number {
    const { texts, model, options } = this;
    const notesRow = sectionTitleRow(this.metrics.length, model.rows.length);
    const grainText = texts[GRAIN_TEXT_KEYS[model.grain]];
    const labels = FIELD_LABELS[options.locale];
    const mapping = [
      [labels.date, this.data.columns.date] as const,
      ...this.data.columns.amounts.map(([field, column]) => [labels[field], column] as const),
    ]
      .map(([label, column]) => `${label} ← ${this.data.header[column]}`)
      .join(options.locale === "zh-CN" ? "；" : "; ");
    const lines = [
      format(texts.notePeriods, { grain: grainText }),
      texts.noteRatios,
      texts.noteComparisons,
      texts.noteColours,
      format(texts.noteMapping, { mapping }),
      ...issueLines(this.data.issues, options.locale, model.grain),
      ...leftOutLines(this.data, options),
    ];
    this.set(notesRow, 0, texts.notesHeading);
    this.formats.push({ range: `A${notesRow + 1}`, style: "label" });
    lines.forEach((line, i) => this.set(notesRow + 1 + i, 0, line));
    this.formats.push({ range: `A${notesRow + 2}:A${notesRow + 1 + lines.length}`, style: "note" });
    const unread = this.data.issues.length > 0;
    this.set(
      ISSUES_ROW,
      0,
      unread
        ? format(texts.issuesSummary, {
            count: this.data.problemRows,
            row: notesRow + 1,
          })
        : texts.noIssues
    );
    this.formats.push({ range: `A${ISSUES_ROW + 1}`, style: unread ? "label" : "note" });
    return notesRow + 1 + lines.length + 1;
  }

  /**
   * GMV columns with the conversion rate as a line on its own axis (a fraction beside millions would
   * lie flat at zero), and with a one-level breakdown each member's share of GMV as a donut beside it.
   */
  private chart(chartRow: number): ChartPlan[] {
    const gmv = this.sectionOf.get("gmv");
    if (gmv === undefined) return [];
    const { layout, model, texts } = this;
    const totalRow = model.rows.length - 1;
    const periodsRange = (row: number) =>
      rangeA1({
        start: { row, column: layout.firstPeriod },
        end: { row, column: layout.firstPeriod + model.periods.length - 1 },
      });
    const labels = METRIC_LABELS[this.options.locale];
    const series: ChartPlan["series"] = [
      { name: labels.gmv, values: periodsRange(this.rowOf(gmv, totalRow)) },
    ];
    const conversion = this.sectionOf.get("conversion");
    if (conversion !== undefined)
      series.push({
        name: labels.conversion,
        values: periodsRange(this.rowOf(conversion, totalRow)),
        axis: "secondary",
      });
    const trendEnd = Math.min(layout.width, 12) + 2;
    const charts: ChartPlan[] = [
      {
        type: conversion === undefined ? "column" : "combo",
        title: texts.chartTitle,
        categories: periodsRange(LABEL_ROW),
        series,
        position: `A${chartRow + 1}:${columnLetters(trendEnd)}${chartRow + 20}`,
        valueAxisTitle: labels.gmv,
        ...(conversion !== undefined ? { secondaryAxisTitle: labels.conversion } : {}),
      },
    ];
    // Members are contiguous rows only with one breakdown level (two levels interleave subtotals).
    const members = model.rows.flatMap((row, r) => (row.kind === "member" ? [r] : []));
    if (this.data.columns.dimensions.length === 1 && members.length > 1) {
      const column = (c: number) =>
        rangeA1({
          start: { row: this.rowOf(gmv, members[0]), column: c },
          end: { row: this.rowOf(gmv, members[members.length - 1]), column: c },
        });
      const dimension = this.data.columns.dimensions[0];
      charts.push({
        type: "donut",
        title: format(texts.shareChartTitle, {
          column: this.data.header[dimension] || `#${dimension + 1}`,
        }),
        categories: column(0),
        series: [{ name: labels.gmv, values: column(layout.total) }],
        position: `${columnLetters(trendEnd + 1)}${chartRow + 1}:${columnLetters(trendEnd + 8)}${chartRow + 20}`,
      });
    }
    return charts;
  }

  private columnWidths() {
    const { layout, model } = this;
    const widths = Array.from({ length: layout.labelColumns }, (_, column) => ({
      column: columnLetters(column),
      width: 18,
    }));
    const gaps = new Set([layout.share + 1, layout.firstYoY - 1, layout.firstLastYear - 1]);
    for (let column = layout.previous; column < layout.width; column++)
      widths.push({
        column: columnLetters(column),
        width: gaps.has(column) ? 2 : model.grain === "day" ? 11 : 13,
      });
    return widths;
  }

  // ── Grid ──

  private set(row: number, column: number, cell: PlanCell): void {
    while (this.grid.length <= row) this.grid.push([]);
    this.grid[row][column] = cell;
  }

  private rectangularGrid(): PlanCell[][] {
    const width = this.layout.width;
    return this.grid.map((row) => {
      const full = new Array<PlanCell>(width);
      for (let c = 0; c < width; c++) full[c] = row[c] ?? null;
      return full;
    });
  }

  private rowRange(row: number, from: number, to: number, lastRow = row): string {
    return rangeA1({ start: { row, column: from }, end: { row: lastRow, column: to } });
  }
}

/** The refusal naming the unreadable cells, by row, across columns. */
function invalidCellsError(data: NormalisedSource): ReportInputError {
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

function timestamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export { metricFields, UP_COLOR, DOWN_COLOR };
