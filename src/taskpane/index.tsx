import { createRoot } from "react-dom/client";
import { App } from "./App";
import { localeFromLanguageTag } from "../i18n/locale";
import { ExcelWorkbook } from "../workbook/excel/ExcelWorkbook";

/** Office's theme says dark through isDarkTheme, or (older hosts) only through a dark body background. */
function officeThemeKind(): "light" | "dark" {
  const theme = Office.context?.officeTheme;
  if (!theme) return "light";
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme ? "dark" : "light";
  const hex = /^#?([0-9a-f]{6})$/i.exec(theme.bodyBackgroundColor ?? "")?.[1];
  if (!hex) return "light";
  const [r, g, b] = [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128 ? "dark" : "light";
}

Office.onReady(() => {
  const root = document.getElementById("root");
  if (!root) throw new Error("taskpane.html has no #root element");
  // The panel's theme fills the task pane edge to edge; the browser's default body margin would frame a
  // dark panel in white.
  document.body.style.margin = "0";
  const language = Office.context?.displayLanguage;
  const port = new ExcelWorkbook();
  createRoot(root).render(
    <App
      port={port}
      initialLocale={localeFromLanguageTag(language)}
      theme={officeThemeKind()}
      insertFormula={(formula) => port.insertFormula(formula)}
    />
  );
});
