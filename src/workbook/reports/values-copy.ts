// The values copy: the evaluations table as Excel shows it now (Totals, Points and Bands as their computed values,
// never a RUBRIC formula), stamped with the rubric's id, version and checksum, so that it reads the same where the
// add-in is not installed (there every RUBRIC formula shows #NAME?). Dates keep their date formats, numbers stay
// numbers, text stays text. One read of the table, laid out in memory (layOut), serves for both destinations: a new
// sheet of this workbook (writeValuesCopy: two syncs, one reads the table and the sheet names, one writes) or a new
// workbook (readValuesCopy: one sync; the caller builds the file).
import { ReportWords } from "../../rubric/vocabulary/report-words";
import { uniqueSheetName } from "../insert-sheet";
import { tableNames } from "../layout";
import { ReportGrid, ReportValue } from "./report-grid";
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

/** The values copy laid out: title, stamp, a blank line, the table's header and data rows. */
export interface ValuesCopyLayout {
  /** The sheet name it wants (made unique where it is written). */
  name: string;
  grid: ReportGrid;
  /** Data rows copied (the header not counted). */
  rows: number;
  /** Rows to freeze: everything down to the table's header. */
  frozenRows: number;
}

/** Queues the load of the evaluations table's values and number formats (read them after the caller's sync). */
function loadEvaluationsTable(context: Excel.RequestContext, rubricId: string) {
  const table = context.workbook.tables.getItem(tableNames(rubricId).evaluations);
  table.load("showTotals");
  const range = table.getRange().load("values,numberFormat");
  return { table, range };
}

/** What the copy is made of, as read from the evaluations table. */
interface EvaluationsValues {
  showTotals: boolean;
  values: unknown[][];
  numberFormat: unknown[][];
}

/** Lays the copy out from the table as read. */
function layOut(words: ReportWords, given: ValuesCopyStamp, read: EvaluationsValues): ValuesCopyLayout {
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
  const rows = read.showTotals ? read.values.length - 1 : read.values.length;
  grid.block(read.values.slice(0, rows) as ReportValue[][], read.numberFormat.slice(0, rows) as (string | null)[][]);
  return {
    name: `${words.valuesCopy.sheet} ${given.rubricId}`,
    grid,
    rows: rows - 1,
    frozenRows: grid.height - rows + 1,
  };
}

/** The values copy, read in one sync, for a destination outside this workbook. */
export async function readValuesCopy(
  context: Excel.RequestContext,
  words: ReportWords,
  given: ValuesCopyStamp,
): Promise<ValuesCopyLayout> {
  const { table, range } = loadEvaluationsTable(context, given.rubricId);
  await context.sync();
  return layOut(words, given, { showTotals: table.showTotals, values: range.values, numberFormat: range.numberFormat });
}

/** The values copy on a new sheet of this workbook, activated. */
export async function writeValuesCopy(
  context: Excel.RequestContext,
  words: ReportWords,
  given: ValuesCopyStamp,
): Promise<ValuesCopy> {
  const { table, range } = loadEvaluationsTable(context, given.rubricId);
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const copy = layOut(words, given, {
    showTotals: table.showTotals,
    values: range.values,
    numberFormat: range.numberFormat,
  });
  const name = uniqueSheetName(
    copy.name,
    sheets.items.map((s) => s.name),
  );
  const sheet = context.workbook.worksheets.add(name);
  const { values, numberFormat, address } = copy.grid.cells();
  const target = sheet.getRange(address);
  target.numberFormat = numberFormat;
  target.values = values;
  sheet.freezePanes.freezeRows(copy.frozenRows);
  sheet.activate();
  await context.sync();
  return { sheet: name, rows: copy.rows };
}
