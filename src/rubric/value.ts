// What a raw cell or form value means: the one reader of raw values, used by the engine, the workbook layer and the
// pane. Numeric text is what NUMERIC_TEXT says, not what Number() accepts: "0x7" is not a number anywhere.

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

/** A finite number from a number or numeric text (weights, maxima, settings, totals); undefined for anything else. */
export function cellNumber(raw: unknown): number | undefined {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw === "string" && NUMERIC_TEXT.test(raw)) {
    const n = Number(raw);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** A raw value as a score cell holds it: blank -> "", numbers and numeric text -> the number, any NA spelling ->
 * "NA", anything else (which the engine reports as invalid) as given, text trimmed. */
export function cellValue(raw: unknown): string | number | boolean {
  const v = classifyValue(raw);
  if (v === null) return "";
  if (v !== INVALID) return v;
  if (typeof raw === "string") return raw.trim();
  return raw as number | boolean;
}

/** An Excel error value as a custom function may receive it (CustomFunctions.Error: an object whose code is "#N/A",
 * "#VALUE!", ...); undefined for anything else. The domain knows it only by that shape. */
export function errorCode(raw: unknown): string | undefined {
  if (typeof raw !== "object" || raw === null) return undefined;
  const code = (raw as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("#") ? code : undefined;
}

/** Shows a raw value in an error message: text quoted, an Excel error by its code, the rest as it is. */
export function showValue(raw: unknown): string {
  if (typeof raw === "string") return JSON.stringify(raw);
  return errorCode(raw) ?? String(raw);
}

/** A blank cell as Excel hands it over: null (web), undefined, or text of spaces only (the sheet's blank guard
 * passes ""). A 0 is a value here; readers that take desktop's 0-for-empty into account say so themselves. */
export const isBlankCell = (v: unknown): boolean =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");
