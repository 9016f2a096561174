// The preview reports an Office theme to the pane as Office does: Office.context.officeTheme, and OfficeThemeChanged
// ("officeThemeChanged", Office.EventType's value, which office.js outside Office does not define) to the handlers added on Office.context.document. ?theme=dark (or light) picks the theme; without it the browser's
// prefers-color-scheme does, and a change of it is reported as Office reports a change of theme. The pane reads
// only Office's theme, never the URL; the preview's grid follows the same theme.
import type { OfficeThemeColors } from "../../src/taskpane/office-theme";

/** The colours Office reports for its Black and White themes (Excel on Windows), with their dark flag. */
export const OFFICE_THEMES: Record<"dark" | "light", Required<OfficeThemeColors> & Partial<Office.OfficeTheme>> = {
  dark: {
    isDarkTheme: true,
    bodyBackgroundColor: "#262626",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#363636",
    controlForegroundColor: "#FFFFFF",
  },
  light: {
    isDarkTheme: false,
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#000000",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#000000",
  },
};

export const OFFICE_THEME_CHANGED = "officeThemeChanged";

type Handler = (args: { type: string; officeTheme: unknown }) => void;

/** The parts of office.js's Office the stub fills in: outside Office, Office.context is a plain object. */
export interface OfficeLike {
  context: { officeTheme?: unknown; document?: unknown };
}

export interface PreviewTheme {
  dark(): boolean;
  /** Calls `listener` after each change of theme; returns the function that stops it. */
  subscribe(listener: (dark: boolean) => void): () => void;
}

/** Which theme a `?theme=` value asks for; null to follow the browser. */
export function themeParameter(search: string): "dark" | "light" | null {
  const value = new URLSearchParams(search).get("theme")?.toLowerCase();
  return value === "dark" || value === "light" ? value : null;
}

/**
 * Installs the theme on `office` (when office.js is loaded) and returns it for the preview's own grid.
 * `media`: the browser's prefers-color-scheme query, followed when the URL does not fix the theme.
 */
export function installOfficeTheme(
  office: OfficeLike | undefined,
  search: string,
  media: MediaQueryList | null,
): PreviewTheme {
  const fixed = themeParameter(search);
  let dark = fixed ? fixed === "dark" : media?.matches === true;
  const handlers = new Set<Handler>();
  const listeners = new Set<(dark: boolean) => void>();
  const theme = () => ({ ...OFFICE_THEMES[dark ? "dark" : "light"] });

  if (office) {
    office.context.officeTheme = theme();
    // Office's document object, as far as themes go: outside Office office.js has none.
    const document = (office.context.document ?? {}) as Record<string, unknown>;
    document.addHandlerAsync = (type: unknown, handler: Handler, done?: (r: { status: string }) => void) => {
      if (type === OFFICE_THEME_CHANGED) handlers.add(handler);
      done?.({ status: type === OFFICE_THEME_CHANGED ? "succeeded" : "failed" });
    };
    document.removeHandlerAsync = (type: unknown, options?: { handler?: Handler }, done?: () => void) => {
      if (type === OFFICE_THEME_CHANGED && options?.handler) handlers.delete(options.handler);
      done?.();
    };
    office.context.document = document;
  }

  if (!fixed && media) {
    media.addEventListener("change", (e) => {
      dark = e.matches;
      if (office) office.context.officeTheme = theme();
      for (const handler of [...handlers]) handler({ type: OFFICE_THEME_CHANGED, officeTheme: theme() });
      for (const listener of [...listeners]) listener(dark);
    });
  }

  return {
    dark: () => dark,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
