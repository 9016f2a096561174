// Scratch edits: what a manager tries in the what-if before touching the sheet, as plain data that can be compared,
// replayed and finally written to the draft. They are RubricChange commands (change.ts) where one fits: a weight
// (set-criterion-field weight), a band's From (set-band-field from), a criterion switched off (retire-criterion).
// A level's points is its own command: it names the level by position, and it also re-values the past evaluations
// that chose that level (see Trial).
import { RubricChange, applyChange, indexOfCriterion } from "../change";
import { Rubric } from "../model";

/** Level `level` (0-based, in the criterion's list) of criterion `id` is worth `points`. */
export interface LevelPointsEdit {
  type: "set-level-points";
  id: string;
  level: number;
  points: number;
}

export type ScratchEdit = RubricChange | LevelPointsEdit;

export const weightEdit = (id: string, weight: number): ScratchEdit => ({
  type: "set-criterion-field",
  id,
  field: "weight",
  value: weight,
});
export const bandFromEdit = (index: number, from: number | null): ScratchEdit => ({
  type: "set-band-field",
  index,
  field: "from",
  value: from,
});
export const switchOff = (id: string): ScratchEdit => ({ type: "retire-criterion", id });
export const levelPointsEdit = (id: string, level: number, points: number): ScratchEdit => ({
  type: "set-level-points",
  id,
  level,
  points,
});

/** What an edit sets: a later edit of the same target replaces the earlier one. undefined: it never replaces. */
export function editTarget(edit: ScratchEdit): string | undefined {
  switch (edit.type) {
    case "set-criterion-field":
      return `criterion ${edit.id.toUpperCase()} ${edit.field}`;
    case "set-band-field":
      return `band ${edit.index} ${edit.field}`;
    case "retire-criterion":
      return `criterion ${edit.id.toUpperCase()} off`;
    case "set-level-points":
      return `criterion ${edit.id.toUpperCase()} level ${edit.level}`;
    default:
      return undefined;
  }
}

/** The edits with `edit` in place of any earlier edit of its target (at the end: replaying keeps its effect). */
export function withEdit(edits: readonly ScratchEdit[], edit: ScratchEdit): ScratchEdit[] {
  const target = editTarget(edit);
  return [...(target === undefined ? edits : edits.filter((e) => editTarget(e) !== target)), edit];
}

/** The edits without those of `target` (as editTarget names it): switching a criterion back on, resetting a weight. */
export const withoutTarget = (edits: readonly ScratchEdit[], target: string): ScratchEdit[] =>
  edits.filter((e) => editTarget(e) !== target);

/** The edit as RubricChange commands on `rubric` (a level's points sets the criterion's whole levels list). */
function asChanges(rubric: Rubric, edit: ScratchEdit): RubricChange[] {
  if (edit.type !== "set-level-points") return [edit];
  const criterion = rubric.criteria[indexOfCriterion(rubric.criteria, edit.id)];
  const levels = criterion?.levels;
  if (!levels || !levels[edit.level]) return []; // as applyChange: what does not exist changes nothing
  const changed = levels.map((l, k) => (k === edit.level ? { ...l, points: edit.points } : l));
  return [{ type: "set-criterion-field", id: criterion.id, field: "levels", value: changed }];
}

/** The RubricChange commands that write the edits to the draft they were tried on ("Apply to draft"). */
export function draftChanges(draft: Rubric, edits: readonly ScratchEdit[]): RubricChange[] {
  const changes: RubricChange[] = [];
  let rubric = draft;
  for (const edit of edits) {
    for (const change of asChanges(rubric, edit)) {
      changes.push(change);
      rubric = applyChange(rubric, change);
    }
  }
  return changes;
}

/** The rubric after the edits. Applying never validates (the impact reports an invalid rubric as such). */
export function applyScratchEdits(rubric: Rubric, edits: readonly ScratchEdit[]): Rubric {
  return draftChanges(rubric, edits).reduce(applyChange, rubric);
}
