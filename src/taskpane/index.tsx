import { createRoot } from "react-dom/client";
import { App } from "./App";
import { localeFromLanguageTag } from "../i18n/locale";

Office.onReady(() => {
  const root = document.getElementById("root");
  if (!root) throw new Error("taskpane.html has no #root element");
  const language = Office.context?.displayLanguage;
  createRoot(root).render(<App initialLocale={localeFromLanguageTag(language)} />);
});
