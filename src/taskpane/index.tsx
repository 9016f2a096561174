import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createExcelActions } from "./excel-actions";
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
  const host = info.host ? String(info.host) : null;
  // In Excel the pane works on the workbook; elsewhere it has no actions and says what can be done.
  const actions =
    host === "Excel"
      ? createExcelActions({
          language,
          sampleEvaluations: () => import("../../assets/examples/sample-evaluations.csv").then((m) => m.default),
        })
      : undefined;
  createRoot(container).render(<App host={host} dark={isDarkTheme()} language={language} actions={actions} />);
});
