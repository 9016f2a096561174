// What the grid shows of one sheet, computed from the model without React: how many rows and columns, each cell's
// displayed text, and which cells head a table. The grid spans the used extent plus a margin (and draws only the
// rows in view of it, viewport.ts).
import type { ComputedValue, WorkbookModel } from "../../host";
import type { Cell } from "../../host/model/cell";
import { SheetModel } from "../../host/model/sheet";
import { displayCached } from "./display-cache";
import { Align, isDateFormat, isoDate } from "./format";
import { Position } from "./navigation";

export const MIN_ROWS = 30;
export const MIN_COLUMNS = 12;
const ROW_MARGIN = 5;
const COLUMN_MARGIN = 3;
const MAX_SPILL = 12;

export interface CellView {
  text: string;
  align: Align;
  /** The error's message, shown as the cell's tooltip. */
  error?: string;
  /** The cell heads a table column. */
  tableHeader: boolean;
  /** How many empty cells to its right left-aligned text may run into, as Excel lets text overflow. */
  spill?: number;
}

/** The rows and columns to render: the used extent and the active cell, plus a margin. */
export function gridSize(
  extent: { rows: number; columns: number },
  active: Position,
): { rows: number; columns: number } {
  return {
    rows: Math.max(MIN_ROWS, extent.rows + ROW_MARGIN, active.row + 1 + ROW_MARGIN),
    columns: Math.max(MIN_COLUMNS, extent.columns + COLUMN_MARGIN, active.column + 1 + COLUMN_MARGIN),
  };
}

/** Keys (SheetModel.key) of the cells in a table's header row on this sheet. */
export function tableHeaderKeys(model: WorkbookModel, sheet: SheetModel): Set<number> {
  const keys = new Set<number>();
  for (const table of model.tables) {
    if (table.sheet !== sheet) continue;
    for (let i = 0; i < table.box.columns; i++) keys.add(SheetModel.key(table.box.row, table.box.column + i));
  }
  return keys;
}

/** An empty cell's view, shared: most of the grid is empty, and it is rebuilt at every render. */
const EMPTY: CellView = Object.freeze({ text: "", align: "left", tableHeader: false });

export function cellView(
  model: WorkbookModel,
  sheet: SheetModel,
  row: number,
  column: number,
  headers: Set<number>,
): CellView {
  const cell = sheet.cell(row, column);
  if (!cell) return EMPTY;
  const value: ComputedValue = model.valueAt(sheet, row, column);
  const shown = displayCached(value, cell.numberFormat);
  const view: CellView = {
    text: shown.text,
    align: shown.align,
    tableHeader: headers.has(SheetModel.key(row, column)),
  };
  if (shown.error !== undefined) view.error = shown.error;
  return view;
}

/** One row of cell views; text runs on into the empty cells after it. */
export function rowView(
  model: WorkbookModel,
  sheet: SheetModel,
  row: number,
  columns: number,
  headers: Set<number>,
): CellView[] {
  const cells = Array.from({ length: columns }, (_, column) => cellView(model, sheet, row, column, headers));
  let emptyAfter = 0;
  for (let column = columns - 1; column >= 0; column--) {
    const cell = cells[column];
    if (cell.text === "") {
      emptyAfter++;
      continue;
    }
    if (cell.align === "left" && emptyAfter > 0 && cell !== EMPTY) cell.spill = Math.min(emptyAfter, MAX_SPILL);
    emptyAfter = 0;
  }
  return cells;
}

/** What editing a cell starts from, and what the formula bar shows: the formula, else the constant as typed. */
export function entryText(cell: Cell | undefined): string {
  if (!cell) return "";
  if (cell.formula !== undefined) return cell.formula;
  if (cell.value === undefined) return "";
  if (typeof cell.value === "boolean") return cell.value ? "TRUE" : "FALSE";
  // A date shows as the date, as in Excel's formula bar (commitEntry turns it back into the serial).
  if (typeof cell.value === "number" && isDateFormat(cell.numberFormat))
    return isoDate(cell.value) ?? String(cell.value);
  return String(cell.value);
}

export function sameCells(a: readonly CellView[], b: readonly CellView[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.text !== y.text || x.align !== y.align || x.error !== y.error || x.tableHeader !== y.tableHeader)
      return false;
    if (x.spill !== y.spill) return false;
  }
  return true;
}
