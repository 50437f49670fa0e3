/**
 * Where a chart is drawn over the playground's grid. The plan places it over cells, as Excel does; the
 * grid's visible area is often narrower than a wide sheet, and a chart cut at the viewport's right edge
 * hides its right-hand (secondary) axis until the grid is scrolled. So a chart that starts inside the
 * visible area is narrowed to end inside it (never below MIN_CHART_WIDTH, where it would not read); one
 * that starts further right keeps its size, whole once scrolled to.
 */
export interface ChartBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

export const MIN_CHART_WIDTH = 320;
/** Room kept free at the right edge (the vertical scroll bar, a margin). */
const EDGE = 24;

export function fitChartBox(box: ChartBox, visibleWidth: number | undefined): ChartBox {
  if (visibleWidth === undefined || visibleWidth <= 0) return box;
  const room = visibleWidth - EDGE - box.left;
  if (room >= box.width || room < MIN_CHART_WIDTH) return box;
  return { ...box, width: room };
}
