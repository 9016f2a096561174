// The reads every operation on a rubric's evaluations table starts with, queued in one place: the table, its header
// row and the label row above it, its data body's size, and the criteria table's ids (which tell a criterion's
// score column from a column the user added); after the next sync, the table's layout model.
import { criteriaLayout } from "./criteria-layout";
import { EvaluationsLayout, evaluationsLayout } from "./evaluations-layout";
import { tableNames } from "./layout";

export interface QueuedEvaluationsTable {
  table: Excel.Table;
  header: Excel.Range;
  body: Excel.Range;
  /** After the sync: the layout, with retired columns and the user's own columns told apart. */
  layout: () => EvaluationsLayout;
}

export interface EvaluationsTableReads {
  /** Also the header's sheet row (header.rowIndex). */
  sheetRow?: boolean;
  /** Also the body's column count. */
  columnCount?: boolean;
}

/** The criterion ids in a criteria table's ID column (blank cells left out). */
function criterionIds(headers: readonly unknown[], rows: readonly (readonly unknown[])[]): string[] {
  const at = criteriaLayout(headers).columns.indexOf("id");
  if (at < 0) return [];
  return rows.map((row) => String(row[at] ?? "").trim()).filter((id) => id !== "");
}

/** Queues the header's values, the body's row count, and what `reads` asks for besides: no more than is used. */
export function queueEvaluationsTable(
  context: Excel.RequestContext,
  rubricId: string,
  reads: EvaluationsTableReads = {},
): QueuedEvaluationsTable {
  const names = tableNames(rubricId);
  const table = context.workbook.tables.getItem(names.evaluations);
  const header = table.getHeaderRowRange().load(reads.sheetRow ? "values,rowIndex" : "values");
  const labels = header.getOffsetRange(-1, 0).load("values");
  const body = table.getDataBodyRange().load(reads.columnCount ? "rowCount,columnCount" : "rowCount");
  const criteria = context.workbook.tables.getItem(names.criteria);
  const criteriaHeader = criteria.getHeaderRowRange().load("values");
  const criteriaBody = criteria.getDataBodyRange().load("values");
  return {
    table,
    header,
    body,
    layout: () =>
      evaluationsLayout(
        header.values[0],
        labels.values[0],
        criterionIds(criteriaHeader.values[0], criteriaBody.values),
      ),
  };
}
