// Small helpers for tests on the simulated Excel host (test/host): reading what the sheet shows, acting as a user in
// the grid (typing, sorting, filtering, inserting and deleting table rows and columns, the Total Row, selecting),
// and counting what an operation sent.
import { EvaluationInput } from "../../src/rubric/evaluation";
import { exampleRubric } from "../../src/rubric/example";
import { createRubric } from "../../src/workbook/create";
import { cellAddress, parseAddress } from "../../src/workbook/address";
import { ComputedValue, createSimulatedHost, SimulatedHost, SimulatedHostOptions } from "../host";
import type { SyncRecord, WriteRecord } from "../host/api/context";
import { Box } from "../host/model/box";
import { SheetModel } from "../host/model/sheet";
import { TableModel } from "../host/model/table";
import { deleteTableColumn as deleteColumn } from "../host/model/table-columns";
import { clearFilters, filterTable as filter } from "../host/model/table-filter";
import { deleteTableRow as deleteRow, insertTableRow as insertRow, typeEntry } from "../host/model/table-rows";
import { sortTable as sort } from "../host/model/table-sort";
import { setShowTotals } from "../host/model/table-totals";

/** A simulated workbook holding the example rubric (English) with these evaluations, written by createRubric. */
export async function exampleHost(
  evaluations: readonly EvaluationInput[],
  options: SimulatedHostOptions = {},
): Promise<SimulatedHost> {
  const host = createSimulatedHost(options);
  await host.run((context) => createRubric(context, exampleRubric("en"), { language: "en", evaluations }));
  return host;
}

/** A local address ("B4:D9", "F8") as a box; refuses one that names a sheet. */
function localBox(address: string): Box {
  const { sheet, row, column, rows, columns } = parseAddress(address);
  if (sheet !== undefined) throw new Error(`${address}: give the sheet separately`);
  return { row, column, rows, columns };
}

export function sheetOf(host: SimulatedHost, sheetName: string): SheetModel {
  return host.model.sheet(sheetName);
}

/** The values a range shows, as Range.values reads them: formulas computed, "" for an empty cell. */
export function grid(host: SimulatedHost, sheetName: string, address: string): ComputedValue[][] {
  const sheet = sheetOf(host, sheetName);
  const box = localBox(address);
  return Array.from({ length: box.rows }, (_, r) =>
    Array.from({ length: box.columns }, (_, c) => host.model.valueAt(sheet, box.row + r, box.column + c)),
  );
}

/** The value one cell shows ("E1", or 0-based row and column). */
export function valueAt(host: SimulatedHost, sheetName: string, at: string | [number, number]): ComputedValue {
  const { row, column } = typeof at === "string" ? localBox(at) : { row: at[0], column: at[1] };
  return host.model.valueAt(sheetOf(host, sheetName), row, column);
}

/** The number formats of a range, "General" where none was set. */
export function numberFormats(host: SimulatedHost, sheetName: string, address: string): string[][] {
  const sheet = sheetOf(host, sheetName);
  const box = localBox(address);
  return Array.from({ length: box.rows }, (_, r) =>
    Array.from({ length: box.columns }, (_, c) => sheet.cell(box.row + r, box.column + c)?.numberFormat ?? "General"),
  );
}

/** What a user types into one cell (0-based row and column): parsed as Excel parses typed entries; "" clears it.
 * A value typed right under a table grows it by a row, calculated columns filled (Excel's table auto-expansion);
 * `{ autoExpand: false }` types as with that AutoCorrect option off. Typing over a header renames the column and
 * rewrites the formulas that name it. */
export function typeInto(
  host: SimulatedHost,
  sheetName: string,
  row: number,
  column: number,
  entry: unknown,
  options: { autoExpand?: boolean } = {},
): void {
  const sheet = sheetOf(host, sheetName);
  if (options.autoExpand === false) host.model.write(sheet, row, column, entry);
  else typeEntry(host.model, sheet, row, column, entry);
}

/** Header texts of a table, as its header cells hold them. */
export function headers(host: SimulatedHost, tableName: string): string[] {
  return host.model.table(tableName).headers();
}

/** The value a table's data cell shows: data row `rowIndex` (0 = first under the header), column by header. */
export function dataValue(host: SimulatedHost, table: TableModel, rowIndex: number, header: string): ComputedValue {
  const index = table.headers().indexOf(header);
  if (index < 0) throw new Error(`no column ${header} in ${table.name}`);
  return host.model.valueAt(table.sheet, table.box.row + 1 + rowIndex, table.box.column + index);
}

/** A user deletes a table row in Excel (Table > Delete Table Rows): the rows below move up, the table shrinks. */
export function deleteTableRow(host: SimulatedHost, tableName: string, rowIndex: number): void {
  deleteRow(host.model, host.model.table(tableName), rowIndex);
}

