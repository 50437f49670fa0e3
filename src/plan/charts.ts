/**
 * What every adapter needs to know about a plan's chart beyond its fields: the number format of a
 * series (taken from the sheet's formats over its range, so the chart shows what the cells show), the
 * cells a series reads, and the checks validatePlan runs.
 */
import { parseRange, rangeSize, type CellAddress, type RangeAddress } from "./a1";
import { numberFormatCode } from "./styles";
import type { ChartPlan, SheetPlan } from "./types";

const contains = (outer: RangeAddress, inner: RangeAddress) =>
  outer.start.row <= inner.start.row &&
  outer.start.column <= inner.start.column &&
  outer.end.row >= inner.end.row &&
  outer.end.column >= inner.end.column;

/**
 * The Excel format code of the cells of `range`: the last number format of the sheet whose range holds
 * all of it (later formats win, as adapters apply them in order); undefined means General.
 */
export function rangeNumberFormat(
  sheet: Pick<SheetPlan, "formats">,
  range: string
): string | undefined {
  const area = parseRange(range);
  if (!area) return undefined;
  let code: string | undefined;
  for (const format of sheet.formats ?? []) {
    if (format.numberFormat === undefined) continue;
    const formatted = parseRange(format.range);
    if (formatted && contains(formatted, area)) code = numberFormatCode(format.numberFormat);
  }
  return code;
}

/** The cells of a one-row or one-column range, in order. */
export function rangeCells(range: string): CellAddress[] {
  const area = parseRange(range);
  if (!area) return [];
  const cells: CellAddress[] = [];
  for (let row = area.start.row; row <= area.end.row; row++)
    for (let column = area.start.column; column <= area.end.column; column++)
      cells.push({ row, column });
  return cells;
}

export const isShareChart = (chart: ChartPlan) => chart.type === "pie" || chart.type === "donut";

/** The sentences validatePlan adds for one chart (the ranges already parse). */
export function chartProblems(chart: ChartPlan, where: string, used?: RangeAddress): string[] {
  const problems: string[] = [];
  const named = `${where}: chart "${chart.title}"`;
  const categories = parseRange(chart.categories);
  if (!categories) return problems;
  const vector = (area: RangeAddress) => {
    const { rows, columns } = rangeSize(area);
    return rows === 1 || columns === 1 ? rows * columns : undefined;
  };
  const length = vector(categories);
  if (length === undefined)
    problems.push(`${named}: categories ${chart.categories} must be one row or one column.`);
  const inside = (area: RangeAddress, text: string, what: string) => {
    if (used && !contains(used, area))
      problems.push(`${named}: ${what} ${text} lies outside the sheet's cells.`);
  };
  inside(categories, chart.categories, "categories");
  for (const series of chart.series) {
    const area = parseRange(series.values);
    if (!area) continue;
    inside(area, series.values, `series "${series.name}"`);
    const count = vector(area);
    if (count === undefined)
      problems.push(`${named}: series "${series.name}" must be one row or one column.`);
    else if (length !== undefined && count !== length)
      problems.push(
        `${named}: series "${series.name}" has ${count} values for ${length} categories.`
      );
  }
  const secondary = chart.series.filter((series) => series.axis === "secondary").length;
  if (isShareChart(chart) && chart.series.length !== 1)
    problems.push(`${named}: a ${chart.type} chart shows exactly one series.`);
  if (chart.type === "combo" && (secondary === 0 || secondary === chart.series.length))
    problems.push(`${named}: a combo chart needs primary and secondary series.`);
  if (chart.type !== "combo" && secondary > 0)
    problems.push(`${named}: only a combo chart has a secondary axis.`);
  if (chart.secondaryAxisTitle !== undefined && chart.type !== "combo")
    problems.push(`${named}: only a combo chart has a secondary axis title.`);
  return problems;
}
