// The preview's workbook survives a reload: it is saved in localStorage after changes and reopened from there.
// A saved state that no longer loads (another format version, hand-edited) is dropped for an empty workbook.
import { createSimulatedHost, SimulatedHost, WorkbookState } from "../host";

export const STORAGE_KEY = "rubric-workbench-preview";
const SAVE_DELAY_MS = 200;

/** The saved workbook, or an empty one (Sheet1) when there is none or it does not load. */
export function openHost(storage: Storage | null): { host: SimulatedHost; restored: boolean } {
  const saved = storage?.getItem(STORAGE_KEY);
  if (saved) {
    try {
      return { host: createSimulatedHost({ state: JSON.parse(saved) }), restored: true };
    } catch (e) {
      console.warn(`Preview: the saved workbook could not be opened (${String(e)}); starting an empty one.`);
      storage?.removeItem(STORAGE_KEY);
    }
  }
  return { host: createSimulatedHost(), restored: false };
}

export interface Persistence {
  /** Saves soon (changes come in bursts: one save per burst). */
  schedule(): void;
  /** Saves now, if a save is pending. */
  flush(): void;
  /** Saves now and returns what was saved. */
  saveNow(): WorkbookState;
  /** Forgets the saved workbook and stops saving (New workbook, before the page reloads). */
  discard(): void;
}

export function persist(host: SimulatedHost, storage: Storage | null): Persistence {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let discarded = false;
  const save = (): WorkbookState => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const state = host.save();
    if (discarded || !storage) return state;
    try {
      storage.setItem(STORAGE_KEY, JSON.stringify(state));
    } catch (e) {
      // Quota exceeded or storage disabled: the preview still works, it just will not survive a reload.
      console.warn(`Preview: the workbook could not be saved in this browser (${String(e)}).`);
    }
    return state;
  };
  return {
    schedule() {
      if (timer === null && !discarded) timer = setTimeout(save, SAVE_DELAY_MS);
    },
    flush() {
      if (timer !== null) save();
    },
    saveNow: save,
    discard() {
      discarded = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      storage?.removeItem(STORAGE_KEY);
    },
  };
}
