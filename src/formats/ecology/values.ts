// Small pure helpers of the e-cology specification and payload: dates, decimal text, and cell text.
import { roundHalfAway } from "../../rubric/round";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** An evaluation's date as yyyy-mm-dd: ISO text (a real calendar date) or an Excel serial; undefined otherwise. */
export function isoDateOf(date: string | number | null | undefined): string | undefined {
  if (typeof date === "number") {
    if (!Number.isFinite(date) || date < 1 || date > 2958465) return undefined;
    return new Date(EXCEL_EPOCH_MS + Math.floor(date) * DAY_MS).toISOString().slice(0, 10);
  }
  if (typeof date !== "string") return undefined;
  const text = date.trim();
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
    ? text
    : undefined;
}

/** `x` rounded half away from zero to `decimals` places, written with exactly that many decimals ("85.0"). */
export function fixed(x: number, decimals: number): string {
  const text = roundHalfAway(x, decimals).toFixed(decimals);
  // toFixed keeps the sign of a negative zero's neighbourhood ("-0.00"): a zero is written without one.
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** A number as plain decimal text, never in exponent form (1e-7 -> "0.0000001"); at most 15 significant digits. */
export function plainNumber(x: number): string {
  const text = String(x);
  if (!/e/i.test(text)) return text;
  return x.toFixed(20).replace(/\.?0+$/, "");
}

/** Decimal places of a number as plain text ("7.25" -> 2). */
export function decimalPlaces(x: number): number {
  const text = plainNumber(x);
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Sum of decimal texts with at most `decimals` places, computed exactly on scaled integers. */
export function sumFixed(values: readonly string[], decimals: number): string {
  const p = Math.pow(10, decimals);
  const total = values.reduce((sum, v) => sum + Math.round(Number(v) * p), 0);
  return fixed(total / p, decimals);
}

/** Text a spreadsheet would read as a formula (= + - @, tab, carriage return first) gets a leading apostrophe, so a
 * cell shows it as text and never evaluates it. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
