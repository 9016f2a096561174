// The pane's one evaluations store: the current rubric's evaluations, read once (in chunks, by the workbook layer)
// and shared by every tab that needs them (Export today; what-if and review next). A tab asks with ensure(); the
// store reads only when it holds nothing or the pane changed the workbook since (invalidate), so 10,000
// evaluations are read once per change, not once per tab.
import { Failure } from "../../app/use-case";
import { EvaluationRecord, readEvaluations } from "../../app/read-evaluations";
import { selectedEvaluationRows } from "../../app/selected-evaluation-rows";
import { WorkbookSession } from "../../app/session";

export interface EvaluationsSnapshot {
  /** undefined until read (and while a first read is under way). */
  evaluations: EvaluationRecord[] | undefined;
  /** The data rows the sheet's selection covers, as last read. */
  selectedRows: number[];
  /** The last read failed; the store keeps what it held before. */
  failure: Failure | null;
  loading: boolean;
}

export interface EvaluationsStore {
  getSnapshot(): EvaluationsSnapshot;
  subscribe(listener: () => void): () => void;
  /** Reads the evaluations unless the store holds them, in step with the pane's last change. */
  ensure(): Promise<void>;
  /** Reads them again, whatever the store holds. */
  refresh(): Promise<void>;
  /** The pane changed the evaluations (saved, added, created a rubric): read again, now if a tab is showing them,
   * else when one next asks. */
  invalidate(): void;
  /** The selection moved: reads which rows it covers (one small read). */
  refreshSelection(): Promise<void>;
}

export function createEvaluationsStore(session: WorkbookSession): EvaluationsStore {
  let snapshot: EvaluationsSnapshot = { evaluations: undefined, selectedRows: [], failure: null, loading: false };
  let stale = true;
  let reading: Promise<void> | null = null;
  /** Counts reads so that only the newest one lands. */
  let generation = 0;
  const listeners = new Set<() => void>();
  const set = (patch: Partial<EvaluationsSnapshot>) => {
    snapshot = { ...snapshot, ...patch };
    listeners.forEach((listener) => listener());
  };

  const read = (): Promise<void> => {
    const mine = ++generation;
    stale = false;
    set({ loading: true, failure: null });
    reading = readEvaluations(session).then((outcome) => {
      if (mine !== generation) return;
      reading = null;
      if (outcome.ok) set({ ...outcome.value, loading: false });
      else {
        stale = true;
        set({ failure: outcome.failure, loading: false });
      }
    });
    return reading;
  };

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ensure: () => reading ?? (stale && snapshot.failure === null ? read() : Promise.resolve()),
    refresh: read,
    invalidate() {
      stale = true;
      if (listeners.size > 0) void read();
    },
    async refreshSelection() {
      const mine = generation;
      const outcome = await selectedEvaluationRows(session);
      // A full read under way brings the selection with it.
      if (outcome.ok && mine === generation && reading === null) set({ selectedRows: outcome.value });
    },
  };
}
