// Mounts the task pane into a container: the add-in's page does this once Office is ready, and the browser preview
// (test/preview) does it beside its simulated workbook, so both run the same App in the same workbook session.
import { createRoot, Root } from "react-dom/client";
import { App } from "./App";
import { workbookSession } from "../app/session";
import { Language, languageOf } from "./i18n";

export interface MountOptions {
  /** Office.onReady's info.host: "Excel" gives the pane its workbook session; anything else, none. */
  host: string | null;
  /** Defaults to Office's display language (English outside Office). */
  language?: Language;
  /** Defaults to Office's theme (light outside Office). */
  dark?: boolean;
}

/** Office's theme flag; absent outside Office and on hosts without theme support. */
export function isDarkTheme(): boolean {
  try {
    return Office.context?.officeTheme?.isDarkTheme === true;
  } catch {
    return false;
  }
}

/** The pane's language from Office's display language ("zh-CN" → zh); the browser's outside Office. */
export function displayLanguage(): Language {
  try {
    return languageOf(Office.context?.displayLanguage);
  } catch {
    return languageOf(typeof navigator === "undefined" ? null : navigator.language);
  }
}

export function mountPane(container: HTMLElement, options: MountOptions): Root {
  const { host } = options;
  const language = options.language ?? displayLanguage();
  // In Excel the pane works on the workbook; elsewhere it has no session and says what can be done.
  const session =
    host === "Excel"
      ? workbookSession({
          language,
          // The example's evaluations in the pane's language: reviewers, teams and comments read naturally.
          sampleEvaluations: () =>
            (language === "zh"
              ? import("../../assets/examples/sample-evaluations.zh.csv")
              : import("../../assets/examples/sample-evaluations.csv")
            ).then((m) => m.default),
        })
      : undefined;
  // The Chinese problem and engine messages, loaded on demand: English ones are on the first screen.
  if (language === "zh") {
    void import("../rubric/vocabulary/messages/zh").then(async ({ zh }) =>
      (await import("../rubric/vocabulary/messages/render")).registerMessages("zh", zh),
    );
  }
  const root = createRoot(container);
  root.render(<App host={host} dark={options.dark ?? isDarkTheme()} language={language} session={session} />);
  return root;
}
