// What the reviewer changed in the form: only these cells are saved, so a cell the reviewer did not touch keeps
// whatever it holds (a formula, a value a co-author typed meanwhile).
import type { EvaluationChanges } from "../../app/score-evaluation";
import type { EvaluationView } from "../../app/evaluation-view";
import { cellValue } from "../../rubric/value";
import { IDENTITY_FIELDS } from "./fields";

/** The fields of `edited` that differ from `shown` (as the sheet will hold them); everything when nothing was shown. */
export function changesOf(shown: EvaluationView | null, edited: EvaluationView): EvaluationChanges {
  const values: EvaluationChanges["values"] = {};
  for (const [id, raw] of Object.entries(edited.values)) {
    const value = cellValue(raw);
    if (!shown || cellValue(shown.values[id]) !== value) values[id] = value;
  }
  const changes: EvaluationChanges = { values };
  for (const field of IDENTITY_FIELDS) {
    if (!shown || shown[field] !== edited[field]) changes[field] = edited[field];
  }
  if (!shown || shown.comment !== edited.comment) changes.comment = edited.comment;
  return changes;
}
