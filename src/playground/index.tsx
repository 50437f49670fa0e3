/**
 * Entry of playground.html: builds the sample shop workbook in memory and renders the page. The language
 * comes from ?lang=zh-CN|en-US, else the browser's.
 */
import { createRoot } from "react-dom/client";
import { localeFromLanguageTag } from "../i18n/locale";
import { ObservedMemoryWorkbook } from "./ObservedMemoryWorkbook";
import { PlaygroundPage } from "./PlaygroundPage";
import { SAMPLE_SHEETS, sampleWorkbookPlan } from "./sampleWorkbookPlan";

async function start(): Promise<void> {
  const root = document.getElementById("root");
  if (!root) throw new Error("playground.html has no #root element");
  const workbook = new ObservedMemoryWorkbook();
  await workbook.applyPlan(sampleWorkbookPlan());
  await workbook.activateSheet(SAMPLE_SHEETS.daily);
  const language = new URLSearchParams(window.location.search).get("lang") ?? navigator.language;
  const initialLocale = localeFromLanguageTag(language);
  document.documentElement.lang = initialLocale;
  // Handy in the console and for browser tests: window.opsPlayground.getValue(...).
  (window as unknown as { opsPlayground: ObservedMemoryWorkbook }).opsPlayground = workbook;
  createRoot(root).render(<PlaygroundPage workbook={workbook} initialLocale={initialLocale} />);
}

void start();
