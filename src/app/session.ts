// The session a use case runs in: how to reach the workbook (one Excel.run per use case), the language new rubrics
// are written in, and the events the pane follows (selection, cell changes, the pane shown or hidden). Tests hand
// in the simulated host's run and deliver events by hand instead of Excel's.
import { Language } from "../rubric/language";
import {
  SheetChange,
  TableChange,
  WorkbookRun,
  onSelectionChanged as selectionEvents,
  onTableChanged,
  onWorksheetsChanged,
  runInWorkbook,
  tableNames,
} from "../workbook";
import { paneVisibility } from "./pane-visibility";

export type { SheetChange, TableChange, WorkbookContext, WorkbookRun } from "../workbook";

/** Registers a handler; resolves to the function that removes it (or rejects where the event is missing). */
export type Subscribe<T> = (handler: (event: T) => void) => Promise<() => unknown>;

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
  /** Calls `handler` when cells of a worksheet change (typed, pasted, filled, a co-author's, the pane's own). */
  onSheetChanged(handler: (change: SheetChange) => void): () => void;
  /** Calls `handler` when cells of the table `tableName` change (Table.onChanged); returns the function that stops
   * it. Nothing is called where the table or the event is missing. */
  onTableChanged(tableName: string, handler: (change: TableChange) => void): () => void;
  /** Calls `handler` with true when the pane is shown, false when it is hidden (its page stays alive). */
  onVisibilityChanged(handler: (visible: boolean) => void): () => void;
  /** Opens a base64 .xlsx file as a new workbook (Excel.createWorkbook); rejects where this Excel cannot. */
  openWorkbook(file: string): Promise<void>;
}

export interface SessionOptions {
  language: Language;
  sampleEvaluations?: () => Promise<string>;
  /** Defaults to Excel.run. */
  run?: WorkbookRun;
  /** Defaults to the workbook's selection events. */
  subscribe?: Subscribe<void>;
  /** Defaults to the worksheets' change events. */
  sheetChanges?: Subscribe<SheetChange>;
  /** Defaults to the tables' change events. */
  tableChanges?: (tableName: string, handler: (change: TableChange) => void) => Promise<() => unknown>;
  /** Defaults to Office.addin.onVisibilityModeChanged. */
  visibility?: Subscribe<boolean>;
  /** Defaults to Excel.createWorkbook, where the ExcelApi 1.8 requirement set is supported. */
  openWorkbook?: (file: string) => Promise<void>;
}

export function workbookSession(options: SessionOptions): WorkbookSession {
  const selection = options.subscribe ?? selectionEvents;
  const changes = options.sheetChanges ?? ((handler) => onWorksheetsChanged(handler));
  const visibility = options.visibility ?? paneVisibility;
  const tableChanges = options.tableChanges ?? ((name, handler) => onTableChanged(name, handler));
  return {
    run: options.run ?? runInWorkbook,
    language: options.language,
    sampleEvaluations: options.sampleEvaluations,
    onSelectionChanged: (handler) => subscription(selection, handler),
    onSheetChanged: (handler) => subscription(changes, handler),
    onTableChanged: (name, handler) => subscription((h) => tableChanges(name, h), handler),
    onVisibilityChanged: (handler) => subscription(visibility, handler),
    // Loaded when first used: opening a new workbook is not the first screen's.
    openWorkbook:
      options.openWorkbook ?? ((file) => import("../workbook/new-workbook").then((m) => m.openNewWorkbook(file))),
  };
}

/** The name of a rubric's criteria table, whose changed event the pane follows. */
export const criteriaTableName = (rubricId: string): string => tableNames(rubricId).criteria;

/** Registers at once and returns a synchronous stop, even though registering takes a round trip. */
function subscription<T>(subscribe: Subscribe<T>, handler: (event: T) => void): () => void {
  let stopped = false;
  let stop: (() => unknown) | undefined;
  subscribe(handler).then(
    (unsubscribe) => {
      if (stopped) void Promise.resolve(unsubscribe()).catch(() => undefined);
      else stop = unsubscribe;
    },
    // Without the event (an older Excel, a browser) the pane still works; it only does not follow it.
    () => undefined,
  );
  return () => {
    stopped = true;
    if (stop) void Promise.resolve(stop()).catch(() => undefined);
    stop = undefined;
  };
}
