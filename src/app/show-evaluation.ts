// Brings the evaluation the form shows into view: activates its sheet and selects its row (found by its key, wherever
// sorting has moved it), e.g. after the reviewer scrolled away or went to another sheet.
import { findEvaluation, selectEvaluationRow } from "../workbook";
import { EvaluationRef } from "./evaluation-view";
import { defineUseCase } from "./use-case";

/** Resolves to the evaluation's reference as it is now. */
export const showEvaluation = defineUseCase("showEvaluation", (session, ref: EvaluationRef) =>
  session.run(async (context): Promise<EvaluationRef> => {
    const rowIndex = await findEvaluation(context, ref.rubricId, ref);
    await selectEvaluationRow(context, ref.rubricId, rowIndex);
    return { ...ref, rowIndex };
  }),
);
