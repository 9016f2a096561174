// A trial: the rubric being tried (the draft with scratch edits, or any version), and how it reads past evaluations.
// A level's points is scoring data only through the evaluations that chose the level: a reviewer who picked
// "Done well" entered its points (7). Trying "Done well = 8" therefore reads every past 7 of that criterion as 8:
// the question a manager asks is "what if that level were worth more", not "what if nobody had chosen it".
import { indexOfCriterion } from "../change";
import { Rubric } from "../model";
import { ScratchEdit, applyScratchEdits } from "./scratch";

/** Past values of criterion `id` equal to from[k] are read as to[k] (all at once: a swap stays a swap). */
export interface Revaluation {
  id: string;
  from: number[];
  to: number[];
}

export interface Trial {
  rubric: Rubric;
  revalue: Revaluation[];
}

/** The trial of `edits` on `base` (no edits: `base` as it is, every value read as entered). */
export function trialOf(base: Rubric, edits: readonly ScratchEdit[] = []): Trial {
  const rubric = applyScratchEdits(base, edits);
  const revalue: Revaluation[] = [];
  const ids = new Set(edits.filter((e) => e.type === "set-level-points").map((e) => e.id.toUpperCase()));
  for (const id of ids) {
    const before = base.criteria[indexOfCriterion(base.criteria, id)]?.levels ?? [];
    const after = rubric.criteria[indexOfCriterion(rubric.criteria, id)]?.levels ?? [];
    const from: number[] = [];
    const to: number[] = [];
    before.forEach((level, k) => {
      const now = after[k];
      if (now && now.points !== level.points) {
        from.push(level.points);
        to.push(now.points);
      }
    });
    if (from.length > 0) revalue.push({ id, from, to });
  }
  return { rubric, revalue };
}
