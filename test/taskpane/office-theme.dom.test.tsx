/** @jest-environment jsdom */
// The pane follows Office's theme (Office.context.officeTheme and OfficeThemeChanged), here as the browser preview
// reports it (test/preview/office-theme.ts): ?theme=, or the browser's prefers-color-scheme and its changes.
import { act, waitFor } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Root } from "react-dom/client";
import { isDarkOfficeTheme, onOfficeThemeChanged } from "../../src/taskpane/office-theme";
import { mountPane } from "../../src/taskpane/mount";
import { OFFICE_THEMES, OfficeLike, installOfficeTheme, themeParameter } from "../../test/preview/office-theme";

/** A prefers-color-scheme query whose answer the test changes. */
function fakeMedia(matches: boolean) {
  const listeners = new Set<(e: { matches: boolean }) => void>();
  const media = {
    matches,
    addEventListener: (_: string, l: (e: { matches: boolean }) => void) => listeners.add(l),
    removeEventListener: (_: string, l: (e: { matches: boolean }) => void) => listeners.delete(l),
  };
  const change = (now: boolean) => {
    media.matches = now;
    listeners.forEach((l) => l({ matches: now }));
  };
  return { media: media as unknown as MediaQueryList, change };
}

const globals = globalThis as { Office?: unknown };
let office: OfficeLike;
let root: Root | undefined;
let container: HTMLElement;

beforeEach(() => {
  office = { context: {} };
  globals.Office = office;
  container = document.createElement("div");
  document.body.appendChild(container);
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container.remove();
  delete globals.Office;
});

/** The background the pane's Fluent theme paints (its colorNeutralBackground1 variable). */
function paneBackground(): string | undefined {
  for (const sheet of Array.from(document.styleSheets))
    for (const rule of Array.from(sheet.cssRules)) {
      const text = rule.cssText;
      const fluent = container.querySelector<HTMLElement>(".fui-FluentProvider");
      const cls = fluent ? Array.from(fluent.classList).find((c) => text.includes(`.${c}`)) : undefined;
      if (cls) {
        const value = /--colorNeutralBackground1:\s*([^;]+);/.exec(text)?.[1];
        if (value) return value.trim();
      }
    }
  return undefined;
}

/** The dark tokens load on demand (their own chunk): the pane is painted once they are in. */
async function painted(background: string) {
  await waitFor(() => expect(paneBackground()).toBe(background));
}

function mount() {
  act(() => {
    root = mountPane(container, { host: null, language: "en" });
  });
}

describe("which Office theme is dark", () => {
  test("Office's flag decides where it is given", () => {
    expect(isDarkOfficeTheme({ isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" })).toBe(true);
    expect(isDarkOfficeTheme({ isDarkTheme: false, bodyBackgroundColor: "#000000" })).toBe(false);
  });

  test("without the flag, a dark body background is dark", () => {
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#262626" })).toBe(true);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#444" })).toBe(true);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#FFFFFF" })).toBe(false);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#E6E6E6" })).toBe(false);
  });

  test("no theme, or colours it cannot read, are light", () => {
    expect(isDarkOfficeTheme(undefined)).toBe(false);
    expect(isDarkOfficeTheme({})).toBe(false);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "black" })).toBe(false);
  });

  test("?theme= names dark or light; anything else follows the browser", () => {
    expect(themeParameter("?theme=dark")).toBe("dark");
    expect(themeParameter("?lang=zh&theme=Light")).toBe("light");
    expect(themeParameter("?theme=blue")).toBeNull();
    expect(themeParameter("")).toBeNull();
  });
});

describe("the pane in the preview's Office theme", () => {
  test("?theme=dark shows the pane dark, whatever the browser prefers", async () => {
    installOfficeTheme(office, "?theme=dark", fakeMedia(false).media);
    expect(office.context.officeTheme).toEqual(OFFICE_THEMES.dark);
    mount();
    await painted(webDarkTheme.colorNeutralBackground1);
    expect(document.documentElement.style.colorScheme).toBe("dark");
  });

  test("?theme=light keeps it light when the browser prefers dark, and a change of preference does not move it", async () => {
    const { media, change } = fakeMedia(true);
    installOfficeTheme(office, "?theme=light", media);
    mount();
    await painted(webLightTheme.colorNeutralBackground1);
    act(() => change(false));
    act(() => change(true));
    await painted(webLightTheme.colorNeutralBackground1);
  });

  test("without ?theme= it follows the browser's preference, and its changes as Office's theme changes", async () => {
    const { media, change } = fakeMedia(true);
    const theme = installOfficeTheme(office, "", media);
    const seen: boolean[] = [];
    theme.subscribe((dark) => seen.push(dark));
    mount();
    await painted(webDarkTheme.colorNeutralBackground1);
    act(() => change(false));
    expect(office.context.officeTheme).toEqual(OFFICE_THEMES.light);
    await painted(webLightTheme.colorNeutralBackground1);
    expect(document.documentElement.style.colorScheme).toBe("light");
    act(() => change(true));
    await painted(webDarkTheme.colorNeutralBackground1);
    expect(seen).toEqual([false, true]);
  });

  test("a handler removed from OfficeThemeChanged hears no more changes", async () => {
    const { media, change } = fakeMedia(false);
    installOfficeTheme(office, "", media);
    const heard: (boolean | undefined)[] = [];
    const stop = onOfficeThemeChanged((t) => heard.push(t?.isDarkTheme));
    change(true);
    stop();
    change(false);
    expect(heard).toEqual([true]);
  });

  test("where Office has no theme event the pane keeps the theme it started with", async () => {
    office.context.officeTheme = { ...OFFICE_THEMES.dark };
    expect(onOfficeThemeChanged(() => undefined)).toEqual(expect.any(Function));
    mount();
    await painted(webDarkTheme.colorNeutralBackground1);
  });
});
