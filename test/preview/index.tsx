// The browser preview (npm start, no Excel needed): the real task pane, with its real Excel actions, beside a grid
// over a simulated Excel workbook (test/host) that the pane reaches through a global `Excel`, as in Excel.
// Development tooling only: `npm run build` never includes it.
//
// The pane is mounted first; the workbook (the host, HyperFormula and the grid) comes in its own chunk, and the
// pane's Excel.run calls wait for it (lazy-excel.ts), so the pane's first render does not wait for HyperFormula.
import "../support/custom-functions-stub"; // before the host: it imports the RUBRIC functions, which need CustomFunctions
import { languageOf } from "../../src/taskpane/i18n";
import { mountPane } from "../../src/taskpane/mount";
import { installLazyExcel } from "./lazy-excel";
import { OfficeLike, installOfficeTheme } from "./office-theme";

function start(): void {
  const workbookContainer = document.getElementById("workbook");
  const paneContainer = document.getElementById("pane");
  if (!workbookContainer || !paneContainer) throw new Error("preview.html lacks #workbook or #pane");

  // F6 moves between the workbook and the pane, as in Excel.
  const toPane = () => paneContainer.querySelector<HTMLElement>("button:not([disabled]), [href], input")?.focus();
  paneContainer.addEventListener("keydown", (e) => {
    if (e.key !== "F6") return;
    e.preventDefault();
    workbookContainer.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]')?.focus();
  });

  // ?theme=dark (or the browser's preference) reaches the pane as Office's theme, and the grid as the same.
  const office = typeof Office === "undefined" ? undefined : (Office as unknown as OfficeLike);
  const theme = installOfficeTheme(
    office,
    window.location.search,
    window.matchMedia?.("(prefers-color-scheme: dark)") ?? null,
  );
  const applyPage = (dark: boolean) => (document.documentElement.dataset.theme = dark ? "dark" : "light");
  applyPage(theme.dark());
  theme.subscribe(applyPage);

  const host = import(/* webpackChunkName: "preview-workbook" */ "./workbook").then((m) =>
    m.startWorkbook(workbookContainer, toPane, theme),
  );
  installLazyExcel(window as { Excel?: unknown }, host);
  // ?lang=zh shows the pane (and new rubrics) in Chinese.
  const language = languageOf(new URLSearchParams(window.location.search).get("lang") ?? "en");
  // The pane follows Office's theme (the one installed above); without office.js there is none to follow.
  mountPane(paneContainer, { host: "Excel", language, dark: office ? undefined : theme.dark() });
}

// Outside Office, Office.onReady resolves with host null; without office.js at all, start anyway.
if (typeof Office !== "undefined") void Office.onReady(() => start());
else start();
