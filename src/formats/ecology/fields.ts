// The names e-cology's database knows the form's fields by: the fixed main-table and detail-table fields, the
// per-criterion score fields derived from criterion ids, and the decimal places of the computed numbers.
import { Criterion, Rubric } from "../../rubric/model";

/** The longest field name e-cology accepts on every database it supports (Oracle: 30). */
export const ECOLOGY_FIELD_NAME_MAX = 30;
export const ECOLOGY_FIELD_NAME_PATTERN = /^[a-z][a-z0-9_]{0,29}$/;
/** Decimal places of the detail contributions and of the sum check. */
export const contributionDecimals = (rubric: Rubric): number => Math.min(6, rubric.settings.decimals + 2);
/** Decimal places of the factor K. */
export const FACTOR_DECIMALS = 6;

/** Fixed main-table fields: their keys are their default field names. */
export const MAIN_FIELDS = {
  process: "process_name",
  person: "person_name",
  team: "team_name",
  reviewer: "reviewer_name",
  date: "eval_date",
  total: "total_score",
  points: "band_points",
  band: "band_label",
  totalCheck: "total_check",
  rubricId: "rubric_id",
  rubricVersion: "rubric_version",
  comment: "eval_comment",
} as const;

export const DETAIL_FIELDS = {
  criterion: "crit_id",
  label: "crit_label",
  kind: "crit_kind",
  weight: "crit_weight",
  max: "crit_max",
  score: "crit_score",
  factor: "crit_factor",
  contribution: "crit_contrib",
} as const;

/** Default field names of the per-criterion main fields: `score_<id in lower case>`, at most 30 characters,
 * unique (a numbered suffix where shortening makes two alike). Keyed by criterion id. */
export function criterionFieldNames(criteria: readonly Pick<Criterion, "id">[]): Map<string, string> {
  const taken = new Set<string>([...Object.values(MAIN_FIELDS)]);
  const names = new Map<string, string>();
  for (const c of criteria) {
    const base = `score_${c.id.toLowerCase().replace(/[^a-z0-9_]/g, "_")}`;
    let name = base.slice(0, ECOLOGY_FIELD_NAME_MAX);
    for (let n = 2; taken.has(name); n++) {
      const suffix = `_${n}`;
      name = base.slice(0, ECOLOGY_FIELD_NAME_MAX - suffix.length).replace(/_+$/, "") + suffix;
    }
    taken.add(name);
    names.set(c.id, name);
  }
  return names;
}
