// The data rows of the current rubric's evaluations table that the selection covers, ascending.
import { selectedEvaluationRows as coveredRows } from "../workbook";
import { requireRubric } from "./current-rubric";
import { defineUseCase } from "./use-case";

export const selectedEvaluationRows = defineUseCase("readEvaluations", (session) =>
  session.run(async (context) => coveredRows(context, (await requireRubric(context)).id)),
);
