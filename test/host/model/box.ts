// A rectangle of cells: 0-based top-left corner and size.
import { parseAddress, rangeAddress } from "../../../src/workbook/address";

export interface Box {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export function contains(box: Box, row: number, column: number): boolean {
  return row >= box.row && row < box.row + box.rows && column >= box.column && column < box.column + box.columns;
}

/** "B2:D9" → box; refuses addresses on another sheet. */
export function boxOf(address: string): Box {
  const { sheet, row, column, rows, columns } = parseAddress(address);
  if (sheet !== undefined) throw new Error(`InvalidArgument: ${address} names a sheet; give a local address`);
  if (rows < 1 || columns < 1)
    throw new Error(`InvalidArgument: ${address} is not a range from top-left to bottom-right`);
  return { row, column, rows, columns };
}

export function addressOf(box: Box): string {
  return rangeAddress(box.row, box.column, box.rows, box.columns);
}

/** The cells two boxes share; null when they share none. */
export function intersection(a: Box, b: Box): Box | null {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const rows = Math.min(a.row + a.rows, b.row + b.rows) - row;
  const columns = Math.min(a.column + a.columns, b.column + b.columns) - column;
  return rows > 0 && columns > 0 ? { row, column, rows, columns } : null;
}
