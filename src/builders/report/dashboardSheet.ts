/**
 * The daily dashboard (核心指标看板): one screen with the report's metrics for one day, the day before, the
 * same weekday a week earlier, and the month to date against the month's target. Where things sit
 * (1-based rows, documented in README):
 *
 *   1–3   title, source note, live/snapshot note
 *   4     report date: the date typed in row 5, else the latest date in the source (live: MAX over the date
 *         column, so appended rows move it)
 *   5     the yellow input for another date (live only)
 *   7     column headers; row 8 the dates each column covers
 *   9…    one row per metric; then the notes; then the last 30 days and their chart (dashboardTrend.ts)
 *
 *   columns  A metric | B day | C day before | D day on day % | E same day last week | F week on week %
 *            | G month to date | H month target | I achievement % | J time progress %  (H–J on the GMV row)
 *
 * Live, sums are SUMIFS over the same source references as the report and ratios divide the sums of their
 * column; values mode writes the numbers those formulas compute, from the per-day sums. The month target
 * is looked up in both modes through the names a target sheet defines (TARGET_NAMES), inside IFERROR: the
 * cell is empty while the workbook has no target sheet (#NAME?) or none for that month (#N/A), and fills
 * in as soon as one is added.
 */
import { daysInMonth, serialFromYmd, ymdFromSerial } from "../../core/calendar";
import type { Locale } from "../../i18n/locale";
import { format } from "../../i18n/locale";
import { columnLetters } from "../../plan/a1";
import { CellGrid } from "../../plan/cellGrid";
import type {
  ConditionalFormat,
  DataValidation,
  FormatRange,
  PlanCell,
  SheetPlan,
} from "../../plan/types";
import { TARGET_NAMES } from "../targets/targetsPlan";
import type { AmountField } from "./reportFields";
import { dashboardTrend, totalsByDay } from "./dashboardTrend";
import { CHANGE_FORMAT, DOWN_COLOR, UP_COLOR } from "./reportColours";
import type { MetricDefinition, MetricId } from "./reportMetrics";
import type { ColumnReference } from "./reportReferences";
import type { NormalisedSource } from "./reportSource";
import { METRIC_LABELS, REPORT_TEXTS } from "./reportTexts";

export const DASHBOARD_SHEET_KEY = "dashboard";

// 0-based rows.
const TITLE_ROW = 0;
const SOURCE_ROW = 1;
const MODE_ROW = 2;
const DATE_ROW = 3;
const DATE_INPUT_ROW = 4;
const HEADER_ROW = 6;
const DATES_ROW = 7;
const FIRST_METRIC_ROW = 8;

/** 0-based columns. */
const COL = {
  metric: 0,
  day: 1,
  dayBefore: 2,
  dayChange: 3,
  lastWeek: 4,
  weekChange: 5,
  monthToDate: 6,
  target: 7,
  achievement: 8,
  timeProgress: 9,
} as const;
const WIDTH = 10;
/** Columns holding sums over a window of days: the window's first day is in the dates row. */
const WINDOW_COLUMNS = [COL.day, COL.dayBefore, COL.lastWeek, COL.monthToDate] as const;
type WindowColumn = (typeof WINDOW_COLUMNS)[number];

export interface DashboardInput {
  data: NormalisedSource;
  /** The report's metrics (metricsFor: a ratio's sums are among them). */
  metrics: MetricDefinition[];
  locale: Locale;
  live: boolean;
  /** Live: how formulas name a source column (the report's references). */
  reference: ColumnReference | undefined;
  /** The report's notes for the source and the mode, as the report sheet words them. */
  sourceNote: string;
  modeNote: string;
  rebuild?: boolean;
}

export function dashboardSheet(input: DashboardInput): SheetPlan {
  return new DashboardWriter(input).sheet();
}

/** A1 of a cell, with $ where asked. */
function a1(row: number, column: number, fixRow = false, fixColumn = false): string {
  return `${fixColumn ? "$" : ""}${columnLetters(column)}${fixRow ? "$" : ""}${row + 1}`;
}

