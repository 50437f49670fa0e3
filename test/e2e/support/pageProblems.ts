/** Everything that goes wrong in a test page, one line each: uncaught errors, console errors, failed requests. */
import type { Page } from "playwright-core";

/** The browser asks for /favicon.ico on its own; our pages have none and do not need one. */
const IGNORED_URL = /\/favicon\.ico$/;

/** Starts collecting the page's problems; the returned array fills as they happen. */
export function collectPageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && !IGNORED_URL.test(message.location().url)) {
      problems.push(`console error: ${message.text()} (${message.location().url})`);
    }
  });
  page.on("response", (response) => {
    if (response.status() >= 400 && !IGNORED_URL.test(response.url())) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  page.on("requestfailed", (request) => {
    if (!IGNORED_URL.test(request.url())) {
      problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    }
  });
  return problems;
}
