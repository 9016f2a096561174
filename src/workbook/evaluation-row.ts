// One evaluation row: reading it (one sync), finding the next row with an active criterion left blank, and moving
// the selection to a row.
import { classifyValue } from "../rubric/value";
import { EvaluationRow, ReadEvaluationsOptions, evaluationRow, formulaFields, readEvaluations } from "./evaluations";
import { checkRowIndex } from "./evaluations-layout";
import { queueEvaluationsTable } from "./evaluations-table";

export interface EvaluationRowRead extends EvaluationRow {
  /** Score columns marked retired in the label row. */
  retired: string[];
  /** 1-based sheet row number of the row, as Excel shows it. */
  sheetRow: number;
  /** Criterion ids (and "comment") whose cell holds a formula: the form says so before a save replaces it. */
  formulas: string[];
}

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
  if (which !== "last") checkRowIndex(which); // a negative or fractional row cannot even be queued
  const { header, body, layout: layoutOf } = queueEvaluationsTable(context, rubricId, { sheetRow: true });
  // A row outside the table reads cells below it (or above it): checked before use.
  const row = (which === "last" ? body.getLastRow() : body.getRow(which)).load("values,formulas");
  await context.sync();
  const rowIndex = which === "last" ? body.rowCount - 1 : which;
  checkRowIndex(rowIndex, body.rowCount);
  const layout = layoutOf();
  return {
    ...evaluationRow(layout, row.values[0], rowIndex),
    formulas: formulaFields(layout, row.formulas[0]),
    sheetRow: header.rowIndex + 2 + rowIndex,
    retired: layout.retired,
  };
}

/**
 * The first row after `afterRow` (wrapping around, `afterRow` itself last) where an active (not retired) criterion
 * is blank; null when every row is scored. Empty rows (no input at all) are not evaluations and are passed over, and
 * so are rows a filter hides: the reviewer is working through what the filter shows. Pass afterRow -1 to start at
 * the first row. Syncs as readEvaluations: two for a table within one chunk.
 */
export async function nextUnscoredRow(
  context: Excel.RequestContext,
  rubricId: string,
  afterRow: number,
  options: ReadEvaluationsOptions = {},
): Promise<number | null> {
  const read = await readEvaluations(context, rubricId, { ...options, visibility: true });
  const hidden = new Set(read.hidden);
  const retired = new Set(read.retired.map((id) => id.toUpperCase()));
  const active = read.scores.filter((id) => !retired.has(id.toUpperCase()));
  const unscored = read.rows
    .filter((row) => !hidden.has(row.rowIndex) && active.some((id) => classifyValue(row.values[id]) === null))
    .map((row) => row.rowIndex);
  if (unscored.length === 0) return null;
  return unscored.find((i) => i > afterRow) ?? unscored[0];
}

/** Selects row `rowIndex` of the table, all of it: the grid highlights the evaluation the pane is scoring, and the
 * selection read still finds it (its active cell is the row's first). Two syncs. */
export async function selectEvaluationRow(
  context: Excel.RequestContext,
  rubricId: string,
  rowIndex: number,
): Promise<void> {
  const { table, body } = queueEvaluationsTable(context, rubricId);
  await context.sync();
  checkRowIndex(rowIndex, body.rowCount);
  table.worksheet.activate();
  body.getRow(rowIndex).select();
  await context.sync();
}
