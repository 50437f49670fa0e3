/**
 * One chart of a sheet, drawn over the grid where the plan puts it (ChartPlan.position), from the
 * cells the memory workbook holds now: `version` changes with every edit, so the chart follows its cells.
 * ECharts comes in by import() on first use (echartsChart.ts).
 */
import { useEffect, useMemo, useRef, useState, type CSSProperties } from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { cellA1 } from "../plan/a1";
import { rangeCells, rangeNumberFormat } from "../plan/charts";
import type { ChartPlan } from "../plan/types";
import type { ChartData, DrawnChart } from "./echartsChart";
import { formatCell } from "./formatCell";
import type { ObservedMemoryWorkbook } from "./ObservedMemoryWorkbook";
import type { PlaygroundTexts } from "./playgroundTexts";

const useStyles = makeStyles({
  frame: {
    position: "absolute",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow4,
    zIndex: 2,
  },
  canvas: { width: "100%", height: "100%" },
  failed: { color: tokens.colorPaletteRedForeground1, padding: tokens.spacingHorizontalS },
});

/** The cells the chart shows, read now. */
export function chartData(
  workbook: ObservedMemoryWorkbook,
  sheet: string,
  chart: ChartPlan
): ChartData {
  const read = (range: string) =>
    rangeCells(range).map((cell) => workbook.getValue(sheet, cellA1(cell)));
  const metadata = workbook.sheetMetadata(sheet) ?? {};
  const formatOf = (secondary: boolean) => {
    const series = chart.series.find((s) => (s.axis === "secondary") === secondary);
    const code = series ? rangeNumberFormat(metadata, series.values) : undefined;
    return (value: number) => formatCell(value, code);
  };
  return {
    // Dates as the cells show them, not as serials.
    categories: read(chart.categories).map((value) =>
      formatCell(value, rangeNumberFormat(metadata, chart.categories))
    ),
    series: chart.series.map((series) => ({
      name: series.name,
      values: read(series.values).map((value) => (typeof value === "number" ? value : null)),
      secondary: series.axis === "secondary",
    })),
    formatPrimary: formatOf(false),
    formatSecondary: formatOf(true),
  };
}

export interface PlanChartProps {
  workbook: ObservedMemoryWorkbook;
  sheet: string;
  chart: ChartPlan;
  version: number;
  /** Where over the grid, in pixels. */
  box: Pick<CSSProperties, "top" | "left" | "width" | "height">;
  texts: PlaygroundTexts;
}

export function PlanChart({ workbook, sheet, chart, version, box, texts }: PlanChartProps) {
  const styles = useStyles();
  const host = useRef<HTMLDivElement>(null);
  const drawn = useRef<DrawnChart>();
  const [failure, setFailure] = useState<string>();
  const data = useMemo(() => chartData(workbook, sheet, chart), [workbook, sheet, chart, version]);
  const latest = useRef(data);
  latest.current = data;

  useEffect(() => {
    let live = true;
    import(/* webpackChunkName: "echarts" */ "./echartsChart").then(
      ({ drawChart }) => {
        if (live && host.current) drawn.current = drawChart(host.current, chart, latest.current);
      },
      // Shown on the chart's place, not swallowed: a chunk that failed to load (offline, a new deploy).
      (error: Error) => live && setFailure(texts.chartFailed.replace("{reason}", error.message))
    );
    return () => {
      live = false;
      drawn.current?.dispose();
      drawn.current = undefined;
    };
  }, [chart, texts]);

  useEffect(() => drawn.current?.update(data), [data]);
  // The grid narrows a chart to its visible area (chartBox.ts): the drawing follows the new size.
  useEffect(() => drawn.current?.resize(), [box.width, box.height]);

  return (
    <div className={styles.frame} style={box} role="img" aria-label={chart.title} data-chart>
      {failure ? (
        <Text className={styles.failed}>{failure}</Text>
      ) : (
        <div ref={host} className={styles.canvas} />
      )}
    </div>
  );
}
