// The domain validator's problems as the pane shows them next to a field: found by where the problem is (its scope,
// index and field), worded by the pane in its own language from the values the form holds. Problems the pane has no
// words for are kept whole, so nothing the engine refuses goes unsaid.
import { Problem } from "../../rubric/problem";

/** A pane text: its key under "rubric.fieldProblem" and its parameters. */
export type FieldProblemKey =
  | "label"
  | "weight"
  | "max"
  | "levelLabel"
  | "number"
  | "levelOutside"
  | "levelRepeats"
  | "bandOpen"
  | "bandAbove"
  | "title"
  | "scale"
  | "decimals"
  | "other";

export interface FieldText {
  key: FieldProblemKey;
  params?: Record<string, string | number>;
}

/** "levels[2].points" -> ["levels", 2, "points"]; "weight" -> ["weight"]. */
export function fieldPath(field: string | undefined): [string, number?, string?] {
  const match = /^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?$/.exec(field ?? "");
  if (!match) return [field ?? ""];
  return [match[1], match[2] === undefined ? undefined : Number(match[2]), match[3]];
}

/** Problems of one criterion (its index), by field ("weight", "levels[2].points"), and those of the criteria as a
 * whole (no score criterion, weights summing to 0). */
export function criterionProblems(problems: readonly Problem[], index: number) {
  const byField = new Map<string, Problem>();
  const general: Problem[] = [];
  for (const p of problems) {
    const { scope, index: at, field } = p.location;
    if (scope === "criterion" && at === index && field && !byField.has(field)) byField.set(field, p);
    else if (scope === "criteria") general.push(p);
    else if (scope === "criterion" && at === index) general.push(p);
  }
  return { byField, general };
}

/** A criterion field's problem in the pane's words. */
export function criterionFieldText(field: string, values: { max: number; points?: number }): FieldText {
  const [base, , sub] = fieldPath(field);
  if (base === "label") return { key: "label" };
  if (base === "weight") return { key: "weight" };
  if (base === "max") return { key: "max" };
  if (base === "levels" && sub === "label") return { key: "levelLabel" };
  if (base === "levels" && sub === "points") {
    const points = values.points;
    if (points === undefined || !Number.isFinite(points)) return { key: "number" };
    if (points < 0 || !(points <= values.max)) return { key: "levelOutside", params: { max: values.max } };
    return { key: "levelRepeats" };
  }
  return { key: "other" };
}

/** A band field's problem in the pane's words. */
export function bandFieldText(field: string, from: number | null, previous: number | null | undefined): FieldText {
  if (field === "points") return { key: "number" };
  if (from === null) return { key: "bandOpen" };
  if (!Number.isFinite(from)) return { key: "number" };
  if (previous !== null && previous !== undefined) return { key: "bandAbove", params: { previous } };
  return { key: "other" };
}

/** A setting's problem in the pane's words. */
export function settingFieldText(field: string): FieldText {
  if (field === "title") return { key: "title" };
  if (field === "scale") return { key: "scale" };
  if (field === "decimals") return { key: "decimals" };
  return { key: "other" };
}
