// displayValue, remembered per value and number format: a sheet of 10,000 evaluations shows the same few hundred
// values over and over, and formatting a number (toExponential, padding) is most of a cell's cost to draw.
import type { ComputedValue } from "../../host";
import { CellDisplay, displayValue } from "./format";

/** Beyond this many entries the cache starts again (values typed one by one never stop coming). */
const MAX_ENTRIES = 20_000;

const cache = new Map<string, CellDisplay>();

function keyOf(value: ComputedValue, numberFormat: string | undefined): string {
  const format = numberFormat ?? "";
  if (typeof value === "object") return `e\u0000${value.error}\u0000${value.message}`;
  // The type's letter first: the number 1, the text "1" and TRUE display differently.
  return `${(typeof value)[0]}\u0000${format}\u0000${String(value)}`;
}

/** What displayValue returns for the value and format; the same (frozen) object for the same pair. */
export function displayCached(value: ComputedValue, numberFormat: string | undefined): CellDisplay {
  const key = keyOf(value, numberFormat);
  const known = cache.get(key);
  if (known) return known;
  if (cache.size >= MAX_ENTRIES) cache.clear();
  const shown = Object.freeze(displayValue(value, numberFormat));
  cache.set(key, shown);
  return shown;
}