class DashboardWriter {
  private readonly texts;
  private readonly grid = new CellGrid();
  private readonly formats: FormatRange[] = [];
  private readonly conditionalFormats: ConditionalFormat[] = [];
  private readonly rowOf = new Map<MetricId, number>();
  /** Values mode: each window's first and last day (the last date in the source is the report date). */
  private readonly windows: Record<WindowColumn, [number, number]>;
  private readonly dayTotals: Map<number, Float64Array>;

  constructor(private readonly input: DashboardInput) {
    this.texts = REPORT_TEXTS[input.locale];
    input.metrics.forEach((metric, i) => this.rowOf.set(metric.id, FIRST_METRIC_ROW + i));
    const date = input.data.lastDate!;
    const { year, month } = ymdFromSerial(date);
    this.windows = {
      [COL.day]: [date, date],
      [COL.dayBefore]: [date - 1, date - 1],
      [COL.lastWeek]: [date - 7, date - 7],
      [COL.monthToDate]: [serialFromYmd(year, month, 1), date],
    } as Record<WindowColumn, [number, number]>;
    this.dayTotals = input.live ? new Map() : totalsByDay(input.data);
  }

  sheet(): SheetPlan {
    const { texts, input } = this;
    this.writeTop();
    this.writeHeaders();
    input.metrics.forEach((metric) => this.writeMetric(metric));
    this.colourChanges();
    const notesRow = FIRST_METRIC_ROW + input.metrics.length + 1;
    const notesEnd = this.writeNotes(notesRow);
    const trend = dashboardTrend(
      {
        ...input,
        dateCell: a1(DATE_ROW, 1, true, true),
        date: input.data.lastDate!,
        daySum: (field, serial) => this.dayTotals.get(serial)?.[this.amountIndex(field)] ?? 0,
      },
      notesEnd + 1
    );
    for (const [row, column, cell] of trend?.cells ?? []) this.set(row, column, cell);
    this.formats.push(...(trend?.formats ?? []));
    const name = texts.dashboardSheetName;
    return {
      key: DASHBOARD_SHEET_KEY,
      name,
      ...(input.rebuild ? { replaces: name } : {}),
      tabColor: "#C00000",
      columnWidths: [
        { column: "A", width: 30 },
        ...Array.from({ length: WIDTH - 1 }, (_, i) => ({
          column: columnLetters(i + 1),
          width: 14,
        })),
      ],
      blocks: [{ anchor: "A1", rows: this.grid.rectangle(WIDTH) }],
      formats: this.formats,
      conditionalFormats: this.conditionalFormats,
      validations: this.validations(),
      ...(trend ? { charts: [trend.chart] } : {}),
      print: { orientation: "landscape", paper: "A4", fitToPagesWide: 1, fitToPagesTall: 1 },
    };
  }

  private writeTop(): void {
    const { texts, input } = this;
    this.set(TITLE_ROW, 0, texts.dashboardTitle);
    this.set(SOURCE_ROW, 0, input.sourceNote);
    this.set(MODE_ROW, 0, input.modeNote);
    this.set(DATE_ROW, 0, texts.dashboardDate);
    const dateInput = a1(DATE_INPUT_ROW, 1, true, true);
    const dates = input.reference?.(input.data.columns.date);
    this.set(
      DATE_ROW,
      1,
      input.live
        ? { formula: `=INT(IF(ISNUMBER(${dateInput}),${dateInput},MAX(${dates})))` }
        : input.data.lastDate!
    );
    this.formats.push(
      { range: "A1", style: "title" },
      { range: `A${SOURCE_ROW + 1}:A${MODE_ROW + 1}`, style: "note" },
      { range: `A${DATE_ROW + 1}:B${DATE_ROW + 1}`, style: "label" },
      { range: `B${DATE_ROW + 1}`, numberFormat: "date" }
    );
    if (!input.live) return;
    this.set(DATE_INPUT_ROW, 0, texts.dashboardDateInput);
    this.set(DATE_INPUT_ROW, 2, texts.dashboardDateHint);
    this.formats.push(
      { range: `B${DATE_INPUT_ROW + 1}`, style: "input", numberFormat: "date" },
      { range: `C${DATE_INPUT_ROW + 1}`, style: "note" }
    );
  }

