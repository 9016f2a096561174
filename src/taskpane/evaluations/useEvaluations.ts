// A tab's view of the evaluations store: while `active`, the evaluations are read (once) and the selected rows
// follow the sheet's selection.
import { useEffect, useSyncExternalStore } from "react";
import { WorkbookSession } from "../../app/session";
import { EvaluationsSnapshot, EvaluationsStore } from "./store";

export function useEvaluations(
  store: EvaluationsStore,
  session: WorkbookSession,
  active: boolean,
): EvaluationsSnapshot {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  useEffect(() => {
    if (!active) return undefined;
    void store.ensure();
    return session.onSelectionChanged(() => void store.refreshSelection());
  }, [store, session, active]);
  return snapshot;
}