/** A user inserts a table row above data row `rowIndex` (Table > Insert Table Rows Above): rows shift down. */
export function insertTableRow(host: SimulatedHost, tableName: string, rowIndex: number): void {
  insertRow(host.model, host.model.table(tableName), rowIndex);
}

/** A user inserts a table column at `index` (Insert Table Columns to the Left) and types its header. */
export function insertTableColumn(host: SimulatedHost, tableName: string, index: number, header: string): void {
  host.model.insertTableColumn(host.model.table(tableName), index, undefined, header);
}

/** A user deletes a table column by its header (Table > Delete Table Columns): cells to its right shift left. */
export function deleteTableColumn(host: SimulatedHost, tableName: string, header: string): void {
  const table = host.model.table(tableName);
  deleteColumn(host.model, table, columnOf(table, header));
}

/** A user sorts a table by a column (the header's Sort A to Z / Sort Z to A). */
export function sortTable(host: SimulatedHost, tableName: string, header: string, order: "asc" | "desc"): void {
  const table = host.model.table(tableName);
  sort(host.model, table, [{ column: columnOf(table, header), ascending: order === "asc" }]);
}

/** A user filters a table to the rows whose `header` column shows one of `values` (the header's filter list). */
export function filterTable(
  host: SimulatedHost,
  tableName: string,
  header: string,
  values: ReadonlyArray<string | number | boolean>,
): void {
  const table = host.model.table(tableName);
  filter(host.model, table, columnOf(table, header), values);
}

/** A user clears a table's filters (Data > Clear): every row shows again. */
export function clearFilter(host: SimulatedHost, tableName: string): void {
  clearFilters(host.model, host.model.table(tableName));
}

/** A user ticks or unticks Table Design > Total Row. */
export function showTotalRow(host: SimulatedHost, tableName: string, show = true): void {
  setShowTotals(host.model, host.model.table(tableName), show);
}

/** The 0-based sheet rows hidden on a sheet, in order. */
export function hiddenRows(host: SimulatedHost, sheetName: string): number[] {
  return [...sheetOf(host, sheetName).hiddenRows].sort((a, b) => a - b);
}

function columnOf(table: TableModel, header: string): number {
  const index = table.columnIndex(header);
  if (index < 0) throw new Error(`no column ${header} in ${table.name}`);
  return index;
}

/** A user types a new row right under a table, which grows to take it in (Excel's table auto-expansion). */
export function appendTableRow(host: SimulatedHost, tableName: string, cells: readonly unknown[]): void {
  const table = host.model.table(tableName);
  const { box } = table;
  host.model.resizeTable(table, { ...box, rows: box.rows + 1 });
  cells.forEach((entry, c) => host.model.write(table.sheet, box.row + box.rows, box.column + c, entry));
}

/** Selects areas of a sheet, as a click or Ctrl+click selection does (activating the sheet). */
export function selectAreas(host: SimulatedHost, sheetName: string, addresses: readonly string[]): void {
  host.model.select(sheetName, addresses.map(localBox));
}

/** Selects one cell (0-based row and column). */
export function selectCell(host: SimulatedHost, sheetName: string, row: number, column: number): void {
  host.model.select(sheetName, [{ row, column, rows: 1, columns: 1 }]);
}

/** The active cell: its sheet and 0-based row and column. */
export function activeCell(host: SimulatedHost): { sheet: string; row: number; column: number } {
  const { sheet, active } = host.model.currentSelection();
  return { sheet, ...active };
}

/** The syncs and writes made from now on (across every context of the host). */
export function journalFrom(host: SimulatedHost): { syncs(): SyncRecord[]; writes(): WriteRecord[] } {
  const syncs = host.journal.syncs.length;
  const writes = host.journal.writes.length;
  return { syncs: () => host.journal.syncs.slice(syncs), writes: () => host.journal.writes.slice(writes) };
}

/** How many syncs `operation` made. */
export async function syncsOf(host: SimulatedHost, operation: () => Promise<unknown>): Promise<number> {
  const from = journalFrom(host);
  await operation();
  return from.syncs().length;
}

/** Every non-empty cell of the workbook (content and number format), by "Sheet!A1": take one before an operation
 * and one after, and changedCells says what the operation changed. */
export function cellsOf(host: SimulatedHost): Map<string, string> {
  const cells = new Map<string, string>();
  for (const sheet of host.model.sheets) {
    for (const [row, column, cell] of sheet.entries()) {
      cells.set(`${sheet.name}!${cellAddress(row, column)}`, JSON.stringify(cell));
    }
  }
  return cells;
}

/** The addresses whose content or format differ between two cellsOf snapshots, sorted. */
export function changedCells(before: Map<string, string>, after: Map<string, string>): string[] {
  const addresses = new Set([...before.keys(), ...after.keys()]);
  return [...addresses].filter((a) => before.get(a) !== after.get(a)).sort();
}
