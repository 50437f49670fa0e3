/**
 * Debian's Chromium driven by playwright-core (which ships no browser of its own).
 * Install: `apt-get install -y --no-install-recommends chromium fonts-noto-cjk` (the font makes the
 * zh-CN screenshots readable). Without Chromium the browser tests skip with a warning, except on CI
 * (CI=true), where they fail.
 */
import { existsSync } from "fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";

export const CHROMIUM_MISSING =
  `Chromium is not installed at ${CHROMIUM_PATH}, so the playground's browser tests cannot run. ` +
  "Install Debian's chromium: apt-get install -y --no-install-recommends chromium fonts-noto-cjk";

/** `describe` for tests that need Chromium, like describeWithLibreOffice in test/support/libreoffice.ts. */
export function describeWithChromium(title: string, body: () => void): void {
  if (existsSync(CHROMIUM_PATH)) {
    describe(title, body);
  } else if (process.env.CI === "true") {
    describe(title, () => {
      test("Chromium is installed", () => {
        throw new Error(CHROMIUM_MISSING);
      });
    });
  } else {
    console.warn(`\n!!! SKIPPED "${title}": ${CHROMIUM_MISSING}\n`);
    describe.skip(title, body);
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // --no-sandbox: CI containers run as root, where Chromium's sandbox cannot start.
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}
