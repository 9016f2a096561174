// The simulated Excel host: an in-memory workbook (model/), the subset of the Excel JavaScript API the add-in uses
// over it (api/), and formulas computed by HyperFormula with the add-in's own RUBRIC.* functions (calc/).
// Test and development tooling only: never part of the production bundle.
//
//   const host = createSimulatedHost();
//   await host.run((context) => createRubric(context, rubric, options)); // the workbook layer, unchanged
//   host.install(globalThis);                                           // or as the global `Excel`
//   const state = host.save(); createSimulatedHost({ state })            // close and reopen
import { Calculation } from "./calc/calculation";
import { EmptyCells } from "./calc/rubric-plugin";
import { HostJournal, HostRuntime, SimRequestContext } from "./api/context";
import { SimExcelNamespace, excelNamespace } from "./api/excel";
import { SimWorkbook } from "./api/workbook";
import { loadWorkbook, saveWorkbook, WorkbookState } from "./model/state";
import { WorkbookModel } from "./model/workbook";

export type { WorkbookState } from "./model/state";
export type { ComputedValue } from "./model/workbook";
export { WorkbookModel } from "./model/workbook";
export { SimRequestContext } from "./api/context";

export interface SimulatedHostOptions {
  /** A saved workbook to open; an empty workbook with one sheet ("Sheet1") otherwise. */
  state?: WorkbookState;
  /** How empty cells reach RUBRIC.* range arguments: null as Excel on the web (default), 0 as desktop Excel. */
  emptyCells?: EmptyCells;
  /** Start with no sheet at all (tests that build everything themselves). */
  empty?: boolean;
  /** API members to behave as missing, as on an older Excel ("Workbook.getSelectedRanges", "Excel.createWorkbook"):
   * they fail with ApiNotFound (a proxy's at sync). */
  unsupported?: readonly string[];
}

export interface SimulatedHost {
  model: WorkbookModel;
  calculation: Calculation;
  /** Syncs and writes made through the API, across every context. */
  journal: HostJournal;
  /** The `Excel` namespace subset: run and RequestContext. */
  excel: SimExcelNamespace;
  /** Excel.run over this workbook, typed as the add-in's code expects it. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** A new request context, typed as Excel's (for code that takes a context). */
  context(): Excel.RequestContext;
  /** The base64 .xlsx of each workbook Excel.createWorkbook opened, in order ("" for a blank one). */
  createdWorkbooks: readonly string[];
  /** Calls `listener` with each workbook Excel.createWorkbook opens; returns the function that stops it. */
  onWorkbookCreated(listener: (base64: string) => void): () => void;
  /** Sets `target.Excel` to this host's namespace, as office.js would. */
  install(target: object): void;
  /** Everything the workbook holds, as JSON; createSimulatedHost({ state }) reopens it. */
  save(): WorkbookState;
}

export function createSimulatedHost(options: SimulatedHostOptions = {}): SimulatedHost {
  const model = new WorkbookModel();
  const calculation = new Calculation(model, options.emptyCells ?? "null");
  model.calculator = calculation;
  if (options.state) loadWorkbook(model, options.state);
  else if (!options.empty) model.addSheet("Sheet1");
  const journal: HostJournal = { syncs: [], writes: [] };
  const runtime: HostRuntime = {
    model,
    journal,
    unsupported: new Set(options.unsupported ?? []),
    createdWorkbooks: [],
    workbookListeners: new Set(),
    workbook: (context) => new SimWorkbook(context),
  };
  const excel = excelNamespace(runtime);
  const asExcel = (context: SimRequestContext) => context as unknown as Excel.RequestContext;
  return {
    model,
    calculation,
    journal,
    excel,
    run: (batch) => excel.run((context) => batch(asExcel(context))),
    context: () => asExcel(new SimRequestContext(runtime)),
    createdWorkbooks: runtime.createdWorkbooks,
    onWorkbookCreated: (listener) => {
      runtime.workbookListeners.add(listener);
      return () => runtime.workbookListeners.delete(listener);
    },
    install: (target) => Object.assign(target, { Excel: excel }),
    save: () => saveWorkbook(model),
  };
}
