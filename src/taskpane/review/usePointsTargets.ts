// The workbook's points targets for the ledger: the PointsTargets table read once when the Review tab opens and
// again on Refresh (after the manager edits it in the grid), and "Set up targets" when there is none. Reading is two
// syncs and writes nothing; the targets are then used in memory for every filter.
import { useCallback, useEffect, useRef, useState } from "react";
import { createPointsTargets } from "../../app/create-points-targets";
import { PointsTargetsRead, readPointsTargets } from "../../app/read-points-targets";
import type { Failure } from "../../app/use-case";
import { useSession } from "../session";

/** Where the ledger's targets stand: being read, no table in the workbook, the table as read, or a failed read. */
export type TargetsTableState =
  | { kind: "reading" }
  | { kind: "none" }
  | { kind: "table"; read: PointsTargetsRead }
  | { kind: "failed"; failure: Failure };

export interface PointsTargetsState {
  table: TargetsTableState;
  /** A read or a set-up is under way (its button is disabled meanwhile). */
  busy: boolean;
  refresh: () => void;
  /** Makes the Points targets sheet listing `persons`, then reads it. */
  setUp: (persons: readonly string[]) => void;
  /** Why the last set-up failed, until the next attempt. */
  setUpFailure: Failure | undefined;
  /** The sheet the last set-up made (to say where to type the targets). */
  madeSheet: string | undefined;
}

export function usePointsTargets(): PointsTargetsState {
  const session = useSession();
  const [table, setTable] = useState<TargetsTableState>({ kind: "reading" });
  const [busy, setBusy] = useState(true);
  const [setUpFailure, setSetUpFailure] = useState<Failure | undefined>();
  const [madeSheet, setMadeSheet] = useState<string | undefined>();
  // Only the latest request's answer is shown, and none after the tab is closed.
  const latest = useRef(0);

  const read = useCallback(
    async (request: number) => {
      const outcome = await readPointsTargets(session);
      if (request !== latest.current) return;
      setTable(
        !outcome.ok
          ? { kind: "failed", failure: outcome.failure }
          : outcome.value
            ? { kind: "table", read: outcome.value }
            : { kind: "none" },
      );
      setBusy(false);
    },
    [session],
  );

  const refresh = useCallback(() => {
    const request = ++latest.current;
    setBusy(true);
    void read(request);
  }, [read]);

  const setUp = useCallback(
    (persons: readonly string[]) => {
      const request = ++latest.current;
      setBusy(true);
      setSetUpFailure(undefined);
      void (async () => {
        const outcome = await createPointsTargets(session, persons);
        if (request !== latest.current) return;
        if (outcome.ok) setMadeSheet(outcome.value.sheet);
        else setSetUpFailure(outcome.failure);
        // Read what is there either way: the table just made, or the one that made the set-up refuse.
        await read(request);
      })();
    },
    [session, read],
  );

  useEffect(() => {
    refresh();
    return () => {
      latest.current++;
    };
  }, [refresh]);

  return { table, busy, refresh, setUp, setUpFailure, madeSheet };
}
