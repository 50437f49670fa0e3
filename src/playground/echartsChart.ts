/**
 * Draws a plan chart with ECharts (Apache-2.0). Loaded only by import() from PlanChart.tsx, so its
 * code is a chunk of its own that the playground fetches when a sheet with a chart is shown; the
 * add-in's bundles never reach it (test/playground/bundleBoundary.test.ts). Only the chart types and
 * components used are registered, which keeps the chunk small.
 */
import { BarChart, LineChart, PieChart } from "echarts/charts";
import {
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import type { ChartPlan } from "../plan/types";

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
]);

/** What the grid read from the cells: labels, and per series its numbers (null: not a number). */
export interface ChartData {
  categories: string[];
  series: { name: string; values: (number | null)[]; secondary: boolean }[];
  /** Formats a value as its series' cells show it (the primary axis, the secondary axis). */
  formatPrimary: (value: number) => string;
  formatSecondary: (value: number) => string;
}

export interface DrawnChart {
  update(data: ChartData): void;
  /** Fits the drawing to its element's new size. */
  resize(): void;
  dispose(): void;
}

function option(chart: ChartPlan, data: ChartData): echarts.EChartsCoreOption {
  const title = { text: chart.title, left: "center", textStyle: { fontSize: 14 } };
  if (chart.type === "pie" || chart.type === "donut") {
    const [series] = data.series;
    return {
      title,
      tooltip: { trigger: "item" },
      legend: { orient: "vertical", right: 0, top: "middle" },
      series: [
        {
          type: "pie",
          name: series.name,
          radius: chart.type === "donut" ? ["45%", "70%"] : "70%",
          label: { formatter: "{d}%" },
          data: data.categories.map((name, i) => ({ name, value: series.values[i] })),
        },
      ],
    };
  }
  const horizontal = chart.type === "bar";
  const categoryAxis = { type: "category", data: data.categories, name: chart.categoryAxisTitle };
  const valueAxes = [
    {
      type: "value",
      name: chart.valueAxisTitle,
      // Axis titles run inwards from their axis: a long one centred on the axis is cut at the edge.
      ...(horizontal ? {} : { nameTextStyle: { align: "left" } }),
      axisLabel: { formatter: data.formatPrimary },
    },
    ...(chart.type === "combo"
      ? [
          {
            type: "value",
            name: chart.secondaryAxisTitle,
            position: "right",
            nameTextStyle: { align: "right" },
            splitLine: { show: false },
            axisLabel: { formatter: data.formatSecondary },
          },
        ]
      : []),
  ];
  return {
    title,
    tooltip: { trigger: "axis" },
    legend: { bottom: 0 },
    grid: { left: 16, right: 16, top: 48, bottom: 40, containLabel: true },
    xAxis: horizontal ? valueAxes[0] : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxes,
    series: data.series.map((series) => ({
      name: series.name,
      type: chart.type === "line" || series.secondary ? "line" : "bar",
      yAxisIndex: series.secondary ? 1 : 0,
      data: series.values,
    })),
  };
}

export function drawChart(host: HTMLElement, chart: ChartPlan, data: ChartData): DrawnChart {
  const instance = echarts.init(host, undefined, { renderer: "canvas" });
  instance.setOption(option(chart, data));
  return {
    update: (next) => instance.setOption(option(chart, next), { notMerge: true }),
    resize: () => instance.resize(),
    dispose: () => instance.dispose(),
  };
}
