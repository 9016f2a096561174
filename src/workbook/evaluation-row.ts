// One evaluation row: reading it (one sync), finding the next row with an active criterion left blank, and moving
// the selection to a row.
import { RawValue } from "../rubric/model";
import { classifyValue } from "../rubric/value";
import { isoDate } from "./cells";
import { scoreColumns } from "./evaluation-columns";
import { EvaluationRow, ReadEvaluationsOptions, readEvaluations } from "./evaluations";
import { EvaluationColumn, evaluationColumn, isRetiredLabel, tableNames } from "./layout";

export interface EvaluationRowRead extends EvaluationRow {
  /** Score columns marked retired in the label row. */
  retired: string[];
  /** 1-based sheet row number of the row, as Excel shows it. */
  sheetRow: number;
}

const blankToNull = (v: unknown): RawValue =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "") ? null : (v as RawValue);
const text = (v: unknown) => (v === null || v === undefined ? "" : String(v));

/** Data row `rowIndex` (0 = first under the header) of a rubric's evaluations table, in one sync. Same conversion
 * as readEvaluations; an empty row reads as blanks rather than being skipped. */
export function readEvaluationRow(
  context: Excel.RequestContext,
  rubricId: string,
  rowIndex: number,
): Promise<EvaluationRowRead> {
  return readRow(context, rubricId, rowIndex);
}

/** The last data row of a rubric's evaluations table, in one sync. */
export function readLastEvaluationRow(context: Excel.RequestContext, rubricId: string): Promise<EvaluationRowRead> {
  return readRow(context, rubricId, "last");
}

async function readRow(
  context: Excel.RequestContext,
  rubricId: string,
  which: number | "last",
): Promise<EvaluationRowRead> {
  if (which !== "last" && (!Number.isInteger(which) || which < 0)) {
    throw new Error(`row ${which} is outside the evaluations table`);
  }
  const table = context.workbook.tables.getItem(tableNames(rubricId).evaluations);
  const header = table.getHeaderRowRange().load("values,rowIndex");
  const labels = header.getOffsetRange(-1, 0).load("values");
  const body = table.getDataBodyRange().load("rowCount");
  // A row outside the table reads cells below it (or above it): checked before use.
  const row = (which === "last" ? body.getLastRow() : body.getRow(which)).load("values");
  await context.sync();
  const rowIndex = which === "last" ? body.rowCount - 1 : which;
  if (!Number.isInteger(rowIndex) || rowIndex < 0 || rowIndex >= body.rowCount) {
    throw new Error(`row ${rowIndex} is outside the evaluations table (${body.rowCount} rows)`);
  }

  const headers = header.values[0];
  const scores = scoreColumns(headers);
  const cells = row.values[0];
  const at: Partial<Record<EvaluationColumn, number>> = {};
  headers.forEach((h, i) => {
    const c = evaluationColumn(h);
    if (c !== undefined && at[c] === undefined) at[c] = i;
  });
  const get = (c: EvaluationColumn) => (at[c] === undefined ? null : cells[at[c]!]);
  const version = get("version");
  return {
    rowIndex,
    sheetRow: header.rowIndex + 2 + rowIndex,
    date: isoDate(get("date")),
    process: text(get("process")),
    person: text(get("person")),
    team: text(get("team")),
    reviewer: text(get("reviewer")),
    values: Object.fromEntries(scores.map((id) => [id, blankToNull(cells[headers.indexOf(id)])])),
    comment: text(get("comment")),
    version: typeof version === "number" ? version : null,
    total: get("total") as RawValue,
    points: get("points") as RawValue,
    band: get("band") as RawValue,
    retired: headers
      .filter((h, i) => evaluationColumn(h) === undefined && isRetiredLabel(labels.values[0][i]))
      .map(String),
  };
}

/**
 * The first row after `afterRow` (wrapping around, `afterRow` itself last) where an active (not retired) criterion
 * is blank; null when every row is scored. Empty rows (no input at all) are not evaluations and are passed over.
 * Pass afterRow -1 to start at the first row. Syncs as readEvaluations: two for a table within one chunk.
 */
export async function nextUnscoredRow(
  context: Excel.RequestContext,
  rubricId: string,
  afterRow: number,
  options: ReadEvaluationsOptions = {},
): Promise<number | null> {
  const read = await readEvaluations(context, rubricId, options);
  const retired = new Set(read.retired.map((id) => id.toUpperCase()));
  const active = read.scores.filter((id) => !retired.has(id.toUpperCase()));
  const unscored = read.rows
    .filter((row) => active.some((id) => classifyValue(row.values[id]) === null))
    .map((row) => row.rowIndex);
  if (unscored.length === 0) return null;
  return unscored.find((i) => i > afterRow) ?? unscored[0];
}

/** Selects row `rowIndex`'s first score cell (its Date cell when the table has no score column), in two syncs. */
export async function selectEvaluationRow(
  context: Excel.RequestContext,
  rubricId: string,
  rowIndex: number,
): Promise<void> {
  const table = context.workbook.tables.getItem(tableNames(rubricId).evaluations);
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("rowCount");
  await context.sync();
  if (!Number.isInteger(rowIndex) || rowIndex < 0 || rowIndex >= body.rowCount) {
    throw new Error(`row ${rowIndex} is outside the evaluations table (${body.rowCount} rows)`);
  }
  const first = header.values[0].findIndex((h) => evaluationColumn(h) === undefined);
  table.worksheet.activate();
  body.getCell(rowIndex, Math.max(first, 0)).select();
  await context.sync();
}
