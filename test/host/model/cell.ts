// What one cell holds in the simulated workbook, and how Excel turns what is written into it.
//
// Excel parses text written through Range.values / Range.formulas as if typed (typed-entry.ts): "=...", "+A1", "@x"
// become formulas, "007" the number 7, "3-4" a date, "TRUE" a boolean, "'12" the text "12"; a cell formatted as
// text ("@") keeps what is written as text.
// "" clears the cell's content. (null inside a 2-D array means "leave this cell alone": the caller skips it.)

import { type TypedEntry, typedEntry } from "./typed-entry";

/** A constant as a cell holds it. */
export type CellConstant = string | number | boolean;

export interface Cell {
  /** The constant, when the cell holds no formula. */
  value?: CellConstant;
  /** The formula text as written ("=..."), with structured references as Excel keeps them. */
  formula?: string;
  numberFormat?: string;
}

/** A cell's content after parsing what was written: a constant (and the number format Excel gives a date or a
 * percentage typed into a General cell), a formula, or nothing. */
export type CellContent = TypedEntry;

/** Parses one written entry as Excel does. `asText`: the cell is formatted as text. */
export function parseEntry(entry: unknown, asText: boolean): CellContent {
  if (entry === "" || entry === undefined) return { empty: true };
  if (typeof entry === "number") {
    if (!Number.isFinite(entry)) throw new TypeError(`InvalidArgument: ${entry} is not a value a cell can hold`);
    return { value: entry };
  }
  if (typeof entry === "boolean") return { value: entry };
  if (typeof entry !== "string") throw new TypeError(`InvalidArgument: a cell cannot hold ${typeof entry}`);
  if (asText) return { value: entry };
  return typedEntry(entry);
}

/** The cell after writing `content` into `cell` (its format stays); undefined when nothing is left. */
export function withContent(cell: Cell | undefined, content: CellContent): Cell | undefined {
  const next: Cell = { numberFormat: cell?.numberFormat };
  if ("value" in content) next.value = content.value;
  if ("format" in content && next.numberFormat === undefined) next.numberFormat = content.format;
  else if ("formula" in content) next.formula = content.formula;
  return isBare(next) ? undefined : next;
}

/** The cell after setting its number format ("" resets it to General). */
export function withFormat(cell: Cell | undefined, format: string): Cell | undefined {
  const next: Cell = { ...cell, numberFormat: format === "" || format === "General" ? undefined : format };
  return isBare(next) ? undefined : next;
}

function isBare(cell: Cell): boolean {
  return cell.value === undefined && cell.formula === undefined && cell.numberFormat === undefined;
}
