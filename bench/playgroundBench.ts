/**
 * Issue 4's figures: the gzipped size of the task pane's initial JavaScript, and the playground's time
 * from navigation start to an interactive panel (its tab list visible) in headless Chromium, over a
 * production build served on 127.0.0.1. Median of 5 loads per language.
 */
import { existsSync, readFileSync } from "fs";
import path from "path";
import { gzipSync } from "zlib";
import { CHROMIUM_PATH, launchChromium } from "../test/e2e/support/chromium";
import { freshPlaygroundBuild } from "../test/e2e/support/playgroundBuild";
import { openPlayground } from "../test/e2e/support/playgroundPage";
import { serveFolder } from "../test/e2e/support/staticServer";
import type { Locale } from "../src/i18n/locale";

const LOADS = 5;

export async function runPlaygroundBench(): Promise<void> {
  const build = await freshPlaygroundBuild();
  const taskpane = readFileSync(path.join(build, "taskpane.js"));
  console.log("Task pane and playground (production build)");
  console.log(
    `  taskpane.js initial JavaScript: ${(gzipSync(taskpane, { level: 9 }).length / 1024).toFixed(1)} KiB gzipped (goal < 350 KB)`
  );
  if (!existsSync(CHROMIUM_PATH)) {
    console.log(`  time to interactive panel: skipped, no Chromium at ${CHROMIUM_PATH}`);
    return;
  }
  const server = await serveFolder(build);
  const browser = await launchChromium();
  try {
    for (const locale of ["zh-CN", "en-US"] as Locale[]) {
      const times: number[] = [];
      for (let i = 0; i < LOADS; i++) {
        const opened = await openPlayground(browser, server.baseUrl, locale);
        times.push(opened.msToInteractivePanel);
        await opened.context.close();
      }
      times.sort((a, b) => a - b);
      console.log(
        `  time to interactive panel (${locale}): median ${Math.round(times[LOADS >> 1])} ms of ${LOADS} loads (goal < 1,500 ms)`
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
