// What the pane shows for the selection, in one read of two syncs: the current rubric (a manager may have changed a
// weight in the grid since), the selected evaluation, and where its row is, so that a change to that row can be told
// from any other. A row without a key gets one first, which takes more syncs (rare: a row typed by hand).
import { readSelection as readSelectionCells } from "../workbook";
import { EvaluationView, evaluationView, viewOf } from "./evaluation-view";
import { RowPlace } from "./row-change";
import { RubricState, rubricState } from "./rubric-state";
import { defineUseCase } from "./use-case";

export interface SelectionView {
  rubric: RubricState;
  /** null when the selection is outside every evaluations table. */
  evaluation: EvaluationView | null;
  /** Where the evaluation's row is; null with no evaluation. */
  place: RowPlace | null;
}

// Failing, this read fails the pane's rubric: it says so under readRubric's texts, with its Try again.
export const readSelection = defineUseCase("readRubric", (session) =>
  session.run(async (context): Promise<SelectionView> => {
    const read = await readSelectionCells(context);
    const rubric =
      read.rubric === null ? { rubric: null, problems: [] } : rubricState(read.rubric.read, read.rubric.versions);
    const at = read.position.evaluation;
    if (at === null || read.row === null) return { rubric, evaluation: null, place: null };
    const evaluation = read.row.key === "" ? await evaluationView(context, at) : viewOf(at, read.row);
    return { rubric, evaluation, place: { worksheetId: read.worksheetId, sheetRow: read.row.sheetRow } };
  }),
);
