// One evaluation as the score form shows it, and where it sits in the workbook.
import { RawValue } from "../rubric/model";
import { EvaluationRowRead, WorkbookContext, giveEvaluationsKeys, readEvaluationRow } from "../workbook";

/** Which evaluation: its rubric, its stable key, and the data row it was read from (0 = first row of the
 * evaluations table; a save looks there first, then finds the key wherever the row moved). */
export interface EvaluationRef {
  rubricId: string;
  key: string;
  rowIndex: number;
}

export interface EvaluationView {
  ref: EvaluationRef;
  /** Raw values keyed by criterion id, as the cells hold them (numbers, "NA", blank). */
  values: Record<string, RawValue>;
  comment: string;
  /** What identifies the evaluation to the reviewer, with its sheet row: the pane words it in its language. */
  person: string;
  /** ISO date (yyyy-mm-dd), or the cell's text. */
  date: string;
  /** The workflow request number, as text ("007" stays "007"). */
  process: string;
  team: string;
  reviewer: string;
  /** Criterion ids (and "comment") whose cell holds a formula: saving a change there replaces the formula. */
  formulas: string[];
  /** The 1-based sheet row it was read from. */
  sheetRow: number;
  /** The rubric version it is scored under (null: none yet; it follows the latest until saved). */
  version: number | null;
}

/** Reads the evaluation in data row `rowIndex` (one sync); a row without a key (typed under the table by hand, or
 * in a table from before keys) gets one first. */
export async function evaluationView(
  context: WorkbookContext,
  at: { rubricId: string; rowIndex: number },
): Promise<EvaluationView> {
  let row = await readEvaluationRow(context, at.rubricId, at.rowIndex);
  if (row.key === "") {
    await giveEvaluationsKeys(context, at.rubricId);
    row = await readEvaluationRow(context, at.rubricId, at.rowIndex);
  }
  return viewOf(at, row);
}

/** The view of a row already read (one with its key). */
export function viewOf(at: { rubricId: string; rowIndex: number }, row: EvaluationRowRead): EvaluationView {
  return {
    ref: { ...at, key: row.key },
    values: row.values,
    comment: row.comment,
    person: row.person,
    date: row.date,
    process: row.process,
    team: row.team,
    reviewer: row.reviewer,
    formulas: row.formulas,
    sheetRow: row.sheetRow,
    version: row.version,
  };
}
