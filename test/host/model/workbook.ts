// The simulated workbook: sheets, tables, named items and the selection, with the rules Excel enforces when they
// change (unique names, tables that do not overlap, headers that stay text). The Excel API layer (../api) and the
// preview's grid both change it through these methods; listeners hear about every change, once per batch.
import { Box, contains } from "./box";
import { Cell, CellConstant, CellContent, parseEntry, withContent, withFormat } from "./cell";
import { HostError } from "./errors";
import { MAX_COLUMNS, MAX_ROWS, SheetModel, WorkbookEvents } from "./sheet";
import { TableModel } from "./table";
import { WorkbookNotifier } from "./notifier";
import { renameColumnReferences } from "./rename-references";
import { ProtectionOptions, protectSheet, refuseIfProtected, unprotectSheet } from "./sheet-protection";

/** A table's rows changed at its bottom: sheet rows top..bottom - 1 moved in or out of it. */
export interface RowsResize {
  table: string;
  sheet: string;
  top: number;
  bottom: number;
}

export interface Selection {
  sheet: string;
  /** The selected areas (a Ctrl+click selection has several); the first holds the active cell. */
  areas: Box[];
  active: { row: number; column: number };
}

/** A computed cell value as Excel reports it: a constant, "" for empty, or an error with its message. */
export type ComputedValue = string | number | boolean | { error: string; message: string };

/** Computes formula cells; set by the calculation (../calc) so the model itself stays free of HyperFormula. */
export interface Calculator {
  value(sheet: SheetModel, row: number, column: number): ComputedValue;
}

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;
const TABLE_NAME = /^[A-Za-z_\\\u0080-\uffff][A-Za-z0-9_.\\\u0080-\uffff]*$/;

export class WorkbookModel extends WorkbookNotifier implements WorkbookEvents {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  /** Named items: name → formula ("=Sheet1!$A$1"). */
  readonly names = new Map<string, string>();
  activeSheet: string | null = null;
  selection: Selection | null = null;
  calculator: Calculator | null = null;

  /** Cells changed since the calculation last looked, as "sheet\u0000key"; `structure` counts layout changes. */
  readonly changedCells = new Set<string>();
  structure = 0;
  /** Tables that only grew or shrank by rows at the bottom since the calculation last looked (no cell moved): it
   * translates again only the formulas that depend on those tables' extent, as Excel does not recalculate the
   * workbook when a table grows. */
  readonly resizedRows: RowsResize[] = [];

  // --- events --------------------------------------------------------------------------------------------------

  cellChanged(sheet: SheetModel, row: number, column: number, content = true): void {
    // A format alone changes nothing the calculation sees (Excel does not recalculate for it either).
    if (content) this.changedCells.add(`${sheet.name}\u0000${SheetModel.key(row, column)}`);
    this.cellsChanged(sheet.name, row, column);
    // A header cell names a column: structured references resolve differently after it changes.
    if (content && this.tables.some((t) => t.sheet === sheet && row === t.box.row && contains(t.box, row, column))) {
      this.structureChanged();
    }
    this.scheduleNotify();
  }

  structureChanged(): void {
    this.structure++;
    this.scheduleNotify();
  }

  // --- sheets --------------------------------------------------------------------------------------------------

  findSheet(name: string): SheetModel | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  sheet(name: string): SheetModel {
    const sheet = this.findSheet(name);
    if (!sheet) throw new HostError("ItemNotFound", `The worksheet '${name}' does not exist.`);
    return sheet;
  }

