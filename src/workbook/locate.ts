// Finding rubrics and the selected evaluation: which rubrics the workbook holds (by their criteria tables), and
// which evaluations table and data row the active cell is in. Two syncs each, whatever the workbook holds.
import { cellAddress, parseAddress } from "./address";
import { SETTINGS_VALUE_COLUMN, settingRow, tableSuffix } from "./layout";

export const CRITERIA_PREFIX = "Criteria_";
export const EVALUATIONS_PREFIX = "Evaluations_";

export interface SelectedEvaluation {
  rubricId: string;
  /** 0 = first data row of the evaluations table. */
  rowIndex: number;
}

/** The table suffix of a table named "<prefix><suffix>" (case-insensitive prefix); undefined for other names. */
export const suffixOf = (name: string, prefix: string) =>
  name.toLowerCase().startsWith(prefix.toLowerCase()) ? name.slice(prefix.length) : undefined;

/**
 * Queues a read of every criteria table's rubric ID cell (the settings block on its sheet); after the next sync,
 * the returned function gives each rubric's id by table suffix. The id is the ID cell's text when the tables are
 * named for it, else the suffix (readRubric then reports the mismatch).
 */
export function queueRubricIds(tables: readonly Excel.Table[]): () => Map<string, string> {
  const reads = tables.flatMap((table) => {
    const suffix = suffixOf(table.name, CRITERIA_PREFIX);
    if (suffix === undefined || suffix === "") return [];
    const cell = table.worksheet.getRange(cellAddress(settingRow("id"), SETTINGS_VALUE_COLUMN)).load("values");
    return [{ suffix, cell }];
  });
  return () => {
    const ids = new Map<string, string>();
    for (const { suffix, cell } of reads) {
      const text = String(cell.values[0][0] ?? "").trim();
      ids.set(suffix.toLowerCase(), text !== "" && tableSuffix(text) === suffix ? text : suffix);
    }
    return ids;
  };
}

/** The ids of the rubrics in the workbook, in table order (one per Criteria_<id> table). */
export async function findRubrics(context: Excel.RequestContext): Promise<string[]> {
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const ids = queueRubricIds(tables.items);
  await context.sync();
  return [...ids().values()];
}

/** Where the selection is: the rubrics present, the rubric whose sheet (rubric or evaluations) holds the active
 * cell, and the evaluation row it is in. */
export interface SelectionPosition {
  /** Every rubric id in the workbook, in table order. */
  rubrics: string[];
  /** The rubric whose criteria or evaluations table is on the active cell's sheet; null elsewhere. */
  rubricId: string | null;
  /** The evaluations data row holding the active cell; null outside every evaluations table's data rows. */
  evaluation: SelectedEvaluation | null;
}

/** Two syncs, whatever the workbook holds. */
export async function selectionPosition(context: Excel.RequestContext): Promise<SelectionPosition> {
  const tables = context.workbook.tables.load("items/name");
  const active = context.workbook.getActiveCell().load("address");
  await context.sync();
  const places = tables.items.flatMap((table) => {
    const evaluations = suffixOf(table.name, EVALUATIONS_PREFIX);
    const criteria = suffixOf(table.name, CRITERIA_PREFIX);
    const suffix = evaluations || criteria;
    if (!suffix) return [];
    const body = evaluations ? table.getDataBodyRange().load("address") : undefined;
    return [{ suffix, sheet: table.worksheet.load("name"), body }];
  });
  const ids = queueRubricIds(tables.items);
  await context.sync();

  const idOf = ids();
  const cell = parseAddress(active.address);
  let rubricId: string | null = null;
  let evaluation: SelectedEvaluation | null = null;
  for (const { suffix, sheet, body } of places) {
    const id = idOf.get(suffix.toLowerCase());
    if (id === undefined || sheet.name !== cell.sheet) continue; // evaluations without criteria are no rubric's
    rubricId ??= id;
    const box = body ? parseAddress(body.address) : undefined;
    if (
      box &&
      evaluation === null &&
      cell.row >= box.row &&
      cell.row < box.row + box.rows &&
      cell.column >= box.column &&
      cell.column < box.column + box.columns
    ) {
      evaluation = { rubricId: id, rowIndex: cell.row - box.row };
      rubricId = id;
    }
  }
  return { rubrics: [...idOf.values()], rubricId, evaluation };
}
