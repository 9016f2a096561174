// Keeps a HyperFormula instance in step with the simulated workbook and answers what formula cells compute.
//
// Every model sheet is a HyperFormula sheet of the same name. Formulas are stored in the model as Excel keeps them
// (structured references and all) and translated to A1 for HyperFormula (translate.ts) against the tables as they
// are now; the RUBRIC.* functions are the add-in's own (rubric-plugin.ts), and FILTER is Excel's (filter-plugin.ts).
// A cell edit is passed on as one cell change, so HyperFormula recalculates only what depends on it; a change of
// layout (a table added, resized or renamed, a column inserted, a header renamed, a sheet added) rebuilds the whole
// engine, because translated references move. HyperFormula is GPL: it is used in tests and the development preview
// only.
import { DetailedCellError, HyperFormula, RawCellContent } from "hyperformula";
import { SheetModel, MAX_COLUMNS } from "../model/sheet";
import { Calculator, ComputedValue, WorkbookModel } from "../model/workbook";
import { excelErrorCode, registerExcelFilter } from "./filter-plugin";
import { EmptyCells, RUBRIC_TRANSLATIONS, RubricPlugin, withEmptyCells } from "./rubric-plugin";
import { TableLayout, TranslationError, translateFormula } from "./translate";

let registered = false;

function register(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(RubricPlugin, RUBRIC_TRANSLATIONS);
  // Excel's FILTER (2-D arrays by rows or columns, if_empty, #CALC!), not HyperFormula's (filter-plugin.ts).
  registerExcelFilter();
  registered = true;
}

/** HyperFormula's own error codes, as Excel would show the same condition. */
const EXCEL_ERRORS: Record<string, string> = { "#ERROR!": "#NAME?", "#CYCLE!": "#REF!", "#SPILL!": "#SPILL!" };

export interface CalculationStats {
  /** Full rebuilds and incremental updates so far, and the time spent in each (ms). */
  rebuilds: number;
  rebuildMs: number;
  updates: number;
  updateMs: number;
}

export class Calculation implements Calculator {
  private hf: HyperFormula | null = null;
  private builtStructure = -1;
  /** Formulas that cannot be translated (no such table or column): the cell shows #REF! with this reason. */
  private broken = new Map<string, string>();
  /** Formula cells whose translation depends on a table's extent, by table name (lower case), and the reverse. */
  private extentUsers = new Map<string, Set<string>>();
  private extentsOf = new Map<string, string[]>();
  readonly stats: CalculationStats = { rebuilds: 0, rebuildMs: 0, updates: 0, updateMs: 0 };

  constructor(
    private readonly model: WorkbookModel,
    private readonly emptyCells: EmptyCells = "null",
  ) {
    register();
  }

  value(sheet: SheetModel, row: number, column: number): ComputedValue {
    const hf = this.current();
    const reason = this.broken.get(`${sheet.name}\u0000${SheetModel.key(row, column)}`);
    if (reason !== undefined) return { error: "#REF!", message: reason };
    const id = hf.getSheetId(sheet.name);
    if (id === undefined) return "";
    const v = hf.getCellValue({ sheet: id, row, col: column });
    if (v instanceof DetailedCellError) {
      return { error: excelErrorCode(v.type, v.message, EXCEL_ERRORS[v.value] ?? v.value), message: v.message };
    }
    if (v === null) return "";
    return v as string | number | boolean;
  }

  /** Brings HyperFormula up to date with the model (called before every read; cheap when nothing changed). */
  private current(): HyperFormula {
    if (!this.hf || this.builtStructure !== this.model.structure) this.rebuild();
    else if (this.model.changedCells.size > 0 || this.model.resizedRows.length > 0) this.update(this.hf);
    return this.hf!;
  }