  addSheet(name?: string): SheetModel {
    let sheetName = name;
    if (sheetName === undefined) {
      let n = this.sheets.length + 1;
      while (this.findSheet(`Sheet${n}`)) n++;
      sheetName = `Sheet${n}`;
    }
    if (sheetName.trim() === "" || sheetName.length > 31 || SHEET_NAME_FORBIDDEN.test(sheetName)) {
      throw new HostError("InvalidArgument", `'${sheetName}' is not a valid worksheet name.`);
    }
    if (sheetName.startsWith("'") || sheetName.endsWith("'")) {
      throw new HostError("InvalidArgument", `A worksheet name cannot begin or end with an apostrophe.`);
    }
    if (this.findSheet(sheetName)) {
      throw new HostError("ItemAlreadyExists", `A worksheet named '${sheetName}' already exists.`);
    }
    const sheet = new SheetModel(this, sheetName);
    this.sheets.push(sheet);
    this.activeSheet ??= sheet.name;
    this.structureChanged();
    return sheet;
  }

  activate(name: string): void {
    const sheet = this.sheet(name);
    if (this.activeSheet === sheet.name) return;
    this.activeSheet = sheet.name;
    const box = { row: 0, column: 0, rows: 1, columns: 1 };
    this.selection = { sheet: sheet.name, areas: [box], active: { row: 0, column: 0 } };
    this.scheduleNotify(false);
    this.activated(sheet.name);
  }

  /** Review > Protect Sheet / Unprotect Sheet (sheet-protection.ts says what a protected sheet refuses). */
  protect(sheet: SheetModel, options?: Partial<ProtectionOptions> | null, password?: string): void {
    protectSheet(sheet, options, password);
    this.scheduleNotify();
  }

  unprotect(sheet: SheetModel, password?: string): void {
    unprotectSheet(sheet, password);
    this.scheduleNotify();
  }

  // --- cells ---------------------------------------------------------------------------------------------------

  /** Writes one entry as Range.values or Range.formulas does; null leaves the cell as it is. */
  write(sheet: SheetModel, row: number, column: number, entry: unknown): void {
    if (entry === null) return;
    checkCell(row, column);
    refuseIfProtected(sheet, "cells");
    const cell = sheet.cell(row, column);
    const content: CellContent = parseEntry(entry, cell?.numberFormat === "@");
    const table = this.tableWithHeaderAt(sheet, row, column);
    if (table) {
      if ("formula" in content) throw new HostError("InvalidArgument", "A table header cannot hold a formula.");
      const text = "value" in content ? headerText(content.value) : "";
      if (text === "") throw new HostError("InvalidArgument", "A table header cannot be empty.");
      const before = cell?.value === undefined ? "" : String(cell.value);
      sheet.setCell(row, column, withContent(cell, { value: text }));
      // Excel rewrites the formulas that name the column (typing over a header renames it).
      renameColumnReferences(this, table, before, text);
      return;
    }
    sheet.setCell(row, column, withContent(cell, content));
  }

  setNumberFormat(sheet: SheetModel, row: number, column: number, format: unknown): void {
    if (format === null) return;
    checkCell(row, column);
    refuseIfProtected(sheet, "formatCells");
    sheet.setCell(row, column, withFormat(sheet.cell(row, column), String(format)));
  }

  /** What a cell shows: a formula's computed value, a constant, or "" when empty. */
  valueAt(sheet: SheetModel, row: number, column: number): ComputedValue {
    const cell: Cell | undefined = sheet.cell(row, column);
    if (cell?.formula !== undefined) {
      if (!this.calculator) return "";
      return this.calculator.value(sheet, row, column);
    }
    return cell?.value ?? "";
  }

  private tableWithHeaderAt(sheet: SheetModel, row: number, column: number): TableModel | undefined {
    return this.tables.find((t) => t.sheet === sheet && t.box.row === row && contains(t.box, row, column));
  }

  // --- tables --------------------------------------------------------------------------------------------------

