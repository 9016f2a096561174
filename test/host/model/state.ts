// Saving and reloading the simulated workbook, as closing and reopening a file would: cells (constants, formulas,
// number formats), tables, data validation, conditional formats, frozen rows, column widths, hidden rows, sheet
// protection, named items, the active sheet and selection. The state is plain JSON.
import { Box } from "./box";
import { Cell } from "./cell";
import { ConditionalFormatRecord, ValidationRecord } from "./sheet";
import { SheetProtection } from "./sheet-protection";
import { ChartRecord, PageSetup } from "./sheet-print";
import { TableFilter } from "./table";
import { Selection, WorkbookModel } from "./workbook";

export const STATE_FORMAT = "rubric-workbench-simulated-workbook";

export interface SheetState {
  name: string;
  cells: Array<[number, number, Cell]>;
  validations: ValidationRecord[];
  conditionalFormats: ConditionalFormatRecord[];
  frozenRows: number;
  columnWidths: Array<[number, number]>;
  /** Rows hidden by a filter (absent in states saved before filters existed). */
  hiddenRows?: number[];
  /** Review > Protect Sheet: its options and password (absent while the sheet is not protected). */
  protection?: SheetProtection;
  /** Page setup and charts (absent in states saved before reports). */
  pageSetup?: PageSetup;
  charts?: ChartRecord[];
}

export interface WorkbookState {
  format: typeof STATE_FORMAT;
  version: 1;
  sheets: SheetState[];
  tables: Array<{ name: string; sheet: string; box: Box; showTotals?: boolean; filters?: TableFilter[] }>;
  names: Array<[string, string]>;
  activeSheet: string | null;
  selection: Selection | null;
}

/** A deep copy of everything the workbook holds; with `copy` false, a view of it that shares the model's objects,
 * only to be serialised at once (saves copying 10,000 rows before JSON.stringify copies them again). */
export function saveWorkbook(model: WorkbookModel, { copy: deep = true } = {}): WorkbookState {
  const copy = <T>(x: T): T => (deep ? (JSON.parse(JSON.stringify(x)) as T) : x);
  return {
    format: STATE_FORMAT,
    version: 1,
    sheets: model.sheets.map((s) => ({
      name: s.name,
      cells: copy(s.entries()),
      validations: copy(s.validations),
      conditionalFormats: copy(s.conditionalFormats),
      frozenRows: s.frozenRows,
      columnWidths: [...s.columnWidths.entries()],
      hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
      ...(s.protection ? { protection: copy(s.protection) } : {}),
      ...(Object.keys(s.pageSetup).length > 0 ? { pageSetup: copy(s.pageSetup) } : {}),
      ...(s.charts.length > 0 ? { charts: copy(s.charts) } : {}),
    })),
    tables: model.tables.map((t) => ({
      name: t.name,
      sheet: t.sheet.name,
      box: { ...t.box },
      showTotals: t.showTotals,
      filters: copy(t.filters),
    })),
    names: [...model.names.entries()],
    activeSheet: model.activeSheet,
    selection: model.selection ? copy(model.selection) : null,
  };
}

/** Loads a saved state into an empty model; refuses a state that is not one (all or nothing: check first). */
export function loadWorkbook(model: WorkbookModel, state: unknown): void {
  if (model.sheets.length > 0) throw new Error("loadWorkbook: the workbook is not empty");
  const s = state as WorkbookState;
  if (!s || s.format !== STATE_FORMAT || s.version !== 1 || !Array.isArray(s.sheets) || !Array.isArray(s.tables)) {
    throw new Error("not a saved simulated workbook (format or version differs)");
  }
  for (const sheet of s.sheets) {
    const target = model.addSheet(sheet.name);
    for (const [row, column, cell] of sheet.cells) target.setCell(row, column, { ...cell });
    target.validations = sheet.validations.map((v) => ({ ...v, box: { ...v.box } }));
    target.conditionalFormats = (sheet.conditionalFormats ?? []).map((c) => ({ ...c, box: { ...c.box } }));
    target.frozenRows = sheet.frozenRows;
    for (const [column, width] of sheet.columnWidths ?? []) target.columnWidths.set(column, width);
    target.hiddenRows = new Set(sheet.hiddenRows ?? []);
    target.pageSetup = JSON.parse(JSON.stringify(sheet.pageSetup ?? {}));
    target.charts = JSON.parse(JSON.stringify(sheet.charts ?? []));
  }
  for (const t of s.tables) {
    // Headers are already in the cells: restoring must not rename anything.
    const table = model.addTable(model.sheet(t.sheet), { ...t.box });
    model.renameTable(table, t.name);
    table.showTotals = t.showTotals ?? false;
    table.filters = (t.filters ?? []).map((f) => ({ column: f.column, values: [...f.values] }));
  }
  // Protection last: the sheets were filled above as a file opens, not edited.
  for (const sheet of s.sheets) {
    if (sheet.protection) model.sheet(sheet.name).protection = JSON.parse(JSON.stringify(sheet.protection));
  }
  for (const [name, formula] of s.names ?? []) model.names.set(name, formula);
  model.activeSheet = s.activeSheet ?? model.sheets[0]?.name ?? null;
  model.selection = s.selection ?? null;
}