  private validations(): DataValidation[] {
    if (!this.input.live) return [];
    return [
      {
        range: `B${DATE_INPUT_ROW + 1}`,
        // Excel's date serials: 1900-01-01 … 9999-12-31.
        rule: { type: "decimal", min: 1, max: 2958465 },
        prompt: this.texts.dashboardDateHint,
        error: this.texts.dashboardDateError,
        allowBlank: true,
      },
    ];
  }

  private writeHeaders(): void {
    const { texts, input } = this;
    const headers: [number, string][] = [
      [COL.metric, texts.dashboardMetric],
      [COL.day, texts.dashboardDay],
      [COL.dayBefore, texts.dashboardDayBefore],
      [COL.dayChange, texts.dashboardDayChange],
      [COL.lastWeek, texts.dashboardLastWeek],
      [COL.weekChange, texts.dashboardWeekChange],
      [COL.monthToDate, texts.dashboardMonthToDate],
      [COL.target, texts.dashboardTarget],
      [COL.achievement, texts.dashboardAchievement],
      [COL.timeProgress, texts.dashboardTimeProgress],
    ];
    for (const [column, text] of headers) this.set(HEADER_ROW, column, text);
    this.set(DATES_ROW, 0, texts.dashboardDates);
    const day = a1(DATES_ROW, COL.day);
    const live: Record<WindowColumn, string> = {
      [COL.day]: `=${a1(DATE_ROW, 1, true, true)}`,
      [COL.dayBefore]: `=${day}-1`,
      [COL.lastWeek]: `=${day}-7`,
      [COL.monthToDate]: `=DATE(YEAR(${day}),MONTH(${day}),1)`,
    } as Record<WindowColumn, string>;
    for (const column of WINDOW_COLUMNS)
      this.set(DATES_ROW, column, input.live ? { formula: live[column] } : this.windows[column][0]);
    const last = columnLetters(WIDTH - 1);
    this.formats.push(
      { range: `A${HEADER_ROW + 1}:${last}${HEADER_ROW + 1}`, style: "header", wrap: true },
      { range: `A${DATES_ROW + 1}:${last}${DATES_ROW + 1}`, style: "note", numberFormat: "date" },
      {
        range: a1(DATES_ROW, COL.monthToDate),
        numberFormat: { code: texts.dashboardSinceFormat },
      }
    );
  }

  private writeMetric(metric: MetricDefinition): void {
    const { input } = this;
    const row = this.rowOf.get(metric.id)!;
    this.set(row, 0, METRIC_LABELS[input.locale][metric.id]);
    for (const column of WINDOW_COLUMNS) this.set(row, column, this.windowCell(metric, column));
    this.set(row, COL.dayChange, this.changeCell(row, COL.day, COL.dayBefore));
    this.set(row, COL.weekChange, this.changeCell(row, COL.day, COL.lastWeek));
    const letter = (column: number) => columnLetters(column);
    this.formats.push(
      { range: `A${row + 1}`, style: "label" },
      {
        range: `${letter(COL.day)}${row + 1}:${letter(COL.target)}${row + 1}`,
        numberFormat: metric.format,
      },
      { range: a1(row, COL.dayChange), numberFormat: CHANGE_FORMAT },
      { range: a1(row, COL.weekChange), numberFormat: CHANGE_FORMAT }
    );
    if (metric.id === "gmv") this.writeTarget(row);
  }

