import { createContext, useContext, type ReactNode } from "react";
import type { Locale } from "../i18n/locale";
import { PANEL_TEXTS, type PanelText } from "../i18n/panelTexts";

export interface PanelLocale {
  locale: Locale;
  text: Record<PanelText, string>;
}

// A context rather than a prop on every component: the language switch re-renders the whole panel at once.
const PanelLocaleContext = createContext<PanelLocale>({
  locale: "en-US",
  text: PANEL_TEXTS["en-US"],
});

export function PanelLocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <PanelLocaleContext.Provider value={{ locale, text: PANEL_TEXTS[locale] }}>
      {children}
    </PanelLocaleContext.Provider>
  );
}

/** The current panel language and its strings. */
export function usePanelLocale(): PanelLocale {
  return useContext(PanelLocaleContext);
}
