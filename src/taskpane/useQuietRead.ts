// When the pane reads the workbook: after the selection moves or the row the form shows is changed by other means,
// debounced (selection events fire often and spuriously, and a drag or arrow-key run fires many), never while the
// pane is hidden (the shared runtime keeps the page alive), and once when it is shown again.
import { useEffect, useRef } from "react";
import { SheetChange, WorkbookSession } from "../app/session";

/** Trailing debounce: the read starts this long after the last event. */
export const QUIET_MS = 200;

export function useQuietRead(
  session: WorkbookSession,
  read: () => void,
  concerns: (change: SheetChange) => boolean,
  delayMs = QUIET_MS,
): void {
  // The latest callbacks, without registering the events again when they change.
  const latest = useRef({ read, concerns });
  latest.current = { read, concerns };

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let hidden = false;
    const cancel = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    };
    const schedule = () => {
      if (hidden) return; // read when shown again
      cancel();
      timer = setTimeout(() => {
        timer = undefined;
        latest.current.read();
      }, delayMs);
    };
    const stops = [
      session.onSelectionChanged(schedule),
      session.onSheetChanged((change) => {
        if (latest.current.concerns(change)) schedule();
      }),
      session.onVisibilityChanged((visible) => {
        hidden = !visible;
        if (hidden) cancel();
        else schedule();
      }),
    ];
    return () => {
      cancel();
      stops.forEach((stop) => stop());
    };
  }, [session, delayMs]);
}
