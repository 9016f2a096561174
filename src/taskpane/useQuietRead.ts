// When the pane reads the workbook: after the selection moves or the row the form shows is changed by other means,
// debounced (selection events fire often and spuriously, and a drag or arrow-key run fires many), never while the
// pane is hidden (the shared runtime keeps the page alive), and once when it is shown again.
import { useEffect, useRef } from "react";
import { SheetChange, WorkbookSession } from "../app/session";

/** What started a read: the selection moved (or the pane was shown again), or only the form's row changed. */
export type ReadCause = "selection" | "change";

/** Trailing debounce: the read starts this long after the last event. Long enough to fold a burst of events (and
 * an arrow key's auto-repeat, every 30 ms or so) into one read, short enough that the form follows a click at once. */
export const QUIET_MS = 50;

export function useQuietRead(
  session: WorkbookSession,
  read: (cause: ReadCause) => void,
  concerns: (change: SheetChange) => boolean,
  delayMs = QUIET_MS,
): void {
  // The latest callbacks, without registering the events again when they change.
  const latest = useRef({ read, concerns });
  latest.current = { read, concerns };

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let hidden = false;
    // Within one quiet window a selection event wins: its read covers a change too.
    let cause: ReadCause = "change";
    const cancel = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    };
    const schedule = (why: ReadCause) => {
      if (hidden) return; // read when shown again
      if (timer === undefined) cause = why;
      else if (why === "selection") cause = why;
      cancel();
      timer = setTimeout(() => {
        timer = undefined;
        latest.current.read(cause);
      }, delayMs);
    };
    const stops = [
      session.onSelectionChanged(() => schedule("selection")),
      session.onSheetChanged((change) => {
        if (latest.current.concerns(change)) schedule("change");
      }),
      session.onVisibilityChanged((visible) => {
        hidden = !visible;
        if (hidden) cancel();
        else schedule("selection");
      }),
    ];
    return () => {
      cancel();
      stops.forEach((stop) => stop());
    };
  }, [session, delayMs]);
}
