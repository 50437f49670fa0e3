/**
 * The panel's pages in tab order: every registered builder module (src/builders/index.ts) with a page
 * derived from it (or a page of its own: App's OWN_PAGES), the builders with pages of their own, then the
 * functions. One list, for the App and for
 * the browser tests that walk the tabs.
 */
import { BUILDERS } from "../builders";
import type { RegisteredBuilder } from "../builders/builder";
import type { Locale } from "../i18n/locale";
import { PANEL_TEXTS } from "../i18n/panelTexts";

export interface PanelTab {
  id: string;
  label: string;
  /** A registered module: its page is BuilderPage. */
  builder?: RegisteredBuilder;
}

export function panelTabs(
  locale: Locale,
  builders: readonly RegisteredBuilder[] = BUILDERS
): PanelTab[] {
  const text = PANEL_TEXTS[locale];
  return [
    ...builders.map((builder) => ({ id: builder.id, label: builder.texts[locale].name, builder })),
    { id: "functions", label: text.tabFunctions },
  ];
}
