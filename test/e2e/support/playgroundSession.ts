/**
 * One test file's browser session: a fresh build served on a free port and one Chromium, started
 * before the file's tests and stopped after them. Each test opens its own page (a fresh workbook).
 */
import type { Browser } from "playwright-core";
import { launchChromium } from "./chromium";
import { freshPlaygroundBuild } from "./playgroundBuild";
import { serveFolder, type StaticServer } from "./staticServer";

/** Building takes ~40 s when the sources changed; Chromium's start takes a few seconds. */
export const SESSION_SETUP_TIMEOUT_MS = 360_000;
/** Per browser test: a cold Chromium on a busy CI machine is slow. */
export const BROWSER_TEST_TIMEOUT_MS = 120_000;

export interface PlaygroundSession {
  browser: Browser;
  baseUrl: string;
}

/** Call at the top of a describe block; the returned object is filled in by beforeAll. */
export function usePlaygroundSession(): PlaygroundSession {
  const session = {} as PlaygroundSession;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveFolder(await freshPlaygroundBuild());
    session.baseUrl = server.baseUrl;
    session.browser = await launchChromium();
  }, SESSION_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await session.browser?.close();
    await server?.close();
  });
  return session;
}
