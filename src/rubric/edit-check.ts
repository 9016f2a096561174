// Which problems an edit adds: an edit is refused when it makes the rubric invalid, but not for problems the draft
// had before (a manager fixes those one at a time). The pane and the use cases ask the same question, so the pane
// refuses exactly what the workbook would.
import { Rubric } from "./model";
import { Problem, describeProblem } from "./problem";
import { validateRubric } from "./validate";

/** The problems of `after` that `before` did not have, compared as text ("PREP: max must be > 0"). */
export function problemsAdded(before: Rubric, after: Rubric): Problem[] {
  const had = new Set(validateRubric(before).map((p) => describeProblem(p)));
  return validateRubric(after).filter((p) => !had.has(describeProblem(p)));
}

/** Throws "the change would make the rubric invalid: …" naming every problem the edit adds. */
export function refuseInvalidEdit(before: Rubric, after: Rubric): void {
  const added = problemsAdded(before, after).map((p) => describeProblem(p));
  if (added.length > 0) throw new Error(`the change would make the rubric invalid: ${added.join("; ")}`);
}

/** The settings a manager edits in the pane; a field left out stays as it is. */
export interface SettingsEdit {
  title?: string;
  description?: string;
  scale?: number;
  decimals?: number;
}

/** The rubric with the edit's settings in place (an empty description is no description). */
export function withSettings(rubric: Rubric, edit: SettingsEdit): Rubric {
  const next: Rubric = {
    ...rubric,
    title: edit.title ?? rubric.title,
    settings: { scale: edit.scale ?? rubric.settings.scale, decimals: edit.decimals ?? rubric.settings.decimals },
  };
  const description = edit.description ?? rubric.description;
  if (description) next.description = description;
  else delete next.description;
  return next;
}
