// A tab's view of the evaluations store: while `active`, the evaluations are read (once) and the selected rows
// follow the sheet's selection, as quietly as the Score tab (debounced, nothing while the pane is hidden).
import { useEffect, useSyncExternalStore } from "react";
import { WorkbookSession } from "../../app/session";
import { useQuietRead } from "../useQuietRead";
import { EvaluationsSnapshot, EvaluationsStore } from "./store";

const NO_CELL_CHANGE = () => false;

export function useEvaluations(
  store: EvaluationsStore,
  session: WorkbookSession,
  active: boolean,
): EvaluationsSnapshot {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  useEffect(() => {
    if (active) void store.ensure();
  }, [store, active]);
  useQuietRead(
    session,
    () => {
      if (active) void store.refreshSelection();
    },
    NO_CELL_CHANGE,
  );
  return snapshot;
}
