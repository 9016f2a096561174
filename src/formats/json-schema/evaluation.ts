// A JSON Schema (draft-07) for one scored evaluation as a workflow system receives it, built from the rubric.
//
// The schema is plain data: the rubric's texts only ever appear as JSON string values (title, description, const),
// never as property names other than criterion ids (which validateRubric restricts to letters, digits and "_").
// It is produced for other programs to validate with; the add-in itself never compiles it (no eval at run time).
import { Criterion, Rubric } from "../../rubric/model";
import { describeProblem } from "../../rubric/problem";
import { validateRubric } from "../../rubric/validate";
import { formatLevels } from "../../rubric/levels";
import { COMMENT_MAX_LENGTH, ISO_DATE_PATTERN, NAME_MAX_LENGTH } from "../limits";

export const EVALUATION_SCHEMA_ID_PREFIX = "urn:rubric-workbench:evaluation:";

/** The properties every evaluation has besides its criterion scores, in order. */
export const EVALUATION_FIELDS = [
  "process",
  "person",
  "team",
  "reviewer",
  "date",
  "comment",
  "rubricId",
  "rubricVersion",
] as const;

/** The not-applicable mark, as the schema and the workflow exports write it. */
export const NA_TEXT = "NA";

/** `urn:rubric-workbench:evaluation:<rubric id>:<version>`. */
export function evaluationSchemaId(rubric: Pick<Rubric, "id" | "version">): string {
  return `${EVALUATION_SCHEMA_ID_PREFIX}${rubric.id}:${rubric.version}`;
}

/** Problems that prevent building an evaluation schema (or a workflow export) for the rubric: its own rule
 * problems, and criterion ids that clash with the evaluation's other properties. Empty when there are none. */
export function evaluationSchemaProblems(rubric: Rubric): string[] {
  const problems = validateRubric(rubric).map((p) => describeProblem(p));
  const reserved = new Set<string>(EVALUATION_FIELDS.map((f) => f.toUpperCase()));
  for (const c of rubric.criteria ?? []) {
    if (typeof c.id === "string" && reserved.has(c.id.toUpperCase())) {
      problems.push(`${c.id}: a criterion id may not be ${EVALUATION_FIELDS.join(", ")} (ignoring case)`);
    }
  }
  return problems;
}

const numberRange = (c: Criterion) => ({ type: "number", minimum: 0, maximum: c.max });

/** The schema of one criterion's score. */
function criterionSchema(c: Criterion): Record<string, unknown> {
  const value: Record<string, unknown> =
    c.levels && c.levels.length > 0 ? { type: "number", enum: c.levels.map((l) => l.points) } : numberRange(c);
  const described: Record<string, unknown> = { title: c.label, description: criterionDescription(c) };
  if (!c.allowNA) return { ...described, ...value };
  return { ...described, anyOf: [value, { type: "string", const: NA_TEXT }] };
}

function criterionDescription(c: Criterion): string {
  const parts: string[] = [];
  if (c.description !== undefined && c.description.trim() !== "") parts.push(c.description);
  const kind = c.kind === "score" ? `weight ${c.weight}` : `${c.kind}, ${c.weight} points at full marks`;
  parts.push(`Criterion ${c.id} (${kind}): a number from 0 to ${c.max}${c.allowNA ? `, or "${NA_TEXT}"` : ""}.`);
  if (c.levels && c.levels.length > 0) parts.push(`Levels: ${formatLevels(c.levels)}.`);
  return parts.join(" ");
}

/**
 * The JSON Schema (draft-07) of one scored evaluation of `rubric`: process, person, team, reviewer, date,
 * optional comment, the rubric's id and version (constants), and one property per criterion id (a number in
 * 0..max, one of the level points where the criterion has levels, or "NA" where allowed). No other properties.
 * Throws a RangeError naming every problem when the rubric is invalid or a criterion id clashes with a property.
 */
export function evaluationSchema(rubric: Rubric): Record<string, unknown> {
  const problems = evaluationSchemaProblems(rubric);
  if (problems.length > 0) throw new RangeError(`cannot describe evaluations of this rubric: ${problems.join("; ")}`);
  const name = (title: string, minLength: number) => ({ title, type: "string", minLength, maxLength: NAME_MAX_LENGTH });
  const properties: Record<string, unknown> = {
    process: name("Process", 1),
    person: name("Person", 1),
    team: name("Team", 0),
    reviewer: name("Reviewer", 1),
    date: { title: "Date", type: "string", format: "date", pattern: ISO_DATE_PATTERN },
    comment: { title: "Comment", type: "string", maxLength: COMMENT_MAX_LENGTH },
    rubricId: { title: "Rubric id", type: "string", const: rubric.id },
    rubricVersion: { title: "Rubric version", type: "integer", const: rubric.version },
  };
  for (const c of rubric.criteria) properties[c.id] = criterionSchema(c);
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: evaluationSchemaId(rubric),
    title: rubric.title,
    description:
      (rubric.description !== undefined && rubric.description.trim() !== "" ? `${rubric.description} ` : "") +
      `One scored evaluation for rubric ${rubric.id}, version ${rubric.version}. Scores are raw values by ` +
      `criterion id; the total, points and band are computed by Rubric Workbench.`,
    type: "object",
    additionalProperties: false,
    required: [...EVALUATION_FIELDS.filter((f) => f !== "comment"), ...rubric.criteria.map((c) => c.id)],
    properties,
  };
}
