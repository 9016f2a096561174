// Whether the pane is shown: in the shared runtime the page stays alive while the pane is closed, and nothing there
// needs reading until it is shown again. Office.*, not Excel.*: the add-in runtime's own event.

/** Calls `handler` with false when the pane is hidden and true when it is shown again. Rejects where the runtime
 * has no such event (SharedRuntime 1.1 missing, or outside Office): the pane then counts as always shown. */
export async function paneVisibility(handler: (visible: boolean) => void): Promise<() => unknown> {
  const addin = typeof Office === "undefined" ? undefined : Office.addin;
  if (!addin || typeof addin.onVisibilityModeChanged !== "function") {
    throw new Error("Office.addin.onVisibilityModeChanged is not available");
  }
  // The mode is "Hidden" or "Taskpane" (Office.VisibilityMode); compared as text, so no enum object is needed.
  return addin.onVisibilityModeChanged((message) => handler(String(message.visibilityMode) !== "Hidden"));
}
