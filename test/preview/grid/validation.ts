// Data validation as Excel applies it to what a user types: an entry that breaks a Stop rule is refused with the
// rule's error message. The rules understood are those the workbook layer writes (src/workbook/validation.ts):
// decimal and whole-number ranges, lists of items, and the "number from 0 to max, or NA" custom formula. A rule
// this simple check cannot evaluate (a list from a range, a custom formula of another shape) lets the entry through.
import type { ValidationRecord } from "../../host/model/sheet";

/** Excel's own message when a rule has none. */
export const DEFAULT_REFUSAL = "This value doesn't match the data validation restrictions defined for this cell.";

interface Basic {
  formula1?: unknown;
  formula2?: unknown;
  operator?: string;
}

interface Rule {
  decimal?: Basic;
  wholeNumber?: Basic;
  list?: { source?: unknown };
  custom?: { formula?: unknown };
}

interface ErrorAlert {
  showAlert?: boolean;
  style?: string;
  message?: string;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The entry as a number, when it is one as Excel would parse it. */
export function numberOf(text: string): number | undefined {
  const trimmed = text.trim();
  return NUMBER.test(trimmed) ? Number(trimmed) : undefined;
}

/** Why `entry` may not go into a cell with this validation, or null when it may. */
export function refusal(
  entry: string,
  record: Pick<ValidationRecord, "rule" | "errorAlert"> | undefined,
): string | null {
  if (!record) return null;
  const alert = (record.errorAlert ?? {}) as ErrorAlert;
  // Only a Stop alert refuses; Warning and Information let the entry in after asking.
  if (alert.showAlert === false || (alert.style !== undefined && alert.style !== "Stop")) return null;
  // Blanks are ignored (Excel's default), and a formula is checked by its result, which this check does not compute.
  if (entry.trim() === "" || entry.startsWith("=")) return null;
  return allows(entry, record.rule as Rule) ? null : alert.message || DEFAULT_REFUSAL;
}

function allows(entry: string, rule: Rule): boolean {
  if (rule.decimal) return inRange(numberOf(entry), rule.decimal);
  if (rule.wholeNumber) {
    const n = numberOf(entry);
    return n !== undefined && Number.isInteger(n) && inRange(n, rule.wholeNumber);
  }
  if (rule.list) return inList(entry, rule.list.source);
  if (rule.custom) return customAllows(entry, rule.custom.formula);
  return true;
}

/** A bound as a number: 10, "10" or "=10"; undefined for a reference or formula this check cannot evaluate. */
function bound(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return undefined;
  return numberOf(value.startsWith("=") ? value.slice(1) : value);
}

function inRange(n: number | undefined, basic: Basic): boolean {
  if (n === undefined) return false;
  const a = bound(basic.formula1);
  const b = bound(basic.formula2);
  if (a === undefined) return true;
  switch (basic.operator ?? "Between") {
    case "Between":
      return b === undefined || (n >= Math.min(a, b) && n <= Math.max(a, b));
    case "NotBetween":
      return b === undefined || n < Math.min(a, b) || n > Math.max(a, b);
    case "EqualTo":
      return n === a;
    case "NotEqualTo":
      return n !== a;
    case "GreaterThan":
      return n > a;
    case "LessThan":
      return n < a;
    case "GreaterThanOrEqualTo":
      return n >= a;
    case "LessThanOrEqualTo":
      return n <= a;
    default:
      return true;
  }
}

/** List items match ignoring case, and numerically when both are numbers ("4.0" is the item "4"). */
function inList(entry: string, source: unknown): boolean {
  if (typeof source !== "string" || source.startsWith("=")) return true;
  const wanted = entry.trim();
  const n = numberOf(wanted);
  return source.split(",").some((raw) => {
    const item = raw.trim();
    const m = numberOf(item);
    return n !== undefined && m !== undefined ? n === m : item.toLowerCase() === wanted.toLowerCase();
  });
}

// =OR(AND(ISNUMBER(B4),B4>=0,B4<=10),UPPER(TRIM(B4))="NA",UPPER(TRIM(B4))="N/A"), as validation.ts writes it.
const NUMBER_OR_TEXT =
  /^=OR\(AND\(ISNUMBER\(([$A-Z0-9]+)\),\1>=([-\d.]+),\1<=([-\d.]+)\)((?:,UPPER\(TRIM\(\1\)\)="[^"]*")*)\)$/i;

function customAllows(entry: string, formula: unknown): boolean {
  const match = typeof formula === "string" ? NUMBER_OR_TEXT.exec(formula.replace(/\s+/g, "")) : null;
  if (!match) return true;
  const n = numberOf(entry);
  if (n !== undefined) return n >= Number(match[2]) && n <= Number(match[3]);
  const texts = [...match[4].matchAll(/="([^"]*)"/g)].map((m) => m[1].toUpperCase());
  return texts.includes(entry.trim().toUpperCase());
}
