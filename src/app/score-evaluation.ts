// Saves what the reviewer changed to the evaluation the form showed: found by its key wherever it is now (not
// wherever the selection is), and only the cells that changed are written.
import { EvaluationChanges, saveEvaluation } from "../workbook";
import { EvaluationRef } from "./evaluation-view";
import { defineUseCase } from "./use-case";

export type { EvaluationChanges } from "../workbook";

/** Resolves to the evaluation's reference as it is now (its row may have moved). */
export const scoreEvaluation = defineUseCase(
  "saveEvaluation",
  (session, ref: EvaluationRef, changes: EvaluationChanges) =>
    session.run(async (context): Promise<EvaluationRef> => {
      const rowIndex = await saveEvaluation(context, ref.rubricId, ref, changes);
      return { ...ref, rowIndex };
    }),
);
