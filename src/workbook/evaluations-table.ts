// The reads every operation on a rubric's evaluations table starts with, queued in one place: the table, its header
// row (and the label row above it), and its data body's size; after the next sync, the table's layout model.
import { EvaluationsLayout, evaluationsLayout } from "./evaluations-layout";
import { tableNames } from "./layout";

export interface QueuedEvaluationsTable {
  table: Excel.Table;
  header: Excel.Range;
  body: Excel.Range;
  /** After the sync: the layout, with retired columns when the label row was asked for. */
  layout: () => EvaluationsLayout;
}

export interface EvaluationsTableReads {
  /** Also the label row above the header (for retired columns). */
  labels?: boolean;
  /** Also the header's sheet row (header.rowIndex). */
  sheetRow?: boolean;
  /** Also the body's column count. */
  columnCount?: boolean;
}

/** Queues the header's values, the body's row count, and what `reads` asks for besides: no more than is used. */
export function queueEvaluationsTable(
  context: Excel.RequestContext,
  rubricId: string,
  reads: EvaluationsTableReads = {},
): QueuedEvaluationsTable {
  const table = context.workbook.tables.getItem(tableNames(rubricId).evaluations);
  const header = table.getHeaderRowRange().load(reads.sheetRow ? "values,rowIndex" : "values");
  const labels = reads.labels ? header.getOffsetRange(-1, 0).load("values") : undefined;
  const body = table.getDataBodyRange().load(reads.columnCount ? "rowCount,columnCount" : "rowCount");
  return { table, header, body, layout: () => evaluationsLayout(header.values[0], labels?.values[0]) };
}
