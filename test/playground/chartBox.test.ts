/** Fitting a chart to the grid's visible width (chartBox.ts): figures worked out by hand. */
import { fitChartBox, MIN_CHART_WIDTH } from "../../src/playground/chartBox";

const box = { left: 56, top: 600, width: 1500, height: 440 };

test("a chart wider than the visible area is narrowed to end inside it, 24 px from the edge", () => {
  // 1000 − 24 − 56 = 920.
  expect(fitChartBox(box, 1000)).toEqual({ ...box, width: 920 });
});

test("a chart that fits, or whose width is not known yet, keeps its box", () => {
  expect(fitChartBox({ ...box, width: 600 }, 1000)).toEqual({ ...box, width: 600 });
  expect(fitChartBox(box, undefined)).toEqual(box);
  expect(fitChartBox(box, 0)).toEqual(box);
});

test("too little room to read: the chart keeps its size, whole once scrolled to", () => {
  const right = { ...box, left: 900 };
  // 1000 − 24 − 900 = 76 < 320.
  expect(fitChartBox(right, 1000)).toEqual(right);
  // Exactly the minimum is enough: 1000 − 24 − 656 = 320.
  expect(fitChartBox({ ...box, left: 656 }, 1000).width).toBe(MIN_CHART_WIDTH);
});
