// Saving and appending evaluations. Each cell is addressed by its column's header, never by position, so a column
// the user inserted, moved or added is left as it is; only the cells named are written (a formula the reviewer did
// not touch stays a formula), never the formula columns, and never TableRowCollection.add (which conflicts under
// co-authoring). A save finds its evaluation by key, wherever sorting or deleted rows have moved it.
import { newEvaluationKey } from "../rubric/evaluation-key";
import { RawValue } from "../rubric/model";
import { cellNumber, cellValue, isBlankCell } from "../rubric/value";
import { cellAddress, parseAddress, rangeAddress } from "./address";
import { EvaluationInput, dateCell } from "./cells";
import { SHEET_VOCABULARY } from "../rubric/vocabulary";
import {
  EvaluationColumn,
  EvaluationsLayout,
  FORMULA_COLUMNS,
  KEY_COLUMN,
  LEADING_COLUMNS,
} from "./evaluations-layout";
import { queueEvaluationsTable } from "./evaluations-table";
import { TEXT_FORMAT, evaluationTextColumns } from "./text-cells";
import { SETTINGS_VALUE_COLUMN, settingRow, tableNames } from "./layout";

/** The rubric sheet's Version setting: the latest published version, which new and first-saved rows are scored
 * under (queued; read after the next sync). */
function latestVersionCell(context: Excel.RequestContext, rubricId: string): Excel.Range {
  return context.workbook.tables
    .getItem(tableNames(rubricId).criteria)
    .worksheet.getRange(cellAddress(settingRow("version"), SETTINGS_VALUE_COLUMN))
    .load("values");
}

/** What a save writes: only the fields given. */
export interface EvaluationChanges {
  /** ISO text ("2024-05-02") is written as a date. */
  date?: string | number | null;
  process?: string;
  person?: string;
  team?: string;
  reviewer?: string;
  /** Scores by criterion id. */
  values?: Record<string, RawValue>;
  comment?: string;
}

/** Which evaluation: its key, and the data row it was read from (looked at first). */
export interface EvaluationTarget {
  key: string;
  rowIndex: number;
}

/** A fixed column's header in both languages, for a message about a header a user renamed or deleted. */
const headerNames = (column: EvaluationColumn) =>
  `"${SHEET_VOCABULARY.en.evaluations[column]}" ("${SHEET_VOCABULARY.zh.evaluations[column]}")`;

/** The cells to write, by column position. Nothing is written when a value has no column: an error names the
 * header it needs (renamed or deleted in the grid?), or the score's criterion. */
function cellsOf(changes: EvaluationChanges, layout: EvaluationsLayout): Map<number, unknown> {
  const cells = new Map<number, unknown>();
  const put = (at: number | undefined, value: unknown, what: string) => {
    if (at === undefined) throw new Error(`the evaluations table has no ${what} column: was its header renamed?`);
    cells.set(at, value);
  };
  for (const field of LEADING_COLUMNS) {
    const value = changes[field];
    if (value !== undefined) put(layout.at[field], field === "date" ? dateCell(value) : value, headerNames(field));
  }
  const scoreAt = new Map(layout.scores.map((id, k) => [id.toUpperCase(), layout.scoreAt[k]]));
  for (const [id, value] of Object.entries(changes.values ?? {})) {
    put(scoreAt.get(id.toUpperCase()), cellValue(value), `score "${id}"`);
  }
  if (changes.comment !== undefined) put(layout.at.comment, changes.comment, headerNames("comment"));
  return cells;
}

/** Queues each cell's value; a text column's cell gets the Text format first, so a comment "=2*21" or a name
 * "007" stays as typed (text-cells.ts). */
function writeCells(row: Excel.Range, layout: EvaluationsLayout, cells: Map<number, unknown>): void {
  const text = evaluationTextColumns(layout);
  for (const [column, value] of cells) {
    const cell = row.getCell(0, column);
    if (text[column]) cell.numberFormat = [[TEXT_FORMAT]];
    cell.values = [[value]];
  }
}

/** The data row holding `key`; an error when it is gone, or when two rows claim it. */
function rowOfKey(keys: readonly unknown[][], key: string): number {
  const found = keys.flatMap((row, i) => (String(row[0] ?? "").trim() === key ? [i] : []));
  if (found.length === 0) {
    throw new Error(`the evaluation ${key} is no longer in the evaluations table (was its row deleted?)`);
  }
  if (found.length > 1) {
    throw new Error(`rows ${found.map((i) => i + 1).join(" and ")} of the evaluations table share the key ${key}`);
  }
  return found[0];
}

/** Where a key was last seen: a data row, and that row's cells as just read (undefined when it is not a data row). */
interface Seen {
  rowIndex: number;
  cells: readonly unknown[] | undefined;
}

/** The row a valid `rowIndex` names, else the first: read before the table's size is known. */
const hintOf = (rowIndex: number) => (Number.isInteger(rowIndex) && rowIndex >= 0 ? rowIndex : 0);

/** The evaluation's data row: where it was seen when that row still holds its key, else wherever the key column
 * has it (one more sync); and its Rubric version cell, when the layout has one. */
async function locate(
  context: Excel.RequestContext,
  body: Excel.Range,
  at: { key: number; version?: number },
  key: string,
  seen: Seen,
): Promise<{ rowIndex: number; version: unknown }> {
  const versionOf = (cells: readonly unknown[] | undefined) => (at.version === undefined ? null : cells?.[at.version]);
  if (seen.cells && String(seen.cells[at.key] ?? "").trim() === key) {
    return { rowIndex: seen.rowIndex, version: versionOf(seen.cells) };
  }
  // The evaluation moved (sorted, rows inserted or deleted above it): find it by its key.
  const keys = body.getColumn(at.key).load("values");
  const versions = at.version === undefined ? undefined : body.getColumn(at.version).load("values");
  await context.sync();
  const rowIndex = rowOfKey(keys.values, key);
  return { rowIndex, version: versions?.values[rowIndex]?.[0] ?? null };
}

