// One evaluation row: reading it (one sync), finding the next row with an active criterion left blank, and moving
// the selection to a row.
import { classifyValue, isBlankCell } from "../rubric/value";
import { parseAddress } from "./address";
import { EvaluationRow, ReadEvaluationsOptions, evaluationRow, formulaFields, rowsPerChunk } from "./evaluations";
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

/** Rows of the first window nextUnscoredRow reads; each next window is twice as many. */
export const FIRST_WINDOW_ROWS = 1024;

/**
 * The first row after `afterRow` (wrapping around, `afterRow` itself last) where an active (not retired) criterion
 * is blank; null when every row is scored. Empty rows (no input at all) are not evaluations and are passed over, and
 * so are rows a filter hides: the reviewer is working through what the filter shows. Pass afterRow -1 to start at
 * the first row. Reads only the input columns, from `afterRow` on, in windows that double in size (1,024 rows, then
 * 2,048, ...): the next unscored row is usually near, so one sync for the table and one for a window, whatever the
 * table's size; a table with nothing left to score takes a few more.
 */
export async function nextUnscoredRow(
  context: Excel.RequestContext,
  rubricId: string,
  afterRow: number,
  options: ReadEvaluationsOptions = {},
): Promise<number | null> {
  const queued = queueEvaluationsTable(context, rubricId, { columnCount: true });
  await context.sync();
  const layout = queued.layout();
  const rows = queued.body.rowCount;
  if (layout.inputAt.length === 0 || rows === 0) return null;
  const retired = new Set(layout.retired.map((id) => id.toUpperCase()));
  const first = Math.min(...layout.inputAt);
  const span = Math.max(...layout.inputAt) - first + 1;
  const inputs = layout.inputAt.map((at) => at - first);
  const active = layout.scoreAt.filter((_, k) => !retired.has(layout.scores[k].toUpperCase())).map((at) => at - first);
  const blank = (v: unknown) => isBlankCell(v) || classifyValue(v) === null;
  const limit = rowsPerChunk(span, options.chunkRows);

  // Rows in the order they are looked at: after `afterRow` to the end, then from the first up to `afterRow`; a
  // table that fits one window is read whole, once.
  let size = Math.min(FIRST_WINDOW_ROWS, limit);
  const from = rows <= size ? 0 : Math.min(Math.max(afterRow + 1, 0), rows);
  const stretches: Array<[number, number]> = [
    [from, rows],
    [0, from],
  ];
  for (const [begin, end] of stretches) {
    for (let start = begin; start < end; start += size, size = Math.min(size * 2, limit)) {
      const count = Math.min(size, end - start);
      const window = queued.body.getCell(start, first).getResizedRange(count - 1, span - 1);
      window.load("values");
      const top = window.load("rowIndex");
      const visible = window.getColumn(0).getVisibleView().load("cellAddresses");
      // Windows are read one at a time on purpose: the first usually holds the answer.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      const shown = new Set(visible.cellAddresses.map((cells) => parseAddress(String(cells[0])).row - top.rowIndex));
      const unscored = window.values.flatMap((cells, r) =>
        shown.has(r) && !inputs.every((i) => isBlankCell(cells[i])) && active.some((i) => blank(cells[i]))
          ? [start + r]
          : [],
      );
      if (unscored.length > 0) return unscored.find((i) => i > afterRow) ?? unscored[0];
    }
  }
  return null;
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
