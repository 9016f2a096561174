// Brings the evaluation the form shows into view: activates its sheet and selects its row, e.g. after the reviewer
// scrolled away or went to another sheet.
import { selectEvaluationRow } from "../workbook";
import { EvaluationRef } from "./evaluation-view";
import { defineUseCase } from "./use-case";

export const showEvaluation = defineUseCase("showEvaluation", (session, ref: EvaluationRef) =>
  session.run((context) => selectEvaluationRow(context, ref.rubricId, ref.rowIndex)),
);