  findTable(name: string): TableModel | undefined {
    const wanted = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === wanted);
  }

  table(name: string): TableModel {
    const table = this.findTable(name);
    if (!table) throw new HostError("ItemNotFound", `The table '${name}' does not exist.`);
    return table;
  }

  addTable(sheet: SheetModel, box: Box): TableModel {
    checkBox(box);
    if (box.rows < 2) throw new HostError("InvalidArgument", "A table needs a header row and at least one data row.");
    refuseIfProtected(sheet, "table");
    this.checkFree(sheet, box);
    let n = this.tables.length + 1;
    while (this.findTable(`Table${n}`)) n++;
    const table = new TableModel(`Table${n}`, sheet, box);
    // Excel makes every header text and fills empty or repeated ones with "Column<n>".
    const seen = new Set<string>();
    for (let i = 0; i < box.columns; i++) {
      const v = sheet.cell(box.row, box.column + i)?.value;
      let text = v === undefined || v === "" ? `Column${i + 1}` : headerText(v);
      for (let k = 2; seen.has(text.toLowerCase()); k++) text = `${v === undefined ? "Column" : headerText(v)}${k}`;
      seen.add(text.toLowerCase());
      sheet.setCell(box.row, box.column + i, withContent(sheet.cell(box.row, box.column + i), { value: text }));
    }
    this.tables.push(table);
    this.structureChanged();
    return table;
  }

  renameTable(table: TableModel, name: string): void {
    if (!TABLE_NAME.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[rRcC]$/.test(name)) {
      throw new HostError("InvalidArgument", `'${name}' is not a valid table name.`);
    }
    refuseIfProtected(table.sheet, "table");
    const other = this.findTable(name);
    if (other && other !== table) throw new HostError("InvalidArgument", `A table named '${name}' already exists.`);
    table.name = name;
    this.structureChanged();
  }

  /** Resizes a table; its totals row, if shown, moves to the new last row unless the caller moved it already. */
  resizeTable(table: TableModel, box: Box, moveTotals = true): void {
    checkBox(box);
    if (box.row !== table.box.row || box.column !== table.box.column) {
      throw new HostError("InvalidArgument", "A table's header row must stay where it is when it is resized.");
    }
    if (box.rows < 2 + (table.showTotals ? 1 : 0)) {
      throw new HostError("InvalidArgument", "A table needs a header row and at least one data row.");
    }
    refuseIfProtected(table.sheet, "table");
    this.checkFree(table.sheet, box, table);
    const old = table.box;
    const totals = table.totalRow();
    table.box = box;
    if (totals && moveTotals && box.rows !== old.rows) {
      table.sheet.moveCells({ ...totals, columns: Math.min(old.columns, box.columns) }, box.rows - old.rows, 0);
    }
    this.extendValidations(table.sheet, old, box);
    if (box.columns === old.columns) {
      const [top, bottom] = [old.row + old.rows, box.row + box.rows].sort((a, b) => a - b);
      this.resizedRows.push({ table: table.name, sheet: table.sheet.name, top, bottom });
      this.scheduleNotify();
      return;
    }
    // New header cells get names, as in Excel.
    for (let i = old.columns; i < box.columns; i++) {
      const cell = table.sheet.cell(box.row, box.column + i);
      if (cell?.value === undefined || cell.value === "") {
        table.sheet.setCell(box.row, box.column + i, withContent(cell, { value: `Column${i + 1}` }));
      }
    }
    this.structureChanged();
  }

  /** As an Excel table does when it grows: a validation over a column's whole data body covers the new rows too. */
  private extendValidations(sheet: SheetModel, old: Box, box: Box): void {
    const oldBottom = old.row + old.rows;
    if (box.rows <= old.rows) return;
    for (const v of sheet.validations) {
      const wholeBody = v.box.row === old.row + 1 && v.box.row + v.box.rows === oldBottom;
      const inside = v.box.column >= box.column && v.box.column + v.box.columns <= box.column + box.columns;
      if (wholeBody && inside) v.box = { ...v.box, rows: box.row + box.rows - v.box.row };
    }
  }

  /** Inserts a column into a table at `index` (its end when omitted), shifting the cells to its right. */
  insertTableColumn(table: TableModel, index: number | undefined, values?: unknown[][], name?: string): number {
    refuseIfProtected(table.sheet, "table");
    const at = index ?? table.box.columns;
    if (!Number.isInteger(at) || at < 0 || at > table.box.columns) {
      throw new HostError("InvalidArgument", `Column index ${index} is outside the table.`);
    }
    if (values && (values.length !== table.box.rows || values.some((r) => !Array.isArray(r) || r.length !== 1))) {
      throw new HostError("InvalidArgument", `The values for a new column must be ${table.box.rows} rows of 1 cell.`);
    }
    const column = table.box.column + at;
    const bottom = table.box.row + table.box.rows - 1;
    if (at < table.box.columns) table.sheet.shiftRight(table.box.row, bottom, column);
    for (const other of this.tables) {
      if (other !== table && other.sheet === table.sheet && other.box.column >= column) {
        const overlapsRows = other.box.row <= bottom && other.box.row + other.box.rows - 1 >= table.box.row;
        if (overlapsRows) other.box = { ...other.box, column: other.box.column + 1 };
      }
    }
    table.box = { ...table.box, columns: table.box.columns + 1 };
    table.filters = table.filters.map((f) => (f.column >= at ? { ...f, column: f.column + 1 } : f));
    const headers = new Set(table.headers().map((h) => h.toLowerCase()));
    let header = name ?? (values ? String(values[0][0] ?? "") : "");
    if (header === "" || headers.has(header.toLowerCase())) {
      let n = at + 1;
      while (headers.has(`column${n}`)) n++;
      header = `Column${n}`;
    }
    table.sheet.setCell(table.box.row, column, { value: header });
    for (let r = 1; r < table.box.rows; r++) {
      table.sheet.setCell(table.box.row + r, column, undefined);
      if (values) this.write(table.sheet, table.box.row + r, column, values[r][0]);
    }
    this.structureChanged();
    return at;
  }

  private checkFree(sheet: SheetModel, box: Box, except?: TableModel): void {
    for (const t of this.tables) {
      if (t === except || t.sheet !== sheet) continue;
      const apart =
        box.row + box.rows <= t.box.row ||
        t.box.row + t.box.rows <= box.row ||
        box.column + box.columns <= t.box.column ||
        t.box.column + t.box.columns <= box.column;
      if (!apart) throw new HostError("InvalidArgument", `A table cannot overlap the table '${t.name}'.`);
    }
  }

  // --- selection -----------------------------------------------------------------------------------------------

  /** Selects areas of a sheet (activating it); the active cell is the first area's top-left unless given. */
  select(sheetName: string, areas: Box[], active?: { row: number; column: number }): void {
    const sheet = this.sheet(sheetName);
    if (areas.length === 0) throw new HostError("InvalidArgument", "Nothing to select.");
    areas.forEach(checkBox);
    const activated = this.activeSheet !== sheet.name;
    this.activeSheet = sheet.name;
    const selection = { sheet: sheet.name, areas, active: active ?? { row: areas[0].row, column: areas[0].column } };
    this.selection = selection;
    this.scheduleNotify(false);
    if (activated) this.activated(sheet.name);
    this.selectionChanged(selection);
  }

  /** The selection, or A1 of the active (else first) sheet when nothing was selected yet. */
  currentSelection(): Selection {
    const sheetName = this.activeSheet ?? this.sheets[0]?.name;
    if (!sheetName) throw new HostError("ItemNotFound", "The workbook has no worksheet.");
    if (this.selection && this.selection.sheet === sheetName) return this.selection;
    return { sheet: sheetName, areas: [{ row: 0, column: 0, rows: 1, columns: 1 }], active: { row: 0, column: 0 } };
  }
}

function checkCell(row: number, column: number): void {
  if (row < 0 || row >= MAX_ROWS || column < 0 || column >= MAX_COLUMNS) {
    throw new HostError("InvalidArgument", `Row ${row + 1}, column ${column + 1} is outside the worksheet.`);
  }
}

function checkBox(box: Box): void {
  checkCell(box.row, box.column);
  checkCell(box.row + box.rows - 1, box.column + box.columns - 1);
}

/** A header as the text Excel shows for it: TRUE, not true. */
function headerText(v: CellConstant): string {
  return typeof v === "boolean" ? String(v).toUpperCase() : String(v);
}
