// Converting Excel arguments: a range arrives as any[][], a single cell as [[value]], an omitted optional as null.
import { cellNumber, showValue } from "../rubric/value";
import { valueError } from "./errors";

/** One row or one column as a flat list; anything two-dimensional is a #VALUE! naming the argument. */
export function vector(name: string, cells: unknown[][] | null | undefined): unknown[] {
  if (!Array.isArray(cells) || cells.length === 0) throw valueError(`${name}: expected a row or column of cells`);
  if (cells.length === 1) return cells[0];
  if (cells.every((row) => row.length === 1)) return cells.map((row) => row[0]);
  throw valueError(`${name}: expected one row or one column, got ${cells.length}×${cells[0].length} cells`);
}

// An omitted setting (null) takes its default. A blank one arrives as "": the sheet's formulas pass the settings cell
// through a blank guard, since desktop Excel would pass a cleared cell as 0, a valid number of decimals. A cleared
// setting is an error naming it, the same on every host.
const omitted = (value: unknown) => value === null || value === undefined;
const blank = (value: unknown) => typeof value === "string" && value.trim() === "";

/** An optional decimals argument: a whole number 0..6, default `fallback`. */
export function decimalsArgument(value: unknown, fallback: number): number {
  if (omitted(value)) return fallback;
  if (blank(value)) throw valueError("decimals: the setting is blank (a whole number from 0 to 6)");
  // The one reading of numeric text (src/rubric/value.ts): "0x2" or TRUE is no number of decimals.
  const n = cellNumber(value);
  if (n === undefined || !Number.isInteger(n) || n < 0 || n > 6)
    throw valueError(`decimals: ${showValue(value)} is not a whole number from 0 to 6`);
  return n;
}

/** An optional scale argument: a number > 0, default `fallback`. */
export function scaleArgument(value: unknown, fallback: number): number {
  if (omitted(value)) return fallback;
  if (blank(value)) throw valueError("scale: the setting is blank (a number > 0)");
  const n = cellNumber(value);
  if (n === undefined || n <= 0) throw valueError(`scale: ${showValue(value)} is not a number > 0`);
  return n;
}

/** An optional rubric version: a whole number ≥ 1, or null when omitted. */
export function versionArgument(value: unknown): number | null {
  if (omitted(value)) return null;
  if (blank(value)) throw valueError("rubric version is blank (a version number: 1, 2, 3, …)");
  const n = cellNumber(value);
  if (n === undefined || !Number.isInteger(n) || n < 1)
    throw valueError(`rubric version ${showValue(value)} is not a version number`);
  return n;
}

// As the criteria table is read (src/rubric/table.ts): a row of blanks, or of desktop's 0s, is no criterion.
const blankCell = (value: unknown) => value === 0 || omitted(value) || blank(value);

/** Whether a table (header row first) has a row under the header that is not blank. */
export function hasDataRows(cells: readonly (readonly unknown[])[] | null | undefined): boolean {
  if (!Array.isArray(cells)) return false;
  for (let r = 1; r < cells.length; r++) if (!cells[r].every(blankCell)) return true;
  return false;
}

/** A single value, whether Excel passed a cell or a 1×1 range. */
export function single(value: unknown): unknown {
  return Array.isArray(value) ? single(value[0]) : value;
}
