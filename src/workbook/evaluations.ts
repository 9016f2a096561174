// readEvaluations: the evaluation rows as objects, read in chunks that keep every request under Excel on the web's
// payload limit (5 MB; we budget 4 MB) and every range read under 5,000,000 cells.
//
// Syncs: one to learn the header, labels and row count, then one per chunk. Chunks are synced one at a time rather
// than queued together because the limit applies to a whole request: queuing all chunks before one sync would send
// them as one response. A table that fits one chunk (3,125 rows of 20 columns at the default budget) takes two
// syncs whatever its size.
import { RawValue } from "../rubric/model";
import { parseAddress } from "./address";
import { isoDate } from "./cells";
import { EvaluationColumn, EvaluationsLayout } from "./evaluations-layout";
import { queueEvaluationsTable } from "./evaluations-table";

/** Request budget, below Excel on the web's 5 MB payload limit. */
export const REQUEST_BUDGET_BYTES = 4_000_000;
/** Assumed JSON size of one cell in a values response: a date serial, a name, a score or a short comment
 * (quotes and comma included). Long comments make real cells bigger: pass chunkRows for such tables. */
export const ESTIMATED_BYTES_PER_CELL = 64;
/** Range reads above this many cells may come back empty. */
export const MAX_CELLS_PER_READ = 5_000_000;

export interface EvaluationRow {
  /** 0 = first data row of the table. */
  rowIndex: number;
  /** The evaluation's stable key; "" for a row that has none yet (typed by hand, or a table from before keys). */
  key: string;
  /** ISO date (yyyy-mm-dd) when the cell holds a date; the text otherwise. */
  date: string;
  process: string;
  person: string;
  team: string;
  reviewer: string;
  /** Raw values by criterion id, retired columns included; blank cells are null. */
  values: Record<string, RawValue>;
  comment: string;
  version: number | null;
  /** As the sheet calculated them: a number, "" or a text such as "2 of 7 not scored", or an error text. */
  total: RawValue;
  points: RawValue;
  band: RawValue;
}

export interface EvaluationsRead {
  /** Score column ids in sheet order, retired ones included. */
  scores: string[];
  /** Score columns marked retired in the label row. */
  retired: string[];
  rows: EvaluationRow[];
  /** The sheet row Excel shows (1-based) of data row 0: data row i is on sheet row firstSheetRow + i. */
  firstSheetRow: number;
  /** With `visibility`: the rows (rowIndex) a filter hides, ascending. */
  hidden?: number[];
}

export interface ReadEvaluationsOptions {
  /** Also tell which rows a filter hides (Range.getVisibleView, ExcelApi 1.3), in the first sync. */
  visibility?: boolean;
  /** Rows per request; default from the budget and the column count. */
  chunkRows?: number;
}

/** Rows per request for a table of `columns` columns. */
export function rowsPerChunk(columns: number, chunkRows?: number): number {
  const byBudget = Math.floor(REQUEST_BUDGET_BYTES / ESTIMATED_BYTES_PER_CELL / Math.max(columns, 1));
  const byCells = Math.floor(MAX_CELLS_PER_READ / Math.max(columns, 1));
  return Math.max(1, Math.min(chunkRows ?? byBudget, byBudget, byCells));
}

const blankToNull = (v: unknown): RawValue =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "") ? null : (v as RawValue);
const text = (v: unknown) => (v === null || v === undefined ? "" : String(v));

/** The fields of a row whose cells hold a formula (criterion ids, "comment"): a save would replace it. */
export function formulaFields(layout: EvaluationsLayout, formulas: readonly unknown[]): string[] {
  const isFormula = (at: number | undefined) =>
    at !== undefined && typeof formulas[at] === "string" && (formulas[at] as string).startsWith("=");
  return [
    ...layout.scores.filter((_, k) => isFormula(layout.scoreAt[k])),
    ...(isFormula(layout.at.comment) ? ["comment"] : []),
  ];
}

/** One row of cells as an evaluation. */
export function evaluationRow(layout: EvaluationsLayout, cells: readonly unknown[], rowIndex: number): EvaluationRow {
  const get = (c: EvaluationColumn) => (layout.at[c] === undefined ? null : cells[layout.at[c]!]);
  const version = get("version");
  return {
    rowIndex,
    key: text(get("key")).trim(),
    date: isoDate(get("date")),
    process: text(get("process")),
    person: text(get("person")),
    team: text(get("team")),
    reviewer: text(get("reviewer")),
    values: Object.fromEntries(layout.scores.map((id, k) => [id, blankToNull(cells[layout.scoreAt[k]])])),
    comment: text(get("comment")),
    version: typeof version === "number" ? version : null,
    total: get("total") as RawValue,
    points: get("points") as RawValue,
    band: get("band") as RawValue,
  };
}

export async function readEvaluations(
  context: Excel.RequestContext,
  rubricId: string,
  options: ReadEvaluationsOptions = {},
): Promise<EvaluationsRead> {
  const queued = queueEvaluationsTable(context, rubricId, { columnCount: true, sheetRow: true });
  const { body } = queued;
  if (options.visibility) body.load("address");
  const view = options.visibility ? body.getColumn(0).getVisibleView().load("cellAddresses") : undefined;
  await context.sync();

  const layout = queued.layout();

  const rows: EvaluationRow[] = [];
  const step = rowsPerChunk(body.columnCount, options.chunkRows);
  for (let start = 0; start < body.rowCount; start += step) {
    const count = Math.min(step, body.rowCount - start);
    const chunk = body
      .getCell(start, 0)
      .getResizedRange(count - 1, body.columnCount - 1)
      .load("values");
    // One request per chunk on purpose: queued together they would travel as one oversized response.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    chunk.values.forEach((cells, r) => {
      if (layout.inputAt.every((i) => blankToNull(cells[i]) === null)) return; // an empty row
      rows.push(evaluationRow(layout, cells, start + r));
    });
  }
  // header.rowIndex is 0-based: the first data row is the next one, shown as that index + 2.
  const firstSheetRow = queued.header.rowIndex + 2;
  const read: EvaluationsRead = { scores: layout.scores, retired: layout.retired, rows, firstSheetRow };
  if (view) {
    const top = parseAddress(body.address).row;
    const visible = new Set(view.cellAddresses.map((cells) => parseAddress(String(cells[0])).row - top));
    read.hidden = rows.filter((row) => !visible.has(row.rowIndex)).map((row) => row.rowIndex);
  }
  return read;
}
