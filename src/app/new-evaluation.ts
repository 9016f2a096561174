// Starts a new evaluation under the last one (dated today, with the last row's person, team and reviewer) and
// selects it.
import { appendEvaluationRow, readLastEvaluationRow, selectEvaluationRow } from "../workbook";
import { requireRubric } from "./current-rubric";
import { evaluationView } from "./evaluation-view";
import { defineUseCase } from "./use-case";

/** Today as yyyy-mm-dd in the reviewer's time zone. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export const newEvaluation = defineUseCase("newEvaluation", (session) =>
  session.run(async (context) => {
    const { id } = await requireRubric(context);
    const last = await readLastEvaluationRow(context, id);
    const rowIndex = await appendEvaluationRow(context, id, {
      date: today(),
      person: last.person,
      team: last.team,
      reviewer: last.reviewer,
      values: {},
    });
    await selectEvaluationRow(context, id, rowIndex);
    return await evaluationView(context, { rubricId: id, rowIndex });
  }),
);
