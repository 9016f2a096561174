// How a cell's computed value is displayed, as Excel shows it: numbers per the cell's number format, errors by
// their code (the message goes to the tooltip), booleans in capitals. Only the formats the add-in writes are
// understood ("General", "0", "0.0", "0.00", "0%", "0.0%", "@", "yyyy-mm-dd"); any other format shows as General.
import type { ComputedValue } from "../../host";

export type Align = "left" | "center" | "right";

export interface CellDisplay {
  text: string;
  align: Align;
  /** The error's message, for an error value. */
  error?: string;
}

const FIXED = /^0(?:\.(0+))?(%?)$/;

export function displayValue(value: ComputedValue, numberFormat: string | undefined): CellDisplay {
  if (typeof value === "object") return { text: value.error, align: "center", error: value.message || value.error };
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE", align: "center" };
  if (typeof value === "string") return { text: value, align: "left" };
  return { text: formatNumber(value, numberFormat), align: "right" };
}

export function formatNumber(value: number, numberFormat = "General"): string {
  const fixed = FIXED.exec(numberFormat);
  if (fixed) {
    const decimals = fixed[1]?.length ?? 0;
    const percent = fixed[2] === "%";
    return fixedText(percent ? shift(value, 2) : value, decimals) + (percent ? "%" : "");
  }
  if (isDateFormat(numberFormat)) return isoDate(value) ?? general(value);
  return general(value);
}

/** value × 10^places without binary noise (0.145 × 100 is 14.5, not 14.499999999999998). */
export function shift(value: number, places: number): number {
  const [mantissa, exponent] = value.toExponential().split("e");
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/** Rounded half away from zero on the decimal digits shown, as Excel's display does (1.005 → "1.01"). */
export function fixedText(value: number, decimals: number): string {
  const rounded = Math.round(shift(Math.abs(value), decimals));
  const digits = String(rounded).padStart(decimals + 1, "0");
  const whole = decimals > 0 ? `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}` : digits;
  return value < 0 && rounded !== 0 ? `-${whole}` : whole;
}

/** Excel's General format, simplified: up to 10 significant digits, scientific for very large or small numbers. */
export function general(value: number): string {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  if (abs >= 1e11 || abs < 1e-9) return scientific(value);
  const text = String(Number(value.toPrecision(10)));
  return text.includes("e") ? scientific(value) : text;
}

function scientific(value: number): string {
  const [mantissa, exponent] = value.toExponential(5).split("e");
  const trimmed = mantissa.replace(/\.?0+$/, "");
  const power = Number(exponent);
  return `${trimmed}E${power < 0 ? "-" : "+"}${String(Math.abs(power)).padStart(2, "0")}`;
}

export function isDateFormat(numberFormat: string | undefined): boolean {
  return numberFormat !== undefined && /^yyyy-mm-dd$/i.test(numberFormat);
}

const DAY_MS = 86_400_000;

/** An Excel date serial (1900 system) as yyyy-mm-dd; undefined outside the years Excel shows. */
export function isoDate(serial: number): string | undefined {
  if (serial < 1 || serial >= 2958466) return undefined;
  // Serial 60 is Excel's phantom 29 Feb 1900; from 61 on, day 0 is 30 Dec 1899.
  const days = Math.floor(serial) - (serial < 61 ? 1 : 2);
  const date = new Date(Date.UTC(1900, 0, 1) + days * DAY_MS);
  return date.toISOString().slice(0, 10);
}

/** "2019-02-12" as Excel's date serial (43508), as Excel reads a date typed into a date cell; else undefined. */
export function dateSerial(text: string): number | undefined {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  const days = Math.round((time - Date.UTC(1900, 0, 1)) / DAY_MS);
  // Day 0 of the serials is 30 Dec 1899 from March 1900 on (Excel counts a 29 Feb 1900 that never was).
  const serial = days + (days >= 59 ? 2 : 1);
  return serial >= 1 && serial < 2958466 ? serial : undefined;
}
