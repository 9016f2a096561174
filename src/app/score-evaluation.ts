// Saves the form's scores and comment to the evaluation the form showed (not to wherever the selection is now).
import { RawValue } from "../rubric/model";
import { saveEvaluationRow } from "../workbook";
import { EvaluationRef } from "./evaluation-view";
import { defineUseCase } from "./use-case";

export interface Scores {
  values: Record<string, RawValue>;
  comment: string;
}

export const scoreEvaluation = defineUseCase("saveEvaluation", (session, ref: EvaluationRef, scores: Scores) =>
  session.run((context) =>
    saveEvaluationRow(context, ref.rubricId, ref.rowIndex, { values: scores.values, comment: scores.comment }),
  ),
);
