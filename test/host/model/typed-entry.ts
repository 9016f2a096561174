// What Excel makes of a string written through Range.values or Range.formulas into a cell that is not formatted as
// text: the same as if it were typed (en-US settings). See README.md ("Typed input") for the sources.
//
// - "=..." is a formula; so is "+..." or "-..." that is not a number ("+A1" is kept as "=+A1"), and "@..." (Lotus
//   style: "@SUM(A1)" is "=SUM(A1)").
// - A number ("007", " 12 ", "1e5", "+5", "-5", "1,000", "50%") is a number; a percentage gets the format "0%".
// - A date ("3-4", "3/4", "2024-03-04", "4-Mar", "Mar-4", "4 Mar 2024") is its serial number, with a date format.
// - "TRUE"/"FALSE" in any case are booleans; a leading apostrophe keeps the rest as text.
import type { CellConstant } from "./cell";

/** A written string as Excel takes it: a constant (with the number format Excel gives it), a formula, or empty. */
export type TypedEntry = { value: CellConstant; format?: string } | { formula: string } | { empty: true };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const PERCENT = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*%$/;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export function typedEntry(entry: string): TypedEntry {
  if (entry.startsWith("'")) return entry.length === 1 ? { empty: true } : { value: entry.slice(1) };
  if (entry.startsWith("=") && entry.length > 1) return { formula: entry };
  const trimmed = entry.trim();
  if (NUMBER.test(trimmed)) return { value: Number(trimmed) };
  if (GROUPED.test(trimmed)) return { value: Number(trimmed.replace(/,/g, "")), format: "#,##0" };
  const percent = PERCENT.exec(trimmed);
  if (percent) return { value: Number(percent[1]) / 100, format: "0%" };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };
  const date = typedDate(trimmed);
  if (date !== undefined) return date;
  if (/^[+-]./.test(entry)) return { formula: `=${entry}` };
  if (/^@./.test(entry)) return { formula: `=${entry.slice(1)}` };
  return { value: entry };
}

/** A date as en-US Excel reads one typed: month-day (this year), month-day-year, year-month-day, day-month name. */
function typedDate(text: string): TypedEntry | undefined {
  const year = new Date().getFullYear();
  const parts = text.split(/[-/ ]+/);
  if (parts.length < 2 || parts.length > 3 || !/^[\w]+([-/ ]+[\w]+){1,2}$/.test(text)) return undefined;
  const numeric = parts.every((p) => /^\d+$/.test(p));
  if (numeric && !/^\d+([-/])\d+(\1\d+)?$/.test(text)) return undefined; // "3 4" is not a date, "3-4" is
  let y = year;
  let m: number;
  let d: number;
  if (numeric) {
    const n = parts.map(Number);
    if (parts[0].length === 4) [y, m, d] = parts.length === 3 ? n : [NaN, NaN, NaN];
    else [m, d, y] = parts.length === 3 ? [n[0], n[1], fullYear(n[2], parts[2].length)] : [n[0], n[1], year];
  } else {
    const month = (p: string) => {
      const i = MONTHS.indexOf(p.slice(0, 3).toLowerCase());
      return i >= 0 && (p.length === 3 || MONTH_NAMES[i] === p.toLowerCase()) ? i + 1 : NaN;
    };
    const named = parts.findIndex((p) => /^[a-z]{3,}$/i.test(p));
    if (named < 0 || named > 1 || !Number.isFinite(month(parts[named]))) return undefined;
    const others = parts.filter((_, i) => i !== named);
    if (!others.every((p) => /^\d+$/.test(p))) return undefined;
    m = month(parts[named]);
    d = Number(others[0]);
    if (others.length === 2) y = fullYear(Number(others[1]), others[1].length);
  }
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (!Number.isFinite(ms) || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d || y < 1900) return undefined;
  return { value: (ms - EXCEL_EPOCH_MS) / DAY_MS, format: parts.length === 3 ? "m/d/yyyy" : "d-mmm" };
}

/** Two-digit years: 00-29 are 2000-2029, 30-99 are 1930-1999, as Excel reads them. */
function fullYear(y: number, digits: number): number {
  if (digits > 2) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}
