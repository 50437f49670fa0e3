import { useState } from "react";
import {
  Body1,
  Field,
  FluentProvider,
  Select,
  Tab,
  TabList,
  Title2,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { LOCALES, type Locale } from "../i18n/locale";
import type { RegisteredBuilder } from "../builders/builder";
import { PANEL_TEXTS } from "../i18n/panelTexts";
import type { WorkbookPort } from "../workbook/port";
import { BUILDER_PANELS } from "./builderPanels";
import { FunctionList } from "./FunctionList";
import { PanelLocaleProvider } from "./panelLocale";
import { BuilderPage } from "./pages/BuilderPage";
import { ReportPage } from "./pages/ReportPage";
import { panelTabs } from "./panelTabs";

/**
 * Everything host-specific arrives as a prop, so the same panel runs in Excel (ExcelWorkbook) and in the
 * playground (MemoryWorkbook) without any Office.js here.
 */
export interface AppProps {
  port: WorkbookPort;
  initialLocale: Locale;
  theme?: "light" | "dark";
  /** Writes a formula into the selected cell; when absent the Functions page hides its insert buttons. */
  insertFormula?: (formula: string) => Promise<void>;
  /** The builder modules with derived pages; the registry unless a test gives its own. */
  builders?: readonly RegisteredBuilder[];
}

/**
 * Registered modules served by a page of their own rather than BuilderPage, where the field list cannot
 * express the page: the report's two-level breakdown offered from the source's columns, with the
 * channel column first. The page still reads the module's fields and builds through its path.
 */
const OWN_PAGES: Record<string, (props: { port: WorkbookPort }) => JSX.Element> = {
  report: ReportPage,
};

// Each language names itself, so a user who cannot read the current one still finds theirs.
const LANGUAGE_NAMES: Record<Locale, string> = { "en-US": "English", "zh-CN": "中文（简体）" };

const useStyles = makeStyles({
  // Fluent typography renders inline even as h1/p; a heading and its tagline need lines of their own.
  block: { display: "block" },
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
  },
  language: { minWidth: "140px" },
  // A narrow task pane cannot show every builder's tab on one line: they wrap instead of running off.
  tabs: { flexWrap: "wrap" },
});

export function App({ port, initialLocale, theme = "light", insertFormula, builders }: AppProps) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const tabs = panelTabs(locale, builders);
  const [page, setPage] = useState<string>(tabs[0].id);
  const builder = tabs.find((tab) => tab.id === page)?.builder;
  const OwnPage = builder && OWN_PAGES[builder.id];
  const text = PANEL_TEXTS[locale];
  const styles = useStyles();
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} lang={locale}>
      <PanelLocaleProvider locale={locale}>
        <div className={styles.root}>
          <header className={styles.header}>
            <div>
              <Title2 as="h1" className={styles.block}>
                {text.title}
              </Title2>
              <Body1 as="p" className={styles.block}>
                {text.tagline}
              </Body1>
            </div>
            <Field label={text.language} className={styles.language}>
              <Select value={locale} onChange={(_, data) => setLocale(data.value as Locale)}>
                {LOCALES.map((option) => (
                  <option key={option} value={option} lang={option}>
                    {LANGUAGE_NAMES[option]}
                  </option>
                ))}
              </Select>
            </Field>
          </header>
          <nav aria-label={text.navigation}>
            <TabList
              className={styles.tabs}
              selectedValue={page}
              onTabSelect={(_, data) => setPage(String(data.value))}
            >
              {tabs.map(({ id, label }) => (
                <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`page-${id}`}>
                  {label}
                </Tab>
              ))}
            </TabList>
          </nav>
          {/* Only the selected page is mounted; a page's loaded data resets when the user leaves it. */}
          <main>
            <div id={`page-${page}`} role="tabpanel" aria-labelledby={`tab-${page}`}>
              {page === "functions" && <FunctionList port={port} insertFormula={insertFormula} />}
              {builder && OwnPage && <OwnPage key={builder.id} port={port} />}
              {builder && !OwnPage && (
                <BuilderPage
                  key={builder.id}
                  port={port}
                  builder={builder}
                  panel={BUILDER_PANELS[builder.id]}
                />
              )}
            </div>
          </main>
        </div>
      </PanelLocaleProvider>
    </FluentProvider>
  );
}
