// What a cell of the .xlsx holds: a number, a text, a boolean, a date (a serial number with a date format) or
// nothing, with its number format. Text is always a text cell, never parsed: "=SUM(A1)" or "007" stay as written.

/** A cell's value; null or undefined leave the cell blank. A Date is written as Excel's serial number (UTC). */
export type XlsxValue = string | number | boolean | Date | null | undefined;

export interface XlsxSheet {
  /** Fitted to Excel's rules if it breaks them (see sheet-name.ts). */
  name: string;
  rows: readonly (readonly XlsxValue[])[];
  /** Number format of each cell ("0.0", "yyyy-mm-dd", "@"); null, undefined or "General": General. A Date with no
   * format gets DATE_FORMAT. */
  formats?: readonly (readonly (string | null | undefined)[])[];
  /** Rows kept in view when scrolling (Freeze Panes). */
  frozenRows?: number;
}

export const DATE_FORMAT = "yyyy-mm-dd";
/** Excel's grid and the longest text a cell holds. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
export const MAX_TEXT = 32_767;

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;

/** A date as Excel's serial number (days since 1899-12-30, the fraction the time of day, in UTC). */
export function dateSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** "A", "Z", "AA" for 0, 25, 26. */
export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export const cellName = (row: number, column: number): string => `${columnName(column)}${row + 1}`;
