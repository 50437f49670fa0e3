/** A plan's chart as one Office.js operation: its series, axes, legend and labels. */
import { cellA1, parseRange, rangeSize } from "../../plan/a1";
import { isShareChart, rangeNumberFormat } from "../../plan/charts";
import type { ChartPlan, SheetPlan } from "../../plan/types";
import { sheetOf, type QueuedOperation } from "./operation";
import { chartType } from "./officeMappings";
import { jsonBytes, operationBytes } from "./requestBudget";

/**
 * Every call here is in ExcelApi 1.9 or older (the manifest's requirement; test/workbook/excelCharts
 * checks each against @types/office-js): charts.add, title, legend and axis titles 1.1, series.add,
 * setValues, setXAxisValues, chartType, doughnutHoleSize and axes.getItem 1.7, axisGroup and axis
 * numberFormat 1.8.
 */
export function addChart(sheet: SheetPlan, chart: ChartPlan): QueuedOperation {
  const formats = chart.series.map((series) => rangeNumberFormat(sheet, series.values));
  const primaryFormat = formats.find((_, i) => chart.series[i].axis !== "secondary");
  const secondaryFormat = formats.find((_, i) => chart.series[i].axis === "secondary");
  return {
    label: `${sheet.name} chart "${chart.title}"`,
    bytes: operationBytes(16 + 6 * chart.series.length, jsonBytes([chart, formats])),
    queue: (target) => {
      const worksheet = sheetOf(target, sheet.key);
      const [first, ...rest] = chart.series;
      // Created from the first series' values only, so Excel's guessing adds exactly that one series.
      const added = worksheet.charts.add(
        chartType(chart.type),
        worksheet.getRange(first.values),
        seriesBy(first.values)
      );
      added.title.text = chart.title;
      const position = parseRange(chart.position);
      if (position) added.setPosition(cellA1(position.start), cellA1(position.end));
      const categories = worksheet.getRange(chart.categories);
      const firstSeries = added.series.getItemAt(0);
      firstSeries.name = first.name;
      firstSeries.setXAxisValues(categories);
      const all = [{ plan: first, series: firstSeries }];
      for (const plan of rest) {
        const series = added.series.add(plan.name);
        series.setValues(worksheet.getRange(plan.values));
        series.setXAxisValues(categories);
        all.push({ plan, series });
      }
      for (const { plan, series } of all) {
        if (plan.axis !== "secondary") continue;
        // A ratio on the amounts' axis lies flat at zero: its own line and axis on the right.
        series.chartType = "Line";
        series.axisGroup = "Secondary";
      }
      added.legend.visible = true;
      added.legend.position = isShareChart(chart) ? "Right" : "Bottom";
      if (isShareChart(chart)) {
        if (chart.type === "donut") firstSeries.doughnutHoleSize = 50;
        added.dataLabels.showPercentage = true;
        added.dataLabels.showValue = false;
        return;
      }
      const valueAxis = added.axes.valueAxis;
      if (primaryFormat) valueAxis.numberFormat = primaryFormat;
      if (chart.valueAxisTitle) valueAxis.title.text = chart.valueAxisTitle;
      if (chart.categoryAxisTitle) added.axes.categoryAxis.title.text = chart.categoryAxisTitle;
      if (chart.type !== "combo") return;
      // After axisGroup above: the secondary axis exists only once a series is on it.
      const secondary = added.axes.getItem("Value", "Secondary");
      if (secondaryFormat) secondary.numberFormat = secondaryFormat;
      if (chart.secondaryAxisTitle) secondary.title.text = chart.secondaryAxisTitle;
    },
  };
}

function seriesBy(values: string): "Columns" | "Rows" | "Auto" {
  const area = parseRange(values);
  if (!area) return "Auto";
  const { rows, columns } = rangeSize(area);
  return columns === 1 ? "Columns" : rows === 1 ? "Rows" : "Auto";
}
