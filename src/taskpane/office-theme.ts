// The pane follows Office's theme: Office.context.officeTheme says which one is in use, and where the host raises
// OfficeThemeChanged the pane follows a change without a reload. Hosts that only report colours (no isDarkTheme)
// are judged by the body background's lightness.

/** What the pane needs of Office.OfficeTheme; any field may be missing on older hosts. */
export type OfficeThemeColors = Partial<Pick<Office.OfficeTheme, "bodyBackgroundColor" | "isDarkTheme">>;

/** Relative luminance (WCAG) of "#rgb" / "#rrggbb"; undefined for anything else. */
function luminance(color: string): number | undefined {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark when Office says so, or (where it does not say) when the body background is dark. */
export function isDarkOfficeTheme(theme: OfficeThemeColors | null | undefined): boolean {
  if (!theme) return false;
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme;
  const l = typeof theme.bodyBackgroundColor === "string" ? luminance(theme.bodyBackgroundColor) : undefined;
  // Below mid-grey: #767676 has luminance 0.18, the point where white and black text contrast equally.
  return l !== undefined && l < 0.18;
}

/** Office's theme, or undefined outside Office and on hosts without one. */
export function currentOfficeTheme(): OfficeThemeColors | undefined {
  try {
    return Office.context?.officeTheme ?? undefined;
  } catch {
    return undefined;
  }
}

type ThemeDocument = {
  addHandlerAsync?: (
    type: unknown,
    handler: (args: { officeTheme?: OfficeThemeColors }) => void,
    done?: (r: Office.AsyncResult<void>) => void,
  ) => void;
  removeHandlerAsync?: (type: unknown, options: { handler: unknown }, done?: () => void) => void;
};

/**
 * Calls `handler` with the new theme when Office raises OfficeThemeChanged; returns the function that stops it.
 * Where the host has no such event (Excel on some platforms), registering fails and the pane keeps the theme it
 * started with.
 */
export function onOfficeThemeChanged(handler: (theme: OfficeThemeColors | undefined) => void): () => void {
  let document: ThemeDocument | undefined;
  let type: unknown;
  try {
    document = Office.context?.document as ThemeDocument | undefined;
    type = Office.EventType?.OfficeThemeChanged ?? "officeThemeChanged";
  } catch {
    return () => undefined;
  }
  if (!document?.addHandlerAsync) return () => undefined;
  const listener = (args: { officeTheme?: OfficeThemeColors }) => handler(args?.officeTheme ?? currentOfficeTheme());
  try {
    document.addHandlerAsync(type, listener);
  } catch {
    return () => undefined;
  }
  return () => {
    try {
      document?.removeHandlerAsync?.(type, { handler: listener });
    } catch {
      // already gone
    }
  };
}
