// Everything the pane shows for the selection, read in two syncs whatever the workbook holds: where the selection is
// (selectionPosition's answer), the current rubric's tables, and the evaluation row under the active cell. Selection
// events fire often and spuriously, so this one read replaces a position read, a rubric read and a row read.
import { rangeAddress, parseAddress } from "./address";
import { EvaluationRowRead } from "./evaluation-row";
import { evaluationRow, formulaFields } from "./evaluations";
import { queueEvaluationsTable } from "./evaluations-table";
import { CRITERIA_PREFIX, EVALUATIONS_PREFIX, SelectionPosition, queueRubricIds, suffixOf } from "./locate";
import { ReadRubricResult, missingTables, queueRubric } from "./read-rubric";
import { tableNames, versionTableNames } from "./layout";
import { VersionTablesRead, queueVersionTables } from "./versions/tables";

const SHEET_COLUMNS = 16_384;

export interface SelectionRead {
  position: SelectionPosition;
  /** The current rubric (the selection's, else the first in the workbook) as read; null when there is none. */
  rubric: { id: string; read: ReadRubricResult; versions?: VersionTablesRead } | null;
  /** The evaluation row holding the active cell, as readEvaluationRow reads it; null outside every one. */
  row: EvaluationRowRead | null;
  /** The id of the active cell's worksheet (what Excel's change events name). */
  worksheetId: string;
}

interface QueuedRow {
  suffix: string;
  body: Excel.Range;
  /** The data row on the active cell's sheet row; a null object when that row is outside the table. */
  cells: Excel.Range;
  finish: (rowIndex: number, values: unknown[], formulas: unknown[]) => EvaluationRowRead;
}

export async function readSelection(context: Excel.RequestContext): Promise<SelectionRead> {
  // Sync 1: the tables, the active cell, and which tables are on its sheet.
  const tables = context.workbook.tables.load("items/name");
  const active = context.workbook.getActiveCell().load("address");
  const sheet = active.worksheet.load("id");
  const here = sheet.tables.load("items/name");
  await context.sync();

  const cell = parseAddress(active.address);
  const names = new Set(tables.items.map((t) => t.name.toLowerCase()));
  const hasCriteria = (suffix: string) => names.has(tableNames(suffix).criteria.toLowerCase());
  const onSheet = new Set(here.items.map((t) => t.name.toLowerCase()));
  // This sheet's rubric tables, in table order; evaluations without criteria are no rubric's.
  const local = tables.items.flatMap((table) => {
    const evaluations = suffixOf(table.name, EVALUATIONS_PREFIX);
    const suffix = evaluations || suffixOf(table.name, CRITERIA_PREFIX);
    if (!suffix || !onSheet.has(table.name.toLowerCase()) || !hasCriteria(suffix)) return [];
    return [{ suffix, evaluations: Boolean(evaluations) }];
  });
  const first = tables.items.map((t) => suffixOf(t.name, CRITERIA_PREFIX)).find((s) => s);

  // Sync 2: the rubric ids, each candidate rubric's tables, and the row under the active cell in each evaluations
  // table on this sheet (usually one rubric and one table).
  const ids = queueRubricIds(tables.items);
  const candidates = [...new Set([...local.map((l) => l.suffix), ...(local.length === 0 && first ? [first] : [])])];
  const rubrics = new Map(candidates.map((suffix) => [suffix, queueCandidate(context, suffix, names)]));
  const rows = local.filter((l) => l.evaluations).map(({ suffix }) => queueRow(context, suffix, cell.row));
  await context.sync();

  const idOf = ids();
  const id = (suffix: string) => idOf.get(suffix.toLowerCase()) ?? suffix;
  let row: EvaluationRowRead | null = null;
  let evaluation: SelectionPosition["evaluation"] = null;
  let found: string | undefined;
  for (const queued of rows) {
    const box = parseAddress(queued.body.address);
    const inside = cell.column >= box.column && cell.column < box.column + box.columns;
    if (!inside || queued.cells.isNullObject) continue;
    const rowIndex = cell.row - box.row;
    row = queued.finish(rowIndex, queued.cells.values[0], queued.cells.formulas[0]);
    evaluation = { rubricId: id(queued.suffix), rowIndex };
    found = queued.suffix;
    break;
  }
  const rubricId = evaluation?.rubricId ?? (local.length > 0 ? id(local[0].suffix) : null);
  // The current rubric, as currentRubric chooses it: the selected evaluation's, this sheet's, else the first.
  const chosen = found ?? local[0]?.suffix ?? first;
  const rubric = chosen === undefined ? null : { id: id(chosen), ...rubrics.get(chosen)!(id(chosen)) };
  return { position: { rubrics: [...idOf.values()], rubricId, evaluation }, rubric, row, worksheetId: sheet.id };
}

/** Queues a rubric's tables and its versions (when the workbook has them), or says which are missing (the bands
 * table, when a user deleted it). */
function queueCandidate(
  context: Excel.RequestContext,
  suffix: string,
  names: ReadonlySet<string>,
): (id: string) => { read: ReadRubricResult; versions?: VersionTablesRead } {
  const bands = tableNames(suffix).bands;
  if (!names.has(bands.toLowerCase())) return () => ({ read: missingTables([bands]) });
  const rubric = queueRubric(context, suffix);
  const hasVersions = Object.values(versionTableNames(suffix)).every((n) => names.has(n.toLowerCase()));
  const versions = hasVersions ? queueVersionTables(context, suffix) : undefined;
  return (id) => ({ read: rubric(id), versions: versions?.(id) });
}

/** Queues the evaluations table's layout and its data row on sheet row `sheetRow`, if the table spans it. */
function queueRow(context: Excel.RequestContext, suffix: string, sheetRow: number): QueuedRow {
  const { header, body, layout } = queueEvaluationsTable(context, suffix, { sheetRow: true });
  body.load("address");
  const cells = body.getIntersectionOrNullObject(rangeAddress(sheetRow, 0, 1, SHEET_COLUMNS));
  // isNullObject says whether the row crosses the table; it must be loaded.
  // eslint-disable-next-line office-addins/no-navigational-load
  cells.load("isNullObject,values,formulas");
  return {
    suffix,
    body,
    cells,
    finish: (rowIndex, values, formulas) => {
      const read = layout();
      return {
        ...evaluationRow(read, values, rowIndex),
        formulas: formulaFields(read, formulas),
        sheetRow: header.rowIndex + 2 + rowIndex,
        retired: read.retired,
      };
    },
  };
}
