/**
 * The dashboard's last 30 days: a block of one row per day up to the report date (date, GMV, and with
 * the conversion rate also UV, orders and CR), and a chart of it above the block (under the heading,
 * columns A–F, so it is seen whole without scrolling sideways): GMV columns with the conversion rate as a
 * line on its own axis (a combo), or GMV columns alone.
 *
 * Live, the dates follow the report date cell (so a typed date moves the whole block), each sum is a
 * SUMIFS over the same source references as the dashboard's own cells and CR divides the row's sums;
 * values mode writes the numbers those formulas compute, from the per-day sums.
 */
import type { Locale } from "../../i18n/locale";
import { columnLetters } from "../../plan/a1";
import type { ChartPlan, FormatRange, PlanCell } from "../../plan/types";
import type { AmountField } from "./reportFields";
import type { MetricDefinition } from "./reportMetrics";
import type { ColumnReference } from "./reportReferences";
import { decodeCubeKey, type NormalisedSource } from "./reportSource";
import { METRIC_LABELS, REPORT_TEXTS } from "./reportTexts";

export const TREND_DAYS = 30;
const CHART_ROWS = 18;

export interface TrendInput {
  data: NormalisedSource;
  metrics: MetricDefinition[];
  locale: Locale;
  live: boolean;
  reference: ColumnReference | undefined;
  /** The report date: its absolute cell (live) and its serial (values: the last date in the source). */
  dateCell: string;
  date: number;
  /** Values mode: the source's sum of `field` on the day `serial`. */
  daySum: (field: AmountField, serial: number) => number;
}

export interface Trend {
  cells: [number, number, PlanCell][];
  formats: FormatRange[];
  chart: ChartPlan;
  /** The first row (0-based) after the block. */
  end: number;
}

/** The block from row `top` (0-based): heading, headers, 30 days. Undefined without a GMV metric. */
export function dashboardTrend(input: TrendInput, top: number): Trend | undefined {
  const { metrics, locale, live } = input;
  const ids = new Set(metrics.map((metric) => metric.id));
  if (!ids.has("gmv")) return undefined;
  // A conversion metric brings its sums (metricsFor), so UV and orders are mapped with it.
  const withRate = ids.has("conversion");
  const texts = REPORT_TEXTS[locale];
  const labels = METRIC_LABELS[locale];
  const sums: AmountField[] = withRate ? ["gmv", "uv", "orders"] : ["gmv"];
  const rateColumn = sums.length + 1;
  // The chart under the heading, where the screen shows it whole; the days below it.
  const header = top + 1 + CHART_ROWS;
  const first = header + 1;
  const last = first + TREND_DAYS - 1;
  const cells: Trend["cells"] = [];
  const set = (row: number, column: number, cell: PlanCell) => cells.push([row, column, cell]);
  set(top, 0, texts.dashboardTrendHeading);
  set(header, 0, texts.dashboardTrendDate);
  sums.forEach((field, i) => set(header, 1 + i, labels[field]));
  if (withRate) set(header, rateColumn, labels.conversion);
  const dates = input.reference?.(input.data.columns.date);
  for (let day = 0; day < TREND_DAYS; day++) {
    const row = first + day;
    const serial = input.date - (TREND_DAYS - 1 - day);
    const dateA1 = `$A${row + 1}`;
    set(row, 0, live ? { formula: `=${input.dateCell}-${TREND_DAYS - 1 - day}` } : serial);
    sums.forEach((field, i) =>
      set(
        row,
        1 + i,
        live
          ? {
              formula:
                `=SUMIFS(${input.reference!(amountColumn(input.data, field))},` +
                `${dates},">="&${dateA1},${dates},"<"&(${dateA1}+1))`,
            }
          : input.daySum(field, serial)
      )
    );
    if (withRate) {
      const uv = `${columnLetters(2)}${row + 1}`;
      const orders = `${columnLetters(3)}${row + 1}`;
      const uvSum = input.daySum("uv", serial);
      set(
        row,
        rateColumn,
        live
          ? { formula: `=IF(${uv}=0,"",${orders}/${uv})` }
          : uvSum === 0
            ? null
            : input.daySum("orders", serial) / uvSum
      );
    }
  }
  const lastColumn = columnLetters(withRate ? rateColumn : sums.length);
  const column = (c: number) => `${columnLetters(c)}${first + 1}:${columnLetters(c)}${last + 1}`;
  const formats: FormatRange[] = [
    { range: `A${top + 1}`, style: "label" },
    { range: `A${header + 1}:${lastColumn}${header + 1}`, style: "header" },
    { range: column(0), numberFormat: "date" },
    { range: column(1), numberFormat: "yuan" },
  ];
  if (withRate)
    formats.push(
      { range: column(2), numberFormat: "thousands" },
      { range: column(3), numberFormat: "thousands" },
      { range: column(rateColumn), numberFormat: "percent1" }
    );
  const chart: ChartPlan = {
    type: withRate ? "combo" : "column",
    title: withRate ? texts.dashboardTrendChart : texts.dashboardTrendChartGmv,
    categories: column(0),
    series: [
      { name: labels.gmv, values: column(1) },
      ...(withRate
        ? [{ name: labels.conversion, values: column(rateColumn), axis: "secondary" as const }]
        : []),
    ],
    position: `A${top + 2}:F${top + 1 + CHART_ROWS}`,
    valueAxisTitle: labels.gmv,
    ...(withRate ? { secondaryAxisTitle: labels.conversion } : {}),
  };
  return { cells, formats, chart, end: last + 1 };
}

function amountColumn(data: NormalisedSource, field: AmountField): number {
  return data.columns.amounts.find(([f]) => f === field)![1];
}

/** Sums per day over every breakdown member (the day cube without its members). */
export function totalsByDay(data: NormalisedSource): Map<number, Float64Array> {
  const totals = new Map<number, Float64Array>();
  for (const [key, sums] of data.cube) {
    const { serial } = decodeCubeKey(key);
    const total = totals.get(serial);
    if (total) for (let a = 0; a < sums.length; a++) total[a] += sums[a];
    else totals.set(serial, Float64Array.from(sums));
  }
  return totals;
}
