// The simulated workbook half of the preview: the host (test/host, with HyperFormula), restored from localStorage
// and saved back after each change, and the grid over it. Loaded as its own chunk, so the pane renders without
// waiting for HyperFormula to download and start.
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { SimulatedHost } from "../host";
import { previewApi } from "./api";
import type { PreviewTheme } from "./office-theme";
import { PreviewWorkbook } from "./grid/PreviewWorkbook";
import { openHost, persist } from "./storage";
import { offerDownload } from "./workbook-download";

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: the preview works, without surviving a reload
  }
}

/** Opens the workbook, installs it as the page's `Excel` and renders its grid, in the page's theme; `toPane` moves
 * focus to the pane. */
export function startWorkbook(container: HTMLElement, toPane: () => void, theme?: PreviewTheme): SimulatedHost {
  const storage = localStorageOrNull();
  const { host } = openHost(storage);
  host.install(window);

  // Saved at once (a new profile then holds its empty workbook too), then after each burst of changes.
  const saving = persist(host, storage);
  saving.saveNow();
  host.model.subscribe(() => saving.schedule());
  window.addEventListener("pagehide", () => saving.flush());
  window.rubricPreview = previewApi(host, saving.saveNow);
  // Excel.createWorkbook: no second Excel window here, so the new workbook is offered as a download.
  host.onWorkbookCreated((base64) => base64 && offerDownload(base64));

  // The grid asks first (NewWorkbookButton).
  const newWorkbook = () => {
    saving.discard();
    window.location.reload();
  };
  const root = createRoot(container);
  const render = (dark: boolean) =>
    root.render(
      <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ height: "100%" }}>
        <PreviewWorkbook model={host.model} onNewWorkbook={newWorkbook} onLeave={toPane} />
      </FluentProvider>,
    );
  render(theme?.dark() ?? false);
  theme?.subscribe(render);
  return host;
}
