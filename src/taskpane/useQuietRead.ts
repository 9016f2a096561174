// When the pane reads the workbook: after the selection moves or the row the form shows is changed by other means, at
// once for a lone event and once more when a burst ends (selection events fire often and spuriously, and a drag or
// arrow-key run fires many), never while the pane is hidden (the shared runtime keeps the page alive), and once when
// it is shown again.
import { useEffect, useRef } from "react";
import { SheetChange, WorkbookSession } from "../app/session";

/** What started a read: the selection moved (or the pane was shown again), or only the form's row changed. */
export type ReadCause = "selection" | "change";

/** A click reads at once (the leading edge); events that follow within this long of the last one are folded into
 * one more read when they stop (the trailing edge). Long enough to fold a burst of events (and an arrow key's
 * auto-repeat, every 30 ms or so) into one read, short enough that the form catches up as soon as the burst ends. */
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
    /** Set while events are not quiet: from a read until delayMs pass without an event. */
    let timer: ReturnType<typeof setTimeout> | undefined;
    let hidden = false;
    /** What the events since the last read call for (null: none came); a selection event wins, as its read covers a
     * change too. */
    let waiting: ReadCause | null = null;
    const cancel = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      waiting = null;
    };
    const quietAfter = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        if (waiting === null) return;
        const why = waiting;
        waiting = null;
        latest.current.read(why);
        quietAfter();
      }, delayMs);
    };
    const schedule = (why: ReadCause) => {
      if (hidden) return; // read when shown again
      if (timer === undefined) {
        latest.current.read(why);
      } else {
        waiting = waiting === "selection" ? waiting : why;
      }
      quietAfter();
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
