// What a raw cell or form value means to the engine.

/** Not applicable: the criterion is left out and the others renormalised. */
export const NA = "NA";
/** Neither a number, NA nor blank. */
export const INVALID = "INVALID";

/** A number, NA, INVALID, or null for blank (not scored yet). */
export type ValueClass = number | typeof NA | typeof INVALID | null;

const NA_TEXT = /^\s*n\/?a\s*$/i;
const NUMERIC_TEXT = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;

export function classifyValue(raw: unknown): ValueClass {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : INVALID;
  if (raw === null || raw === undefined || raw === "") return null;
  if (typeof raw === "string") {
    if (NUMERIC_TEXT.test(raw)) return Number(raw);
    if (NA_TEXT.test(raw)) return NA;
    // A cell holding only spaces reads as blank, as it looks.
    if (raw.trim() === "") return null;
  }
  return INVALID;
}

/** Shows a raw value in an error message: text quoted, the rest as it is. */
export function showValue(raw: unknown): string {
  return typeof raw === "string" ? JSON.stringify(raw) : String(raw);
}
