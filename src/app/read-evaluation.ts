// The evaluation the form shows, read again where it is now (found by its key): after a sort, a fill or a
// co-author's edit, the form keeps the evaluation it was showing, with its row as it is now, rather than whatever
// moved under the selection.
import { findEvaluation } from "../workbook";
import { EvaluationRef, evaluationView } from "./evaluation-view";
import { defineUseCase } from "./use-case";

export const readEvaluation = defineUseCase("readEvaluation", (session, ref: EvaluationRef) =>
  session.run(async (context) => {
    const rowIndex = await findEvaluation(context, ref.rubricId, ref);
    return evaluationView(context, { rubricId: ref.rubricId, rowIndex });
  }),
);