  private rebuild(): void {
    const started = performance.now();
    this.model.changedCells.clear();
    this.model.resizedRows.length = 0;
    this.broken.clear();
    this.extentUsers.clear();
    this.extentsOf.clear();
    const tables = this.layouts();
    const sheets: Record<string, RawCellContent[][]> = {};
    for (const sheet of this.model.sheets) {
      const grid: RawCellContent[][] = [];
      const { columns } = sheet.extent();
      for (const [row, column] of sheet.entries()) {
        while (grid.length <= row) grid.push(Array<RawCellContent>(columns).fill(null));
        grid[row][column] = this.content(sheet, row, column, tables);
      }
      sheets[sheet.name] = grid;
    }
    this.hf?.destroy();
    this.hf = withEmptyCells(this.emptyCells, () =>
      HyperFormula.buildFromSheets(sheets, {
        licenseKey: "gpl-v3",
        // Full doubles, as Excel keeps them (HyperFormula would otherwise round results to 10 decimal places).
        smartRounding: false,
        // Dynamic arrays, as every Excel that runs the add-in has: IF(ISBLANK(range),"",range) is element-wise (the
        // formulas' blank guard), not an implicit intersection.
        useArrayArithmetic: true,
      }),
    );
    this.builtStructure = this.model.structure;
    this.stats.rebuilds++;
    this.stats.rebuildMs += performance.now() - started;
  }

  private update(hf: HyperFormula): void {
    const started = performance.now();
    const tables = this.layouts();
    const changes = new Set([...this.model.changedCells, ...this.resizedCells()]);
    this.model.changedCells.clear();
    withEmptyCells(this.emptyCells, () =>
      hf.batch(() => {
        for (const change of changes) {
          const [name, keyText] = change.split("\u0000");
          const sheet = this.model.findSheet(name);
          const id = hf.getSheetId(name);
          if (!sheet || id === undefined) continue;
          const key = Number(keyText);
          const row = Math.floor(key / MAX_COLUMNS);
          const column = key % MAX_COLUMNS;
          this.broken.delete(change);
          hf.setCellContents({ sheet: id, row, col: column }, this.content(sheet, row, column, tables));
        }
      }),
    );
    this.stats.updates++;
    this.stats.updateMs += performance.now() - started;
  }

  /** The formula cells a table's rows resize retranslates: those that depend on the table's extent, and every
   * formula in the rows that moved in or out of it (a this-row reference there changes meaning). */
  private resizedCells(): string[] {
    const cells: string[] = [];
    for (const resize of this.model.resizedRows) {
      cells.push(...(this.extentUsers.get(resize.table.toLowerCase()) ?? []));
      for (const sheet of this.model.sheets) {
        const { columns } = sheet.extent();
        for (let row = resize.top; row < resize.bottom; row++) {
          for (let column = 0; column < columns; column++) {
            if (sheet.cell(row, column)?.formula !== undefined) cells.push(cellId(sheet, row, column));
          }
        }
      }
    }
    this.model.resizedRows.length = 0;
    return cells;
  }

  /** Notes which tables' extent a cell's translation used (none, for a cell that is no longer a formula). */
  private track(id: string, tables: readonly string[]): void {
    for (const table of this.extentsOf.get(id) ?? []) this.extentUsers.get(table)?.delete(id);
    if (tables.length === 0) {
      this.extentsOf.delete(id);
      return;
    }
    this.extentsOf.set(id, [...tables]);
    for (const table of tables) {
      let users = this.extentUsers.get(table);
      if (!users) this.extentUsers.set(table, (users = new Set()));
      users.add(id);
    }
  }

  /** One cell as HyperFormula content. */
  private content(sheet: SheetModel, row: number, column: number, tables: TableLayout[]): RawCellContent {
    const cell = sheet.cell(row, column);
    const id = cellId(sheet, row, column);
    const used = new Set<string>();
    try {
      if (!cell) return null;
      if (cell.formula !== undefined) {
        try {
          return translateFormula(cell.formula, { sheet: sheet.name, row, column }, tables, (t) =>
            used.add(t.toLowerCase()),
          );
        } catch (e) {
          if (!(e instanceof TranslationError)) throw e;
          this.broken.set(id, e.message);
          return null;
        }
      }
    } finally {
      if (used.size > 0 || this.extentsOf.has(id)) this.track(id, [...used]);
    }
    const v = cell.value;
    if (v === undefined || v === "") return null;
    // Text that HyperFormula would parse (a leading "=", a number-like string in a text cell) stays text.
    return typeof v === "string" ? `'${v}` : v;
  }

  private layouts(): TableLayout[] {
    return this.model.tables.map((t) => ({
      name: t.name,
      sheet: t.sheet.name,
      row: t.box.row,
      column: t.box.column,
      rows: t.box.rows,
      columns: t.box.columns,
      headers: t.headers(),
      totals: t.showTotals,
    }));
  }
}

/** A cell as the model's changedCells name it. */
function cellId(sheet: SheetModel, row: number, column: number): string {
  return `${sheet.name}\u0000${SheetModel.key(row, column)}`;
}
