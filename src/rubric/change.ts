// Rubric edits as commands: plain data that can be applied, compared, recorded and replayed (the version history
// builds on them). The pane emits one change; the edit-criteria use case applies it and writes the result.
import { Criterion, Rubric } from "./model";

/** The fields of a criterion the pane edits. */
export type CriterionPatch = Partial<Pick<Criterion, "label" | "weight" | "max" | "kind" | "allowNA" | "levels">>;

export type RubricChange =
  | { type: "add-criterion"; criterion: Criterion }
  | { type: "remove-criterion"; index: number }
  | { type: "move-criterion"; index: number; to: number }
  | { type: "update-criterion"; index: number; patch: CriterionPatch };

/** The rubric after a change (criteria only; nothing else changes). An index that is out of range changes nothing. */
export function applyChange(rubric: Rubric, change: RubricChange): Rubric {
  const criteria = [...rubric.criteria];
  switch (change.type) {
    case "add-criterion":
      criteria.push(change.criterion);
      break;
    case "remove-criterion":
      if (!criteria[change.index]) return rubric;
      criteria.splice(change.index, 1);
      break;
    case "move-criterion": {
      if (!criteria[change.index] || change.to < 0 || change.to >= criteria.length) return rubric;
      const [moved] = criteria.splice(change.index, 1);
      criteria.splice(change.to, 0, moved);
      break;
    }
    case "update-criterion": {
      const current = criteria[change.index];
      if (!current) return rubric;
      criteria[change.index] = { ...current, ...change.patch };
      break;
    }
  }
  return { ...rubric, criteria };
}

/** An id not yet used (ignoring case): C1, C2, ... */
export function freshCriterionId(rubric: Rubric): string {
  const used = new Set(rubric.criteria.map((c) => c.id.toUpperCase()));
  let n = rubric.criteria.length + 1;
  while (used.has(`C${n}`)) n++;
  return `C${n}`;
}
