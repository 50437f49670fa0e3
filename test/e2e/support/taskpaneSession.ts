/**
 * The real task pane (taskpane.html of a fresh production build: functions.js and taskpane.js in the shared
 * runtime) in Chromium on a fake Excel host. The page's request for office.js is answered with the fake
 * host script (fakeOfficeHost.ts), configured per page through window.fakeOfficeConfig; Excel.run then
 * runs on test/support/excelMock.ts's FakeExcel inside the page. Everything that goes wrong in the page
 * (uncaught errors, console errors, failed requests) is collected, as for the playground.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { Locale } from "../../../src/i18n/locale";
import { launchChromium } from "./chromium";
import { collectPageProblems } from "./pageProblems";
import type { FakeOfficeHostConfig, FakeOfficeHostHandle } from "./fakeOfficeHostConfig";
import { buildFakeOfficeHost } from "./fakeOfficeHostBuild";
import { freshPlaygroundBuild } from "./playgroundBuild";
import { panelTabList } from "./playgroundPage";
import { SESSION_SETUP_TIMEOUT_MS } from "./playgroundSession";
import { serveFolder, type StaticServer } from "./staticServer";

/** Where taskpane.html loads office.js from (src/taskpane/taskpane.html). */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Excel's task pane is about this wide; the panel must work in it. */
const TASK_PANE_VIEWPORT = { width: 420, height: 900 };

export interface TaskpaneSession {
  browser: Browser;
  baseUrl: string;
  /** The build's folder (taskpane.html, functions.json …). */
  buildFolder: string;
  hostScript: string;
}

/** Call at the top of a describe block; the returned object is filled in by beforeAll. */
export function useTaskpaneSession(): TaskpaneSession {
  const session = {} as TaskpaneSession;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    session.hostScript = buildFakeOfficeHost();
    session.buildFolder = await freshPlaygroundBuild();
    server = await serveFolder(session.buildFolder);
    session.baseUrl = server.baseUrl;
    session.browser = await launchChromium();
  }, SESSION_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await session.browser?.close();
    await server?.close();
  });
  return session;
}

export interface OpenedTaskpane {
  page: Page;
  context: BrowserContext;
  /** Page errors, console errors and failed requests so far, one line each. */
  problems: string[];
}

/** Opens taskpane.html on a fake host and waits until the panel (in `expectedLocale`) shows its tabs. */
export async function openTaskpane(
  session: TaskpaneSession,
  config: FakeOfficeHostConfig,
  expectedLocale: Locale
): Promise<OpenedTaskpane> {
  const context = await session.browser.newContext({ viewport: TASK_PANE_VIEWPORT });
  const page = await context.newPage();
  const problems = collectPageProblems(page);
  await page.route(OFFICE_JS_URL, (route) =>
    route.fulfill({ path: session.hostScript, contentType: "text/javascript; charset=utf-8" })
  );
  await page.addInitScript((hostConfig) => {
    (window as unknown as { fakeOfficeConfig: unknown }).fakeOfficeConfig = hostConfig;
  }, config);
  await page.goto(`${session.baseUrl}taskpane.html`);
  await panelTabList(page, expectedLocale).waitFor({ state: "visible" });
  return { page, context, problems };
}

// The panel is the same page component in both hosts.
export { panelTabList };

/** The page's window, with the fake host's handle: for page.evaluate callbacks that read the fake workbook. */
export type FakeHostWindow = Window & { fakeOfficeHost: FakeOfficeHostHandle };
