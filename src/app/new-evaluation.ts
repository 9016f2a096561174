// Starts a new evaluation under the last one and selects it: dated today, with the reviewer the pane remembers on
// this device and the Person and Team that reviewer last entered (not the last row's: that may be a colleague's).
// Process is left blank: each evaluation is its own workflow request, and the form requires it.
import { appendEvaluationRow, lastRowOfReviewer, selectEvaluationRow } from "../workbook";
import { requireRubric } from "./current-rubric";
import { evaluationView } from "./evaluation-view";
import { defineUseCase } from "./use-case";

/** Today as yyyy-mm-dd in the reviewer's time zone. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface NewEvaluationDefaults {
  /** The reviewer remembered for this rubric on this device; blank when none is (the form then asks for it). */
  reviewer?: string;
}

export const newEvaluation = defineUseCase("newEvaluation", (session, defaults: NewEvaluationDefaults = {}) =>
  session.run(async (context) => {
    const { id } = await requireRubric(context);
    const reviewer = defaults.reviewer?.trim() ?? "";
    const last = reviewer === "" ? null : await lastRowOfReviewer(context, id, reviewer);
    const rowIndex = await appendEvaluationRow(context, id, {
      date: today(),
      person: last?.person ?? "",
      team: last?.team ?? "",
      reviewer,
      values: {},
    });
    await selectEvaluationRow(context, id, rowIndex);
    return await evaluationView(context, { rubricId: id, rowIndex });
  }),
);
