/**
 * One plan chart as DrawingML chart XML (ECMA-376 Part 1, §21.2: the c:chartSpace of xl/charts/chartN.xml).
 * ExcelJS writes no charts, so we write this part ourselves. Element order follows the schema's
 * sequences (CT_BarChart, CT_LineSer, CT_ValAx …): Excel refuses a file whose elements are out of order.
 */
import { absoluteRangeA1, parseRange, quoteSheetName } from "../../plan/a1";
import { isShareChart, rangeNumberFormat } from "../../plan/charts";
import type { ChartPlan, ChartSeries, SheetPlan } from "../../plan/types";

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Axis ids: any distinct numbers; primary pair and secondary pair. */
const AXES = { category: 1001, value: 1002, category2: 1003, value2: 1004 };

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function reference(sheetName: string, range: string): string {
  return `${quoteSheetName(sheetName)}!${absoluteRangeA1(parseRange(range)!)}`;
}

function richText(text: string): string {
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

function title(text: string | undefined): string {
  return text ? `<c:title>${richText(text)}<c:overlay val="0"/></c:title>` : "";
}

function numberFormat(code: string | undefined): string {
  // sourceLinked="0": the axis keeps the plan's format even where the cells' formats differ.
  return code
    ? `<c:numFmt formatCode="${escapeXml(code)}" sourceLinked="0"/>`
    : '<c:numFmt formatCode="General" sourceLinked="1"/>';
}

interface SeriesContext {
  sheetName: string;
  categories: string;
}

function seriesXml(
  series: ChartSeries,
  index: number,
  context: SeriesContext,
  kind: "bar" | "line" | "pie"
): string {
  const marker =
    kind === "line" ? '<c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>' : "";
  const invert = kind === "bar" ? '<c:invertIfNegative val="0"/>' : "";
  const labels =
    kind === "pie"
      ? '<c:dLbls><c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="1"/><c:showBubbleSize val="0"/><c:showLeaderLines val="1"/></c:dLbls>'
      : "";
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:v>${escapeXml(series.name)}</c:v></c:tx>` +
    invert +
    marker +
    labels +
    `<c:cat><c:strRef><c:f>${escapeXml(reference(context.sheetName, context.categories))}</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(reference(context.sheetName, series.values))}</c:f></c:numRef></c:val>` +
    (kind === "line" ? '<c:smooth val="0"/>' : "") +
    "</c:ser>"
  );
}

function categoryAxis(
  id: number,
  cross: number,
  position: "b" | "l",
  hidden: boolean,
  text?: string
) {
  return (
    `<c:catAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="${hidden ? 1 : 0}"/><c:axPos val="${position}"/>${title(text)}` +
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>' +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${cross}"/><c:crosses val="autoZero"/>` +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
  );
}

function valueAxis(
  id: number,
  cross: number,
  position: "l" | "r" | "b",
  format: string | undefined,
  text: string | undefined,
  secondary: boolean
) {
  return (
    `<c:valAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${position}"/>${secondary ? "" : "<c:majorGridlines/>"}` +
    `${title(text)}${numberFormat(format)}<c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${cross}"/>` +
    // The secondary axis crosses its (hidden) category axis at the far end: it stands on the right.
    `<c:crosses val="${secondary ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`
  );
}

/** The whole chart part for `chart` on `sheet`, whose final name in the file is `sheetName`. */
export function chartXml(sheet: SheetPlan, chart: ChartPlan, sheetName: string): string {
  const context = { sheetName, categories: chart.categories };
  const format = (series: ChartSeries) => rangeNumberFormat(sheet, series.values);
  let plot: string;
  if (isShareChart(chart)) {
    const body = seriesXml(chart.series[0], 0, context, "pie");
    plot =
      chart.type === "donut"
        ? `<c:doughnutChart><c:varyColors val="1"/>${body}<c:firstSliceAng val="0"/><c:holeSize val="50"/></c:doughnutChart>`
        : `<c:pieChart><c:varyColors val="1"/>${body}<c:firstSliceAng val="0"/></c:pieChart>`;
  } else {
    const primary = chart.series.filter((series) => series.axis !== "secondary");
    const secondary = chart.series.filter((series) => series.axis === "secondary");
    const index = (series: ChartSeries) => chart.series.indexOf(series);
    const axisIds = (category: number, value: number) =>
      `<c:axId val="${category}"/><c:axId val="${value}"/>`;
    const primaryBody = primary.map((s) =>
      seriesXml(s, index(s), context, chart.type === "line" ? "line" : "bar")
    );
    const main =
      chart.type === "line"
        ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${primaryBody.join("")}<c:marker val="1"/>${axisIds(AXES.category, AXES.value)}</c:lineChart>`
        : `<c:barChart><c:barDir val="${chart.type === "bar" ? "bar" : "col"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${primaryBody.join("")}<c:gapWidth val="150"/>${axisIds(AXES.category, AXES.value)}</c:barChart>`;
    const horizontal = chart.type === "bar";
    let axes =
      categoryAxis(
        AXES.category,
        AXES.value,
        horizontal ? "l" : "b",
        false,
        chart.categoryAxisTitle
      ) +
      valueAxis(
        AXES.value,
        AXES.category,
        horizontal ? "b" : "l",
        primary[0] ? format(primary[0]) : undefined,
        chart.valueAxisTitle,
        false
      );
    let lines = "";
    if (secondary.length > 0) {
      lines = `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${secondary
        .map((s) => seriesXml(s, index(s), context, "line"))
        .join("")}<c:marker val="1"/>${axisIds(AXES.category2, AXES.value2)}</c:lineChart>`;
      axes +=
        categoryAxis(AXES.category2, AXES.value2, "b", true) +
        valueAxis(
          AXES.value2,
          AXES.category2,
          "r",
          format(secondary[0]),
          chart.secondaryAxisTitle,
          true
        );
    }
    plot = main + lines + axes;
  }
  const legendPosition = isShareChart(chart) ? "r" : "b";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}>` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `${title(chart.title)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plot}</c:plotArea>` +
    `<c:legend><c:legendPos val="${legendPosition}"/><c:overlay val="0"/></c:legend>` +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}
