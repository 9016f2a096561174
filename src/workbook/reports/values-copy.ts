// The values copy: the evaluations table as Excel shows it now (Totals, Points and Bands as their computed values,
// never a RUBRIC formula), on a new sheet of this workbook, stamped with the rubric's id, version and checksum, so
// the file reads the same where the add-in is not installed (there every RUBRIC formula shows #NAME?). Dates keep
// their date formats, numbers stay numbers, text stays text. Two syncs: one reads the table and the sheet names,
// one writes.
import { ReportWords } from "../../rubric/vocabulary/report-words";
import { uniqueSheetName } from "../insert-sheet";
import { tableNames } from "../layout";
import { ReportGrid } from "./report-grid";
import { stamp } from "./stamp";

export interface ValuesCopyStamp {
  rubricId: string;
  version: number | null;
  checksum: string | null;
  made: string;
}

export interface ValuesCopy {
  sheet: string;
  /** Data rows copied (the header not counted). */
  rows: number;
}

export async function writeValuesCopy(
  context: Excel.RequestContext,
  words: ReportWords,
  given: ValuesCopyStamp,
): Promise<ValuesCopy> {
  const table = context.workbook.tables.getItem(tableNames(given.rubricId).evaluations);
  table.load("showTotals");
  const range = table.getRange().load("values,numberFormat");
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const name = uniqueSheetName(
    `${words.valuesCopy.sheet} ${given.rubricId}`,
    sheets.items.map((s) => s.name),
  );
  const grid = new ReportGrid();
  grid.line(words.valuesCopy.title);
  stamp(grid, words, [
    ["rubric", given.rubricId],
    ["version", given.version],
    ["checksum", given.checksum],
    ["made", given.made],
  ]);
  grid.blank();
  // Header and data rows, not a Total Row (its SUBTOTAL would count the copy's own cells differently).
  const rows = table.showTotals ? range.values.length - 1 : range.values.length;
  grid.block(range.values.slice(0, rows), range.numberFormat.slice(0, rows));
  const sheet = context.workbook.worksheets.add(name);
  const { values, numberFormat, address } = grid.cells();
  const target = sheet.getRange(address);
  target.numberFormat = numberFormat;
  target.values = values;
  sheet.freezePanes.freezeRows(grid.height - rows + 1);
  sheet.activate();
  await context.sync();
  return { sheet: name, rows: rows - 1 };
}
