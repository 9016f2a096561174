// Selects the next evaluation with a criterion left blank, after the one the form shows (or the selected one);
// null when every evaluation is scored.
import { nextUnscoredRow, selectEvaluationRow } from "../workbook";
import { requireRubric } from "./current-rubric";
import { EvaluationRef, evaluationView } from "./evaluation-view";
import { defineUseCase } from "./use-case";

export const nextUnscored = defineUseCase("nextUnscored", (session, shown: EvaluationRef | null) =>
  session.run(async (context) => {
    const { id, position } = await requireRubric(context);
    const selected = position.evaluation;
    const from = shown?.rubricId === id ? shown : selected?.rubricId === id ? selected : null;
    const rowIndex = await nextUnscoredRow(context, id, from?.rowIndex ?? -1);
    if (rowIndex === null) return null;
    await selectEvaluationRow(context, id, rowIndex);
    return await evaluationView(context, { rubricId: id, rowIndex });
  }),
);
