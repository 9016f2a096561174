// The evaluation in the selected row, or null when the selection is outside every evaluations table.
import { selectionPosition } from "../workbook";
import { evaluationView } from "./evaluation-view";
import { defineUseCase } from "./use-case";

export const readSelectedEvaluation = defineUseCase("readEvaluation", (session) =>
  session.run(async (context) => {
    const { evaluation } = await selectionPosition(context);
    return evaluation === null ? null : await evaluationView(context, evaluation);
  }),
);
