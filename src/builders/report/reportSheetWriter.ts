/**
 * The report sheet (layout in reportLayout.ts): the top area (title, notes, period labels and dates),
 * one section per metric whose cells ReportCells makes, the notes, the charts below them (reportCharts.ts),
 * column widths, and the defined names of its grand totals.
 */
import type { Period } from "../../core/calendar";
import { format } from "../../i18n/locale";
import { absoluteRangeA1, columnLetters, rangeA1 } from "../../plan/a1";
import { CellGrid } from "../../plan/cellGrid";
import type {
  ConditionalFormat,
  DefinedName,
  FormatRange,
  PlanCell,
  SheetPlan,
} from "../../plan/types";
import type { MemberMatching } from "./memberMatching";
import { ReportCells } from "./reportCells";
import { reportCharts } from "./reportCharts";
import { CHANGE_FORMAT, DOWN_COLOR, UP_COLOR } from "./reportColours";
import {
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
} from "./reportLayout";
import type { MetricDefinition, MetricId } from "./reportMetrics";
import type { ReportModel } from "./reportModel";
import { reportNoteLines } from "./reportNotes";
import { REPORT_SHEET_KEY, type ReportOptions } from "./reportOptions";
import type { ColumnReference } from "./reportReferences";
import type { NormalisedSource } from "./reportSource";
import { GRAIN_TEXT_KEYS, METRIC_LABELS, REPORT_TEXTS } from "./reportTexts";

const SHARE_BAR_COLOR = "#5B9BD5";
const CONTEXT_FILL_NOTE = "note" as const;

export interface WriterContext {
  /** The notes under the title: the source and when the report was built; live or snapshot. */
  sourceNote: string;
  modeNote: string;
}

export class ReportSheetWriter extends ReportCells {
  private readonly texts;
  private readonly grid = new CellGrid();
  private readonly formats: FormatRange[] = [];
  private readonly conditionalFormats: ConditionalFormat[] = [];

  constructor(
    data: NormalisedSource,
    model: ReportModel,
    metrics: MetricDefinition[],
    options: ReportOptions,
    reference: ColumnReference | undefined,
    matching: MemberMatching,
    private readonly context: WriterContext
  ) {
    super(data, model, metrics, options, reference, matching);
    this.texts = REPORT_TEXTS[options.locale];
  }

  sheet(): SheetPlan {
    this.writeTop();
    this.metrics.forEach((metric, s) => this.writeSection(metric, s));
    const notesRow = this.writeNotes();
    // Before the grid is taken: a two-level report's share block adds cells.
    const charts = this.charts(notesRow);
    const name = this.texts.sheetName;
    return {
      key: REPORT_SHEET_KEY,
      name,
      ...(this.options.rebuild ? { replaces: name } : {}),
      tabColor: "#0F6CBD",
      freeze: { rows: END_ROW + 1, columns: this.layout.labelColumns },
      columnWidths: this.columnWidths(),
      blocks: [{ anchor: "A1", rows: this.grid.rectangle(this.layout.width) }],
      formats: this.formats,
      conditionalFormats: this.conditionalFormats,
      charts,
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

  // ── Notes, charts, widths ──

  private writeNotes(): number {
    const { texts, model } = this;
    const notesRow = sectionTitleRow(this.metrics.length, model.rows.length);
    const lines = reportNoteLines(this.data, this.options, model.grain);
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

  /** The charts below the notes, with the share block they read on a two-level report. */
  private charts(firstRow: number) {
    const { charts, cells, formats } = reportCharts(
      {
        data: this.data,
        model: this.model,
        layout: this.layout,
        locale: this.options.locale,
        sectionOf: this.sectionOf,
        rowOf: (section, r) => this.rowOf(section, r),
        live: this.live,
        refer: (row, column) =>
          this.live
            ? { formula: `=${columnLetters(column)}${row + 1}` }
            : (this.grid.get(row + 1, column) ?? null),
      },
      firstRow
    );
    for (const [row, column, cell] of cells) this.set(row, column, cell);
    this.formats.push(...formats);
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

  /** 0-based row and column, as the report's layout counts them (CellGrid counts rows from 1). */
  private set(row: number, column: number, cell: PlanCell): void {
    this.grid.set(row + 1, column, cell);
  }

  private rowRange(row: number, from: number, to: number, lastRow = row): string {
    return rangeA1({ start: { row, column: from }, end: { row: lastRow, column: to } });
  }
}
