// A workbook session over the simulated Excel host, for use-case and pane tests: every use case runs in its own
// Excel.run, as in Excel. Selection events and the pane's visibility are delivered by hand (selectionChanged,
// visibilityChanged); cell changes come from the host itself (WorksheetCollection.onChanged and Table.onChanged on
// its model).
import { readFileSync } from "fs";
import { join } from "path";
import { WorkbookSession, workbookSession } from "../../src/app/session";
import { Outcome } from "../../src/app/use-case";
import { Language } from "../../src/rubric/language";
import { openNewWorkbook } from "../../src/workbook/new-workbook";
import { ExcelRunner, onTableChanged, onWorksheetsChanged } from "../../src/workbook/session";
import { createSimulatedHost, SimulatedHost, SimulatedHostOptions } from "../host";

export const SAMPLE_CSV = readFileSync(join(__dirname, "../../assets/examples/sample-evaluations.csv"), "utf8");

export interface HostSession {
  session: WorkbookSession;
  host: SimulatedHost;
  /** The selection-change handlers registered now. */
  handlers: Set<() => void>;
  /** Moves nothing; tells every handler the selection changed (as Excel's event would). */
  selectionChanged(): void;
  /** Tells every visibility handler the pane was hidden (false) or shown (true). */
  visibilityChanged(visible: boolean): void;
}

export function hostSession(
  options: { samples?: boolean; language?: Language; host?: SimulatedHost } & SimulatedHostOptions = {},
): HostSession {
  const host = options.host ?? createSimulatedHost(options);
  const handlers = new Set<() => void>();
  const visibility = new Set<(visible: boolean) => void>();
  const session = workbookSession({
    language: options.language ?? "en",
    run: (op) => host.run(op),
    subscribe: async (handler) => {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    sheetChanges: (handler) => onWorksheetsChanged(handler, host.excel as unknown as ExcelRunner),
    tableChanges: (name, handler) => onTableChanged(name, handler, host.excel as unknown as ExcelRunner),
    visibility: async (handler) => {
      visibility.add(handler);
      return () => visibility.delete(handler);
    },
    sampleEvaluations: options.samples === false ? undefined : async () => SAMPLE_CSV,
    // Excel.createWorkbook on the host: it records the file (host.createdWorkbooks).
    openWorkbook: (file) => openNewWorkbook(file, host.excel),
  });
  return {
    session,
    host,
    handlers,
    selectionChanged: () => handlers.forEach((handler) => handler()),
    visibilityChanged: (visible) => visibility.forEach((handler) => handler(visible)),
  };
}

/** The value of a use case that must succeed; its failure's message otherwise. */
export function valueOf<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(`${outcome.failure.key} failed: ${outcome.failure.message}`);
  return outcome.value;
}

/** The failure of a use case that must fail. */
export function failureOf<T>(outcome: Outcome<T>) {
  if (outcome.ok) throw new Error(`expected a failure, got ${JSON.stringify(outcome.value)}`);
  return outcome.failure;
}

export const EVALUATIONS_SHEET = "proactive-visit evaluations";
export const RUBRIC_SHEET = "proactive-visit rubric";
