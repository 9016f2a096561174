// What a user does to a table's rows in the grid, as Excel does it: insert a row (cells of the table's columns
// shift down), delete a row (they shift up), type right under the table (it grows by a row: AutoCorrect's "Include
// new rows and columns in table"). A new row gets the table's calculated columns (a column whose data cells all
// hold one formula) and the number formats of the row above it.
import { HostError } from "./errors";
import { MAX_ROWS, SheetModel } from "./sheet";
import { refuseIfProtected } from "./sheet-protection";
import { TableModel } from "./table";
import type { WorkbookModel } from "./workbook";

/** The formula of each calculated column (by index): every data cell holds the same formula. */
export function calculatedColumns(table: TableModel): Map<number, string> {
  const result = new Map<number, string>();
  const body = table.dataBody();
  for (let c = 0; c < body.columns; c++) {
    const first = table.sheet.cell(body.row, body.column + c)?.formula;
    if (first === undefined) continue;
    let same = true;
    for (let r = 1; r < body.rows && same; r++)
      same = table.sheet.cell(body.row + r, body.column + c)?.formula === first;
    if (same) result.set(c, first);
  }
  return result;
}

/** Fills data row `row` (a sheet row) as Excel fills a new table row: calculated columns and the formats above. */
function fillNewRow(table: TableModel, row: number, formulas: Map<number, string>): void {
  const { sheet, box } = table;
  for (let c = 0; c < box.columns; c++) {
    const above = row > box.row + 1 ? sheet.cell(row - 1, box.column + c) : sheet.cell(row + 1, box.column + c);
    const formula = formulas.get(c);
    const numberFormat = above?.numberFormat;
    if (formula === undefined && numberFormat === undefined) continue;
    sheet.setCell(row, box.column + c, { formula, numberFormat });
  }
}

/** Inserts a data row above data row `index` (or after the last when index = the row count). */
export function insertTableRow(model: WorkbookModel, table: TableModel, index: number): void {
  if (!Number.isInteger(index) || index < 0 || index > table.dataRows()) {
    throw new HostError("InvalidArgument", `Row index ${index} is outside the table.`);
  }
  refuseIfProtected(table.sheet, "table");
  const formulas = calculatedColumns(table);
  const { sheet, box } = table;
  const at = box.row + 1 + index;
  // The cells of the table's columns from that row down move down by one, with any table below them.
  const below = { row: at, column: box.column, rows: MAX_ROWS - 1 - at, columns: box.columns };
  sheet.moveCells(below, 1, 0);
  for (const other of model.tables) {
    const within = other.box.column >= box.column && other.box.column + other.box.columns <= box.column + box.columns;
    if (other !== table && other.sheet === sheet && other.box.row >= at && within) {
      other.box = { ...other.box, row: other.box.row + 1 };
    }
  }
  shiftHiddenRows(sheet, at, 1);
  model.resizeTable(table, { ...box, rows: box.rows + 1 }, false);
  fillNewRow(table, at, formulas);
}

/** Deletes data row `index`: the rows under it (and the totals row) move up, the table shrinks. */
export function deleteTableRow(model: WorkbookModel, table: TableModel, index: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= table.dataRows()) {
    throw new HostError("InvalidArgument", `${table.name} has no data row ${index}.`);
  }
  refuseIfProtected(table.sheet, "table");
  const { sheet, box } = table;
  const at = box.row + 1 + index;
  sheet.clearCells({ row: at, column: box.column, rows: 1, columns: box.columns });
  sheet.moveCells({ row: at + 1, column: box.column, rows: box.row + box.rows - at - 1, columns: box.columns }, -1, 0);
  sheet.hiddenRows.delete(at);
  shiftHiddenRows(sheet, at + 1, -1);
  model.resizeTable(table, { ...box, rows: box.rows - 1 }, false);
}

function shiftHiddenRows(sheet: SheetModel, from: number, by: number): void {
  const rows = [...sheet.hiddenRows];
  sheet.hiddenRows = new Set(rows.map((r) => (r >= from ? r + by : r)));
}

/** The table that grows when `entry` is typed at (row, column): the cell is right under its last row, within its
 * columns, with no Total Row in the way; undefined otherwise. */
export function tableGrowingAt(
  model: WorkbookModel,
  sheet: SheetModel,
  row: number,
  column: number,
  entry: unknown,
): TableModel | undefined {
  if (entry === null || entry === undefined || entry === "") return undefined;
  return model.tables.find(
    (t) =>
      t.sheet === sheet &&
      !t.showTotals &&
      row === t.box.row + t.box.rows &&
      column >= t.box.column &&
      column < t.box.column + t.box.columns,
  );
}

/** Types an entry as a user does: a table right above the cell takes the new row in first (auto-expansion). */
export function typeEntry(model: WorkbookModel, sheet: SheetModel, row: number, column: number, entry: unknown): void {
  // A protected sheet refuses the entry before any table grows to take it.
  if (entry !== null) refuseIfProtected(sheet, "cells");
  const table = tableGrowingAt(model, sheet, row, column, entry);
  if (table && growable(model, table)) {
    const formulas = calculatedColumns(table);
    model.resizeTable(table, { ...table.box, rows: table.box.rows + 1 });
    fillNewRow(table, row, formulas);
  }
  model.write(sheet, row, column, entry);
}

/** Whether the row under the table is free of other tables (Excel grows a table only into free cells). */
function growable(model: WorkbookModel, table: TableModel): boolean {
  const below = table.box.row + table.box.rows;
  return !model.tables.some(
    (t) =>
      t !== table &&
      t.sheet === table.sheet &&
      below >= t.box.row &&
      below < t.box.row + t.box.rows &&
      t.box.column < table.box.column + table.box.columns &&
      table.box.column < t.box.column + t.box.columns,
  );
}