  /** ▲ red up, ▼ green down on the change columns. */
  private colourChanges(): void {
    const lastRow = FIRST_METRIC_ROW + this.input.metrics.length - 1;
    for (const column of [COL.dayChange, COL.weekChange]) {
      const range = `${a1(FIRST_METRIC_ROW, column)}:${a1(lastRow, column)}`;
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
  }

  /** The month's target, achievement and time progress, on the GMV row. */
  private writeTarget(row: number): void {
    const monthStart = a1(DATES_ROW, COL.monthToDate, true, true);
    const mtd = a1(row, COL.monthToDate);
    const target = a1(row, COL.target);
    this.set(row, COL.target, {
      // Only a GMV target is this row's target: a profit or new-customer target sheet leaves it empty.
      formula:
        `=IFERROR(IF(${TARGET_NAMES.metric}="gmv",` +
        `INDEX(${TARGET_NAMES.months},MATCH(${monthStart},${TARGET_NAMES.monthStarts},0)),""),"")`,
    });
    this.set(row, COL.achievement, { formula: `=IF(N(${target})=0,"",${mtd}/${target})` });
    const day = a1(DATES_ROW, COL.day, true, true);
    const date = this.input.data.lastDate!;
    const { year, month, day: dayOfMonth } = ymdFromSerial(date);
    this.set(
      row,
      COL.timeProgress,
      this.input.live
        ? { formula: `=DAY(${day})/DAY(EOMONTH(${day},0))` }
        : dayOfMonth / daysInMonth(year, month)
    );
    this.formats.push({
      range: `${a1(row, COL.achievement)}:${a1(row, COL.timeProgress)}`,
      numberFormat: "percent1",
    });
  }

  /** A sum over the column's days, or a ratio of the sums in the same column. */
  private windowCell(metric: MetricDefinition, column: WindowColumn): PlanCell {
    if (metric.kind === "ratio") {
      if (!this.input.live) {
        const denominator = this.windowSum(metric.denominator, column);
        return denominator === 0 ? null : this.windowSum(metric.numerator, column) / denominator;
      }
      const numerator = a1(this.rowOf.get(metric.numerator as MetricId)!, column);
      const denominator = a1(this.rowOf.get(metric.denominator as MetricId)!, column);
      return { formula: `=IF(${denominator}=0,"",${numerator}/${denominator})` };
    }
    if (!this.input.live) return this.windowSum(metric.field, column);
    const ref = this.input.reference!;
    const dates = ref(this.input.data.columns.date);
    const first = a1(DATES_ROW, column, true);
    // The last day is the report date for every window (a day column's first day is its last).
    const last = column === COL.monthToDate ? a1(DATES_ROW, COL.day, true, true) : first;
    return {
      formula: `=SUMIFS(${ref(this.amountColumn(metric.field))},${dates},">="&${first},${dates},"<"&(${last}+1))`,
    };
  }

  /** % change of `current` on `base` in the same row: empty unless both are numbers and the base is not 0. */
  private changeCell(row: number, current: number, base: number): PlanCell {
    if (!this.input.live) {
      const now = this.grid.get(row + 1, current);
      const then = this.grid.get(row + 1, base);
      if (typeof now !== "number" || typeof then !== "number" || then === 0) return null;
      return now / then - 1;
    }
    const cur = a1(row, current);
    const was = a1(row, base);
    return {
      formula: `=IF(AND(ISNUMBER(${cur}),ISNUMBER(${was})),IF(${was}=0,"",${cur}/${was}-1),"")`,
    };
  }

  private windowSum(field: AmountField, column: WindowColumn): number {
    const index = this.amountIndex(field);
    const [from, to] = this.windows[column];
    let total = 0;
    for (let serial = from; serial <= to; serial++)
      total += this.dayTotals.get(serial)?.[index] ?? 0;
    return total;
  }

  /** The notes from `notesRow`; returns the row after them. */
  private writeNotes(notesRow: number): number {
    const { texts } = this;
    this.set(notesRow, 0, texts.notesHeading);
    const lines = [
      format(texts.dashboardNoteNumbers, { row: DATES_ROW + 1 }),
      texts.dashboardNoteTarget,
      texts.dashboardNoteColours,
    ];
    lines.forEach((line, i) => this.set(notesRow + 1 + i, 0, line));
    this.formats.push(
      { range: `A${notesRow + 1}`, style: "label" },
      { range: `A${notesRow + 2}:A${notesRow + 1 + lines.length}`, style: "note" }
    );
    return notesRow + 1 + lines.length;
  }

  private amountIndex(field: AmountField): number {
    return this.input.data.columns.amounts.findIndex(([f]) => f === field);
  }

  private amountColumn(field: AmountField): number {
    return this.input.data.columns.amounts[this.amountIndex(field)][1];
  }

  /** 0-based row and column, as the dashboard's layout counts them (CellGrid counts rows from 1). */
  private set(row: number, column: number, cell: PlanCell): void {
    this.grid.set(row + 1, column, cell);
  }
}
