/**
 * The report sheet's charts, below its notes: GMV columns by period with the conversion rate as a line
 * on its own axis (a fraction beside millions would lie flat at zero), and each first-level member's
 * share of GMV as a donut beside it.
 *
 * A donut reads one range. With one breakdown level the member rows of the GMV section are that range.
 * With two levels they interleave with subtotals, so a small share block (first-level member, its
 * subtotal's GMV, its share) sits above the charts, each cell referring to the subtotal's cells (values
 * mode: their numbers), and the donut reads the block.
 */
import { format, type Locale } from "../../i18n/locale";
import { columnLetters, rangeA1 } from "../../plan/a1";
import type { ChartPlan, FormatRange, PlanCell } from "../../plan/types";
import { LABEL_ROW, type ColumnLayout } from "./reportLayout";
import type { MetricId } from "./reportMetrics";
import type { ReportModel } from "./reportModel";
import type { NormalisedSource } from "./reportSource";
import { METRIC_LABELS, REPORT_TEXTS } from "./reportTexts";

export interface ReportChartInput {
  data: NormalisedSource;
  model: ReportModel;
  layout: ColumnLayout;
  locale: Locale;
  sectionOf: ReadonlyMap<MetricId, number>;
  /** The sheet row (0-based) of report row r in a section. */
  rowOf: (section: number, reportRow: number) => number;
  live: boolean;
  /** What a cell of the share block holds for a cell of the report: a reference (live) or its value. */
  refer: (row: number, column: number) => PlanCell;
}

export interface ReportCharts {
  charts: ChartPlan[];
  /** The share block's cells (two breakdown levels), as [row, column, cell]. */
  cells: [number, number, PlanCell][];
  formats: FormatRange[];
}

/** Rows the share block takes (heading, header, one per first-level member, a blank row). */
const shareBlockRows = (members: number) => members + 3;

export function reportCharts(input: ReportChartInput, firstRow: number): ReportCharts {
  const { data, model, layout, locale, sectionOf, rowOf } = input;
  const none: ReportCharts = { charts: [], cells: [], formats: [] };
  const gmv = sectionOf.get("gmv");
  if (gmv === undefined) return none;
  const texts = REPORT_TEXTS[locale];
  const labels = METRIC_LABELS[locale];
  const dimensions = data.columns.dimensions.length;
  const dimension = data.columns.dimensions[0];
  // Members of the first level: member rows with one level, subtotal rows with two.
  const firstLevel = model.rows.flatMap((row, r) =>
    (dimensions === 1 && row.kind === "member") || (dimensions === 2 && row.kind === "subtotal")
      ? [r]
      : []
  );
  const result: ReportCharts = { charts: [], cells: [], formats: [] };
  let chartRow = firstRow;
  let donut: Pick<ChartPlan, "categories" | "series"> | undefined;
  if (dimensions === 1 && firstLevel.length > 1) {
    const column = (c: number) =>
      rangeA1({
        start: { row: rowOf(gmv, firstLevel[0]), column: c },
        end: { row: rowOf(gmv, firstLevel[firstLevel.length - 1]), column: c },
      });
    donut = {
      categories: column(0),
      series: [{ name: labels.gmv, values: column(layout.total) }],
    };
  } else if (dimensions === 2 && firstLevel.length > 1) {
    donut = shareBlock(input, gmv, firstLevel, firstRow, result);
    chartRow = firstRow + shareBlockRows(firstLevel.length);
  }

  const totalRow = model.rows.length - 1;
  const periodsRange = (row: number) =>
    rangeA1({
      start: { row, column: layout.firstPeriod },
      end: { row, column: layout.firstPeriod + model.periods.length - 1 },
    });
  const series: ChartPlan["series"] = [
    { name: labels.gmv, values: periodsRange(rowOf(gmv, totalRow)) },
  ];
  const conversion = sectionOf.get("conversion");
  if (conversion !== undefined)
    series.push({
      name: labels.conversion,
      values: periodsRange(rowOf(conversion, totalRow)),
      axis: "secondary",
    });
  const trendEnd = Math.min(layout.width, 12) + 2;
  result.charts.push({
    type: conversion === undefined ? "column" : "combo",
    title: texts.chartTitle,
    categories: periodsRange(LABEL_ROW),
    series,
    position: `A${chartRow + 1}:${columnLetters(trendEnd)}${chartRow + 20}`,
    valueAxisTitle: labels.gmv,
    ...(conversion !== undefined ? { secondaryAxisTitle: labels.conversion } : {}),
  });
  if (donut)
    result.charts.push({
      type: "donut",
      title: format(texts.shareChartTitle, {
        column: data.header[dimension] || `#${dimension + 1}`,
      }),
      ...donut,
      position: `${columnLetters(trendEnd + 1)}${chartRow + 1}:${columnLetters(trendEnd + 8)}${chartRow + 20}`,
    });
  return result;
}

/**
 * The share block at `top`: a heading, then first-level member | GMV | share, one row per subtotal.
 * Columns A–C are label columns and the previous period on a two-level report: never wider than it.
 */
function shareBlock(
  input: ReportChartInput,
  gmv: number,
  subtotals: number[],
  top: number,
  result: ReportCharts
): Pick<ChartPlan, "categories" | "series"> {
  const { data, layout, locale, rowOf, refer } = input;
  const texts = REPORT_TEXTS[locale];
  const dimension = data.columns.dimensions[0];
  const heading = format(texts.shareChartTitle, {
    column: data.header[dimension] || `#${dimension + 1}`,
  });
  const header = top + 1;
  const first = header + 1;
  const last = first + subtotals.length - 1;
  const set = (row: number, column: number, cell: PlanCell) =>
    result.cells.push([row, column, cell]);
  set(top, 0, heading);
  set(header, 0, data.header[dimension] || `#${dimension + 1}`);
  set(header, 1, METRIC_LABELS[locale].gmv);
  set(header, 2, texts.share);
  const sum = `SUM($B$${first + 1}:$B$${last + 1})`;
  const gmvOf = (r: number) => refer(rowOf(gmv, r), layout.total);
  const numberOf = (cell: PlanCell) => (typeof cell === "number" ? cell : 0);
  const total = subtotals.reduce((acc, r) => acc + numberOf(gmvOf(r)), 0);
  subtotals.forEach((r, i) => {
    const row = first + i;
    set(row, 0, refer(rowOf(gmv, r), 0));
    set(row, 1, gmvOf(r));
    set(
      row,
      2,
      input.live
        ? { formula: `=IF(${sum}=0,"",B${row + 1}/${sum})` }
        : total === 0
          ? null
          : numberOf(gmvOf(r)) / total
    );
  });
  result.formats.push(
    { range: `A${top + 1}`, style: "label" },
    { range: `A${header + 1}:C${header + 1}`, style: "header" },
    { range: `B${first + 1}:B${last + 1}`, numberFormat: "yuan" },
    { range: `C${first + 1}:C${last + 1}`, numberFormat: "percent1" }
  );
  return {
    categories: `A${first + 1}:A${last + 1}`,
    series: [{ name: METRIC_LABELS[locale].gmv, values: `B${first + 1}:B${last + 1}` }],
  };
}
