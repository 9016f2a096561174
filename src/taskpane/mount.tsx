// Mounts the task pane into a container: the add-in's page does this once Office is ready, and the browser preview
// (test/preview) does it beside its simulated workbook, so both run the same App in the same workbook session.
import { webLightTheme } from "@fluentui/react-components";
import { createRoot, Root } from "react-dom/client";
import { App } from "./App";
import { workbookSession } from "../app/session";
import { Language, isLanguageLoaded, languageOf, loadLanguage } from "./i18n";
import { currentOfficeTheme, isDarkOfficeTheme, onOfficeThemeChanged } from "./office-theme";

export interface MountOptions {
  /** Office.onReady's info.host: "Excel" gives the pane its workbook session; anything else, none. */
  host: string | null;
  /** Defaults to Office's display language (English outside Office). */
  language?: Language;
  /** Fixes the theme; by default the pane follows Office's (light outside Office), changes included. */
  dark?: boolean;
}

/** Dark or light for the page around the pane too: scroll bars and form controls the browser draws. */
function colorScheme(dark: boolean): void {
  if (typeof document !== "undefined") document.documentElement.style.colorScheme = dark ? "dark" : "light";
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
  const root = createRoot(container);
  // The dark tokens and the Chinese texts load on demand; a later theme change wins over one still loading.
  const texts = loadLanguage(language);
  let painted = 0;
  const render = (dark: boolean) => {
    const turn = ++painted;
    const paint = (theme: typeof webLightTheme) => {
      if (turn !== painted) return;
      colorScheme(dark);
      root.render(<App host={host} theme={theme} language={language} session={session} />);
    };
    if (!dark && isLanguageLoaded(language)) paint(webLightTheme);
    else
      void Promise.all([
        dark ? import(/* webpackChunkName: "dark-theme" */ "./dark-theme").then((m) => m.webDarkTheme) : webLightTheme,
        texts,
      ]).then(([theme]) => paint(theme));
  };
  if (options.dark !== undefined) render(options.dark);
  else {
    render(isDarkOfficeTheme(currentOfficeTheme()));
    // The pane page lives as long as the workbook (shared runtime): it follows a theme change while open.
    onOfficeThemeChanged((theme) => render(isDarkOfficeTheme(theme)));
  }
  return root;
}
