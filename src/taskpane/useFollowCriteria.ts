// A manager may edit a criterion's Levels, Max or Allow NA cell in the grid: the score cells' validation follows
// (followCriteriaEdit rewrites the changed criteria's rules, and only while the rubric reads without a problem).
// Debounced: typing, pasting or filling fires one event per change. The pane's own rubric writes already apply the
// rules (writeCriteria, syncColumns), so events while one is under way, or just after, are ignored.
import { MutableRefObject, useEffect, useRef } from "react";
import { WorkbookSession, criteriaTableName } from "../app/session";
import { Outcome, failureOf } from "../app/use-case";
import { QUIET_MS } from "./useQuietRead";

export interface OwnWrites {
  /** Rubric writes of the pane under way. */
  running: number;
  /** When the last one ended (Date.now()); its events may still arrive after it. */
  endedAt: number;
}

export function useFollowCriteria(
  session: WorkbookSession,
  rubricId: string | undefined,
  own: MutableRefObject<OwnWrites>,
  settled: (outcome: Outcome<unknown>) => void,
  delayMs = QUIET_MS,
): void {
  const latest = useRef(settled);
  latest.current = settled;

  useEffect(() => {
    if (rubricId === undefined) return;
    const pending = new Set<string>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const follow = async () => {
      timer = undefined;
      const addresses = [...pending];
      pending.clear();
      try {
        const { followCriteriaEdit } = await import(/* webpackChunkName: "follow-criteria" */ "../app/follow-criteria");
        for (const address of addresses) {
          if (stopped) return;
          latest.current(await followCriteriaEdit(session, { rubricId, address }));
        }
      } catch (error) {
        if (!stopped) latest.current({ ok: false, failure: failureOf("followCriteriaEdit", error) });
      }
    };
    const stop = session.onTableChanged(criteriaTableName(rubricId), (change) => {
      const { running, endedAt } = own.current;
      if (running > 0 || Date.now() - endedAt < delayMs) return; // the pane's own write
      pending.add(change.address);
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void follow(), delayMs);
    });
    return () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      stop();
    };
  }, [session, rubricId, own, delayMs]);
}
