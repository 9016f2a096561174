// The preview's workbook survives a reload: it is saved in localStorage after changes and reopened from there.
// A saved state that no longer loads (another format version, hand-edited) is dropped for an empty workbook.
// Saving 10,000 evaluations takes the page's main thread for a while, so it waits for a quiet second after the last
// change and then for the browser to be idle: never on the path of a click, nor once per change.
import { createSimulatedHost, SimulatedHost, WorkbookState } from "../host";
import { saveWorkbook } from "../host/model/state";

export const STORAGE_KEY = "rubric-workbench-preview";
/** Quiet time after the last change before saving: a run of edits is one save. */
export const SAVE_DELAY_MS = 1000;
/** The longest a save waits for the browser to be idle after that. */
const IDLE_TIMEOUT_MS = 5000;

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
  /** Saves after the changes stop, when the browser is idle (changes come in bursts: one save per burst). */
  schedule(): void;
  /** Saves now, if a save is pending. */
  flush(): void;
  /** Saves now and returns what was saved. */
  saveNow(): WorkbookState;
  /** Forgets the saved workbook and stops saving (New workbook, before the page reloads). */
  discard(): void;
}

type WhenIdle = (run: () => void) => () => void;

/** requestIdleCallback where the browser has it (Chromium, Firefox), else at once. */
const browserIdle: WhenIdle = (run) => {
  const idle = globalThis as {
    requestIdleCallback?: (run: () => void, options: { timeout: number }) => number;
    cancelIdleCallback?: (handle: number) => void;
  };
  if (!idle.requestIdleCallback || !idle.cancelIdleCallback) {
    run();
    return () => undefined;
  }
  const handle = idle.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  return () => idle.cancelIdleCallback!(handle);
};

export function persist(host: SimulatedHost, storage: Storage | null, whenIdle: WhenIdle = browserIdle): Persistence {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let cancelIdle: (() => void) | null = null;
  let discarded = false;
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    cancelIdle?.();
    timer = null;
    cancelIdle = null;
  };
  const store = (text: () => string) => {
    if (discarded || !storage) return;
    try {
      storage.setItem(STORAGE_KEY, text());
    } catch (e) {
      // Quota exceeded or storage disabled: the preview still works, it just will not survive a reload.
      console.warn(`Preview: the workbook could not be saved in this browser (${String(e)}).`);
    }
  };
  // Serialised straight from the model: no copy of every cell first.
  const write = () => {
    cancel();
    store(() => JSON.stringify(saveWorkbook(host.model, { copy: false })));
  };
  const saveNow = (): WorkbookState => {
    cancel();
    const state = host.save();
    store(() => JSON.stringify(state));
    return state;
  };
  return {
    schedule() {
      if (discarded) return;
      // Each change restarts the quiet time; an idle save already waiting goes ahead.
      if (timer !== null) clearTimeout(timer);
      if (cancelIdle !== null) return;
      timer = setTimeout(() => {
        timer = null;
        let done = false;
        const stop = whenIdle(() => {
          done = true;
          write();
        });
        if (!done) cancelIdle = stop;
      }, SAVE_DELAY_MS);
    },
    flush() {
      if (timer !== null || cancelIdle !== null) write();
    },
    saveNow,
    discard() {
      discarded = true;
      cancel();
      storage?.removeItem(STORAGE_KEY);
    },
  };
}
