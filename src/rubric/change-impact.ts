// What a change can do to scores. "scoring": it can move a total, the points, or which band an evaluation falls in
// (so evaluations scored before and after may differ); "text": it changes only what people read. The band's label is
// text: every evaluation stays in the same band with the same points; only the name shown in the Band column changes.
import { BandField, CriterionField, RubricChange, indexOfCriterion } from "./change";
import { Criterion, Level, Rubric } from "./model";
import { same } from "./same";

export type Impact = "scoring" | "text";

const CRITERION_IMPACT: Record<Exclude<CriterionField, "levels">, Impact> = {
  id: "text", // only its case can change, and ids match ignoring case everywhere
  label: "text",
  description: "text",
  section: "text",
  kind: "scoring",
  weight: "scoring",
  max: "scoring",
  allowNA: "scoring", // NA turns from an error into a value, or back
};

const BAND_IMPACT: Record<BandField, Impact> = { from: "scoring", points: "scoring", label: "text" };

/** The impact of applying `change` to `rubric` (the rubric it is applied to, for the fields it changes). */
export function impactOf(rubric: Rubric, change: RubricChange): Impact {
  switch (change.type) {
    case "move-criterion":
    case "place-criterion":
    case "set-rubric-text":
      return "text"; // totals do not depend on the order of criteria
    case "set-band-field":
      return BAND_IMPACT[change.field];
    case "set-criterion-field": {
      const current = rubric.criteria[indexOfCriterion(rubric.criteria, change.id)];
      return fieldImpact(current, change.field, change.value);
    }
    case "update-criterion": {
      const current = rubric.criteria[change.index];
      const fields = Object.keys(change.patch) as (keyof typeof change.patch)[];
      const scoring = fields.some((f) => fieldImpact(current, f, change.patch[f]) === "scoring");
      return scoring ? "scoring" : "text";
    }
    default:
      return "scoring"; // criteria and bands added or removed, settings
  }
}

function fieldImpact(current: Criterion | undefined, field: CriterionField, value: unknown): Impact {
  if (current === undefined) return "text"; // applying it changes nothing
  if (same(current[field], value)) return "text";
  if (field !== "levels") return CRITERION_IMPACT[field];
  return samePoints(current.levels, value as Level[] | undefined) ? "text" : "scoring";
}

/** Levels are scoring data through their points: the sheet's validation lists them, and the Score tab's keys 1-9
 * enter the k-th level's points. Labels and descriptions are text. No levels and an empty list are alike. */
function samePoints(a: readonly Level[] = [], b: readonly Level[] = []): boolean {
  return a.length === b.length && a.every((level, i) => same(level.points, b[i].points));
}
