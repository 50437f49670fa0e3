/**
 * What a chart in the playground has drawn: the pixels of its canvas (the chart is role="img", named by
 * its title), and a wait until ECharts' first, animated drawing holds still. Shared by the chart tests
 * and the builder flows that look at their charts.
 */
import type { Page } from "playwright-core";

/** Coloured (not white, grey or black) pixels of the chart's canvas, and a fingerprint of all of them. */
export function canvasPixels(
  page: Page,
  title: string
): Promise<{ coloured: number; fingerprint: number }> {
  return page.evaluate((name) => {
    const chart = [...document.querySelectorAll('[role="img"]')].find(
      (element) => element.getAttribute("aria-label") === name
    );
    const canvas = chart?.querySelector("canvas");
    if (!canvas) throw new Error(`No canvas in the chart "${name}".`);
    const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
    let coloured = 0;
    let fingerprint = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
      if (data[i + 3] > 0 && Math.max(r, g, b) - Math.min(r, g, b) > 40) coloured++;
      fingerprint = (fingerprint * 31 + r + 7 * g + 13 * b) >>> 0;
    }
    return { coloured, fingerprint };
  }, title);
}

/** Waits until two readings of the canvas 300 ms apart are the same (the animation is over). */
export async function expectSettled(page: Page, title: string): Promise<void> {
  let previous = -1;
  for (let attempt = 0; attempt < 40; attempt++) {
    const { fingerprint } = await canvasPixels(page, title);
    if (fingerprint === previous) return;
    previous = fingerprint;
    await page.waitForTimeout(300);
  }
  throw new Error(`The chart "${title}" kept changing for 12 seconds.`);
}
