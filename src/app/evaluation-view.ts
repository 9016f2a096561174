// One evaluation as the score form shows it, and where it sits in the workbook.
import { RawValue } from "../rubric/model";
import { EvaluationRowRead, WorkbookContext, readEvaluationRow } from "../workbook";

/** Which evaluation: its rubric and its data row (0 = first row of the evaluations table). */
export interface EvaluationRef {
  rubricId: string;
  rowIndex: number;
}

export interface EvaluationView {
  ref: EvaluationRef;
  /** Raw values keyed by criterion id, as the cells hold them (numbers, "NA", blank). */
  values: Record<string, RawValue>;
  comment: string;
  /** What identifies the row to the reviewer, e.g. "row 5 · Zhang Wei · 2024-05-02". */
  label: string;
}

function labelOf(row: EvaluationRowRead): string {
  return [`row ${row.sheetRow}`, row.person, row.date].filter((part) => part !== "").join(" · ");
}

/** Reads the evaluation at `ref` (one sync). */
export async function evaluationView(context: WorkbookContext, ref: EvaluationRef): Promise<EvaluationView> {
  const row = await readEvaluationRow(context, ref.rubricId, ref.rowIndex);
  return { ref, values: row.values, comment: row.comment, label: labelOf(row) };
}
