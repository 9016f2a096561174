// The browser preview (npm start, no Excel needed): the real task pane, with its real Excel actions, beside a grid
// over a simulated Excel workbook (test/host) that the pane reaches through a global `Excel`, as in Excel.
// Development tooling only: webpack builds it in development mode, never into the production bundle.
import "./custom-functions"; // before the host: it imports the RUBRIC functions, which need CustomFunctions
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { languageOf } from "../../src/taskpane/i18n";
import { mountPane } from "../../src/taskpane/mount";
import { previewApi } from "./api";
import { PreviewWorkbook } from "./grid/PreviewWorkbook";
import { openHost, persist } from "./storage";

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: the preview works, without surviving a reload
  }
}

function start(): void {
  const workbookContainer = document.getElementById("workbook");
  const paneContainer = document.getElementById("pane");
  if (!workbookContainer || !paneContainer) throw new Error("preview.html lacks #workbook or #pane");

  const storage = localStorageOrNull();
  const { host } = openHost(storage);
  host.install(window);

  // Saved at once (a new profile then holds its empty workbook too), then after each burst of changes.
  const saving = persist(host, storage);
  saving.saveNow();
  host.model.subscribe(() => saving.schedule());
  window.addEventListener("pagehide", () => saving.flush());
  window.rubricPreview = previewApi(host, saving.saveNow);

  // The grid asks first (NewWorkbookButton).
  const newWorkbook = () => {
    saving.discard();
    window.location.reload();
  };
  // F6 moves between the workbook and the pane, as in Excel.
  const toPane = () => paneContainer.querySelector<HTMLElement>("button:not([disabled]), [href], input")?.focus();
  paneContainer.addEventListener("keydown", (e) => {
    if (e.key !== "F6") return;
    e.preventDefault();
    workbookContainer.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]')?.focus();
  });

  createRoot(workbookContainer).render(
    <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
      <PreviewWorkbook model={host.model} onNewWorkbook={newWorkbook} onLeave={toPane} />
    </FluentProvider>,
  );
  // ?lang=zh shows the pane (and new rubrics) in Chinese.
  const language = languageOf(new URLSearchParams(window.location.search).get("lang") ?? "en");
  mountPane(paneContainer, { host: "Excel", language, dark: false });
}

// Outside Office, Office.onReady resolves with host null; without office.js at all, start anyway.
if (typeof Office !== "undefined") void Office.onReady(() => start());
else start();
