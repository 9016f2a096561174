// insertSheet: a new worksheet holding rows of cells (an export's text, a specification table), written as data
// only. Every text cell (blanks too: the sheet is new) is formatted as text before the values are written
// (text-cells.ts), so nothing written is ever taken for a formula, whatever it starts with; numbers stay numbers. Two syncs: one to learn the sheet names, one to write.
import { cellAddress } from "./address";
import { fitSheetName, sheetText } from "./sheet-name";
import { TEXT_FORMAT } from "./text-cells";

export { MAX_SHEET_NAME } from "./sheet-name";

/** `wanted` made a valid sheet name not in `taken` (ignoring case): "Name", then "Name (2)", "Name (3)", ... */
export function uniqueSheetName(wanted: string, taken: readonly string[]): string {
  let base = sheetText(wanted);
  if (base === "" || base.toLowerCase() === "history") base = "Export";
  const used = new Set(taken.map((n) => n.toLowerCase()));
  let name = fitSheetName(base);
  for (let n = 2; used.has(name.toLowerCase()); n++) name = fitSheetName(base, ` (${n})`);
  return name;
}

/**
 * Adds a sheet named `name` (made valid and unique), writes `cells` from A1 in one values write (short rows padded
 * with blanks), activates it and returns its name. Text cells are formatted as text first, so "=...", "+...", "-..."
 * and "@..." stay text.
 */
export async function insertSheet(
  context: Excel.RequestContext,
  name: string,
  cells: readonly (readonly (string | number)[])[],
): Promise<string> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const unique = uniqueSheetName(
    name,
    sheets.items.map((s) => s.name),
  );
  const sheet = context.workbook.worksheets.add(unique);
  const columns = cells.reduce((max, row) => Math.max(max, row.length), 0);
  if (cells.length > 0 && columns > 0) {
    const values = cells.map((row) => Array.from({ length: columns }, (_, c) => row[c] ?? ""));
    const range = sheet.getRange(`A1:${cellAddress(cells.length - 1, columns - 1)}`);
    range.numberFormat = values.map((row) => row.map((v) => (typeof v === "number" ? "General" : TEXT_FORMAT)));
    range.values = values;
  }
  sheet.activate();
  await context.sync();
  return unique;
}
