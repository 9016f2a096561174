// Converting Excel arguments: a range arrives as any[][], a single cell as [[value]], an omitted optional as null.
// Errors are worded in the language of the table the function reads (its header row tells), English without one.
import { Language } from "../rubric/language";
import { engineMessage } from "../rubric/messages";
import { cellNumber, showValue } from "../rubric/value";
import { argumentError } from "./errors";

/** One row or one column as a flat list; anything two-dimensional is a #VALUE! naming the argument. */
export function vector(name: string, cells: unknown[][] | null | undefined, language: Language = "en"): unknown[] {
  if (!Array.isArray(cells) || cells.length === 0) throw argumentError(engineMessage("not-a-line", { name }), language);
  if (cells.length === 1) return cells[0];
  if (cells.every((row) => row.length === 1)) return cells.map((row) => row[0]);
  const size = { name, rows: cells.length, columns: cells[0].length };
  throw argumentError(engineMessage("not-one-line", size), language);
}

// An omitted setting (null) takes its default. A blank one arrives as "": the sheet's formulas pass the settings cell
// through a blank guard, since desktop Excel would pass a cleared cell as 0, a valid number of decimals. A cleared
// setting is an error naming it, the same on every host.
const omitted = (value: unknown) => value === null || value === undefined;
const blank = (value: unknown) => typeof value === "string" && value.trim() === "";

/** An optional decimals argument: a whole number 0..6, default `fallback`. */
export function decimalsArgument(value: unknown, fallback: number, language: Language = "en"): number {
  if (omitted(value)) return fallback;
  if (blank(value)) throw argumentError(engineMessage("decimals-blank"), language);
  // The one reading of numeric text (src/rubric/value.ts): "0x2" or TRUE is no number of decimals.
  const n = cellNumber(value);
  if (n === undefined || !Number.isInteger(n) || n < 0 || n > 6)
    throw argumentError(engineMessage("decimals-invalid", { value: showValue(value) }), language);
  return n;
}

/** An optional scale argument: a number > 0, default `fallback`. */
export function scaleArgument(value: unknown, fallback: number, language: Language = "en"): number {
  if (omitted(value)) return fallback;
  if (blank(value)) throw argumentError(engineMessage("scale-blank"), language);
  const n = cellNumber(value);
  if (n === undefined || n <= 0)
    throw argumentError(engineMessage("scale-invalid", { value: showValue(value) }), language);
  return n;
}

/** An optional rubric version: a whole number ≥ 1, or null when omitted. */
export function versionArgument(value: unknown, language: Language = "en"): number | null {
  if (omitted(value)) return null;
  if (blank(value)) throw argumentError(engineMessage("version-blank"), language);
  const n = cellNumber(value);
  if (n === undefined || !Number.isInteger(n) || n < 1)
    throw argumentError(engineMessage("version-invalid", { value: showValue(value) }), language);
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
