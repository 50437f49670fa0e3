import { useState } from "react";
import {
  Body1,
  Field,
  FluentProvider,
  Select,
  Title2,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { LOCALES, type Locale } from "../i18n/locale";
import { PANEL_TEXTS } from "../i18n/panelTexts";
import { FunctionList } from "./FunctionList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
});

const LANGUAGE_NAMES: Record<Locale, string> = { "en-US": "English", "zh-CN": "中文（简体）" };

export function App({ initialLocale }: { initialLocale: Locale }) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const text = PANEL_TEXTS[locale];
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <main className={styles.root}>
        <header>
          <Title2 as="h1">{text.title}</Title2>
          <Body1 as="p">{text.tagline}</Body1>
        </header>
        <Field label={text.language}>
          <Select value={locale} onChange={(_, data) => setLocale(data.value as Locale)}>
            {LOCALES.map((option) => (
              <option key={option} value={option}>
                {LANGUAGE_NAMES[option]}
              </option>
            ))}
          </Select>
        </Field>
        <FunctionList locale={locale} />
      </main>
    </FluentProvider>
  );
}
