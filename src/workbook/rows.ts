// Saving and appending evaluation rows: each writes its input cells (Date .. Comment, plus Rubric version for a new
// row) with one Range.values write, never the formula columns, and never TableRowCollection.add (which conflicts
// under co-authoring).
//
// Two syncs each, whatever the table's size: the first reads the header (so values land under their criterion id
// even after columns were inserted or moved) and the row's current cells; the second writes. Reading first also
// keeps what the caller did not send: a field left undefined, or a retired criterion's score absent from `values`,
// is written back unchanged instead of being blanked.
import { RawValue } from "../rubric/model";
import { cellNumber } from "../rubric/value";
import { cellAddress, parseAddress, rangeAddress } from "./address";
import { EvaluationInput, inputRow } from "./cells";
import { EvaluationsLayout, LEADING_COLUMNS, checkRowIndex, evaluationsLayout, inputSpan } from "./evaluations-layout";
import { queueEvaluationsTable } from "./evaluations-table";
import { SETTINGS_VALUE_COLUMN, settingRow, tableNames } from "./layout";

/** The row to write: what the caller gives, and the current cell where the caller gives nothing. */
function mergedRow(input: EvaluationInput, layout: EvaluationsLayout, current: readonly unknown[]): unknown[] {
  const given = new Set(Object.keys(input.values).map((id) => id.toUpperCase()));
  const row = inputRow(input, layout.scores);
  const keep = (at: number | undefined) => {
    if (at !== undefined) row[at] = current[at];
  };
  for (const column of LEADING_COLUMNS) if (input[column] === undefined) keep(layout.at[column]);
  layout.scores.forEach((id, k) => {
    if (!given.has(id.toUpperCase())) keep(layout.scoreAt[k]);
  });
  if (input.comment === undefined) keep(layout.at.comment);
  return row;
}

/** Writes the input cells of data row `rowIndex` (0 = first row under the header). */
export async function saveEvaluationRow(
  context: Excel.RequestContext,
  rubricId: string,
  rowIndex: number,
  input: EvaluationInput,
): Promise<void> {
  const { body, layout: layoutOf } = queueEvaluationsTable(context, rubricId);
  const row = body.getRow(rowIndex).load("values");
  await context.sync();
  checkRowIndex(rowIndex, body.rowCount);
  const layout = layoutOf();
  const span = inputSpan(layout);
  body.getCell(rowIndex, 0).getResizedRange(0, span.editable - 1).values = [mergedRow(input, layout, row.values[0])];
  await context.sync();
}

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/**
 * Adds an evaluation under the last one and returns its row index. The table grows with Table.resize (ExcelApi
 * 1.13); the new row gets the rubric's current version, the last row's number formats and a copy of its formulas
 * (structured references with @ are the same in every row). A table's one empty starting row is filled instead of adding.
 */
export async function appendEvaluationRow(
  context: Excel.RequestContext,
  rubricId: string,
  input: EvaluationInput,
): Promise<number> {
  const names = tableNames(rubricId);
  const table = context.workbook.tables.getItem(names.evaluations);
  const header = table.getHeaderRowRange().load("values");
  const whole = table.getRange().load("address");
  const last = table.getDataBodyRange().getLastRow().load("values,formulas,numberFormat");
  const versionCell = context.workbook.tables
    .getItem(names.criteria)
    .worksheet.getRange(cellAddress(settingRow("version"), SETTINGS_VALUE_COLUMN))
    .load("values");
  await context.sync();

  const layout = evaluationsLayout(header.values[0]);
  const span = inputSpan(layout);
  const box = parseAddress(whole.address);
  const dataRows = box.rows - 1;
  const lastInputs = last.values[0].slice(0, span.version + 1);
  const reuse = dataRows === 1 && lastInputs.every(isBlank);
  const version = input.version ?? cellNumber(versionCell.values[0][0]);
  const values: Record<string, RawValue> = { ...input.values };
  const row = [...inputRow({ ...input, values }, layout.scores), version ?? ""];
  const target = reuse ? box.row + 1 : box.row + box.rows;
  if (!reuse) {
    table.resize(rangeAddress(box.row, box.column, box.rows + 1, box.columns));
  }
  // Cells relative to the table's range (getCell may point below it): the row under the table or its empty row.
  const offset = target - box.row;
  // The new row gets the last row's number formats (dates, decimals of the total) before its values, whatever the
  // host does with formats when a table grows.
  if (!reuse) whole.getCell(offset, 0).getResizedRange(0, box.columns - 1).numberFormat = last.numberFormat;
  whole.getCell(offset, 0).getResizedRange(0, row.length - 1).values = [row];
  const { first, count } = span.formulas;
  const formulas = last.formulas[0].slice(first, first + count);
  if (!reuse && formulas.every((f) => typeof f === "string" && f.startsWith("="))) {
    whole.getCell(offset, first).getResizedRange(0, count - 1).formulas = [formulas];
  }
  await context.sync();
  return target - box.row - 1;
}
