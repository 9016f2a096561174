// The session a use case runs in: how to reach the workbook (one Excel.run per use case), the language new rubrics
// are written in, and the workbook's selection events. Tests hand in the simulated host's run instead of Excel's.
import { Language } from "../rubric/language";
import { WorkbookRun, onSelectionChanged as selectionEvents, runInWorkbook } from "../workbook";

export type { WorkbookContext, WorkbookRun } from "../workbook";

export interface WorkbookSession {
  /** Runs one batch of workbook operations in a request context. */
  run: WorkbookRun;
  /** The language new rubrics are written in. */
  language: Language;
  /** Loads the sample evaluations (CSV text) written with the example rubric; without it the example starts empty.
   * A loader, so the CSV stays out of the pane's first download. */
  sampleEvaluations?: () => Promise<string>;
  /** Calls `handler` when the workbook selection changes; returns the function that stops it. */
  onSelectionChanged(handler: () => void): () => void;
}

export interface SessionOptions {
  language: Language;
  sampleEvaluations?: () => Promise<string>;
  /** Defaults to Excel.run. */
  run?: WorkbookRun;
  /** Defaults to the workbook's selection events. */
  subscribe?: (handler: () => void) => Promise<() => unknown>;
}

export function workbookSession(options: SessionOptions): WorkbookSession {
  const subscribe = options.subscribe ?? selectionEvents;
  return {
    run: options.run ?? runInWorkbook,
    language: options.language,
    sampleEvaluations: options.sampleEvaluations,
    onSelectionChanged: (handler) => {
      let stopped = false;
      let stop: (() => unknown) | undefined;
      subscribe(handler).then(
        (unsubscribe) => {
          if (stopped) void Promise.resolve(unsubscribe()).catch(() => undefined);
          else stop = unsubscribe;
        },
        // Without selection events (an older Excel) the pane still works; it only does not follow the sheet.
        () => undefined,
      );
      return () => {
        stopped = true;
        if (stop) void Promise.resolve(stop()).catch(() => undefined);
        stop = undefined;
      };
    },
  };
}