/** The data row of the evaluation with `target.key`, wherever it is now: one sync, two when it moved. */
export async function findEvaluation(
  context: Excel.RequestContext,
  rubricId: string,
  target: EvaluationTarget,
): Promise<number> {
  const queued = queueEvaluationsTable(context, rubricId);
  const hint = hintOf(target.rowIndex);
  const row = queued.body.getRow(hint).load("values");
  await context.sync();
  const keyAt = queued.layout().at[KEY_COLUMN];
  if (keyAt === undefined) throw new Error("the evaluations table has no Key column");
  const cells = hint < queued.body.rowCount ? row.values[0] : undefined;
  return (await locate(context, queued.body, { key: keyAt }, target.key, { rowIndex: hint, cells })).rowIndex;
}

/**
 * Writes `changes` to the evaluation with `target.key` and returns its data row. Two syncs when the evaluation is
 * still where it was read (the usual case), three when it moved. A row without a Rubric version (typed in the grid)
 * is stamped with the latest published version on its first save: from then on its total stays under it.
 */
export async function saveEvaluation(
  context: Excel.RequestContext,
  rubricId: string,
  target: EvaluationTarget,
  changes: EvaluationChanges,
): Promise<number> {
  if (target.key.trim() === "") throw new Error("the evaluation has no key yet: select its row again");
  const queued = queueEvaluationsTable(context, rubricId);
  const { body } = queued;
  const hint = hintOf(target.rowIndex);
  const row = body.getRow(hint).load("values");
  const latest = latestVersionCell(context, rubricId);
  await context.sync();
  const layout = queued.layout();
  const keyAt = layout.at[KEY_COLUMN];
  if (keyAt === undefined) throw new Error("the evaluations table has no Key column");
  const cells = cellsOf(changes, layout);

  const seen = { rowIndex: hint, cells: hint < body.rowCount ? row.values[0] : undefined };
  const found = await locate(context, body, { key: keyAt, version: layout.at.version }, target.key, seen);
  const rowIndex = found.rowIndex;
  const stamp = cellNumber(latest.values[0][0]);
  if (layout.at.version !== undefined && isBlankCell(found.version) && stamp !== undefined) {
    cells.set(layout.at.version, stamp);
  }
  writeCells(body.getRow(rowIndex), layout, cells);
  await context.sync();
  return rowIndex;
}

/**
 * Adds an evaluation under the last one, with a new key, and returns its data row. The table grows with
 * Table.resize (ExcelApi 1.13); the new row gets the rubric's current version, the last row's number formats and
 * the last row's formulas (structured references with @ are the same in every row). A table's one empty starting
 * row is filled instead. Two syncs. The key is random (10 letters or digits): two evaluations meeting on one is
 * below one in a trillion, and a save refuses a key that two rows claim.
 */
export async function appendEvaluationRow(
  context: Excel.RequestContext,
  rubricId: string,
  input: EvaluationInput,
): Promise<number> {
  const queued = queueEvaluationsTable(context, rubricId);
  const { table, header, body } = queued;
  header.load("address");
  table.load("showTotals");
  const last = body.getLastRow().load("values,formulas,numberFormat");
  const versionCell = latestVersionCell(context, rubricId);
  await context.sync();

  const layout = queued.layout();
  const keyAt = layout.at[KEY_COLUMN];
  if (keyAt === undefined) throw new Error("the evaluations table has no Key column");
  const top = parseAddress(header.address);
  const reuse = body.rowCount === 1 && layout.inputAt.every((i) => isBlankCell(last.values[0][i]));
  const rowIndex = reuse ? 0 : body.rowCount;
  const cells = cellsOf(input, layout);
  const version = input.version ?? cellNumber(versionCell.values[0][0]);
  if (layout.at.version !== undefined) cells.set(layout.at.version, version ?? "");
  // A key, once given, is never changed: the empty starting row may have one already.
  if (!reuse || isBlankCell(last.values[0][keyAt])) cells.set(keyAt, newEvaluationKey(new Set()));

  if (!reuse) {
    // The table's range includes a Total Row the user turned on: it stays under the new row.
    const totals = table.showTotals ? 1 : 0;
    table.resize(rangeAddress(top.row, top.column, body.rowCount + 2 + totals, top.columns));
  }
  // Cells relative to the header row: the new row may lie below the data body as it was queued.
  const newRow = header.getOffsetRange(rowIndex + 1, 0);
  if (!reuse) {
    // The last row's number formats (dates, decimals of the total), whatever the host does with formats when a
    // table grows, and its formulas in the columns that are formulas: Total, Points, Band, and the user's own
    // calculated columns. A formula typed into one input cell is not copied.
    newRow.numberFormat = last.numberFormat;
    const formulaColumns = [...FORMULA_COLUMNS.map((c) => layout.at[c]), ...layout.others];
    for (const column of formulaColumns) {
      const formula = column === undefined ? undefined : last.formulas[0][column];
      if (typeof formula === "string" && formula.startsWith("=")) newRow.getCell(0, column!).formulas = [[formula]];
    }
  }
  writeCells(newRow, layout, cells);
  await context.sync();
  return rowIndex;
}
