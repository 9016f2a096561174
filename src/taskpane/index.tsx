import { createRoot } from "react-dom/client";
import { App } from "./App";
import { Language, languageOf } from "./i18n";

/** Office's theme flag; absent outside Office and on hosts without theme support. */
function isDarkTheme(): boolean {
  try {
    return Office.context?.officeTheme?.isDarkTheme === true;
  } catch {
    return false;
  }
}

/** The pane's language from Office's display language ("zh-CN" → zh); English outside Office. */
function displayLanguage(): Language {
  try {
    return languageOf(Office.context?.displayLanguage);
  } catch {
    return languageOf(typeof navigator === "undefined" ? null : navigator.language);
  }
}

Office.onReady((info) => {
  const container = document.getElementById("container");
  if (!container) return;
  const language = displayLanguage();
  document.documentElement.lang = language === "zh" ? "zh-CN" : "en";
  // The workbook adapter (WorkbookActions over src/workbook) is passed as `actions` once it exists.
  createRoot(container).render(
    <App host={info.host ? String(info.host) : null} dark={isDarkTheme()} language={language} />,
  );
});
