// A Camunda 8 form (form-js schema) for scoring one evaluation with a rubric: the identifying fields, one field per
// criterion (and an N/A checkbox where the criterion allows it), and FEEL expression fields that compute the total
// and the points with the engine's semantics (src/rubric/score.ts, round.ts, bands.ts). See docs/camunda.md.
//
// Safety: rubric text (title, labels, descriptions, level labels) only ever goes into plain JSON string properties,
// neutralised so form-js shows it rather than evaluating it (text.ts). FEEL expressions are built only from
// keys generated here (c_<id>, na_<id>: criterion ids are checked identifiers) and numbers.
import { EvaluationInput } from "../../rubric/evaluation";
import { Band, Criterion, RawValue, Rubric } from "../../rubric/model";
import { classifyValue, NA } from "../../rubric/value";
import { describeProblem } from "../../rubric/problem";
import { CRITERION_ID_PATTERN, validateRubric } from "../../rubric/validate";
import { ISO_DATE_PATTERN } from "../limits";
import { feelLet, feelName, feelNumber, feelRoundHalfAway, feelSum } from "./feel";
import { camundaFormId, camundaIdProblem, camundaIdText } from "./ids";
import { markdownText, plainLabel } from "./text";

export const CAMUNDA_SCHEMA_VERSION = 19;

/** A form-js component as far as this export uses it. */
export interface CamundaComponent {
  type: string;
  id: string;
  key?: string;
  label?: string;
  description?: string;
  text?: string;
  expression?: string;
  computeOn?: "change" | "presubmit";
  subtype?: string;
  dateLabel?: string;
  values?: { label: string; value: string }[];
  validate?: { required?: boolean; min?: number; max?: number };
  conditional?: { hide: string };
  defaultValue?: unknown;
}

export interface CamundaForm {
  type: "default";
  id: string;
  schemaVersion: number;
  executionPlatform: "Camunda Cloud";
  exporter: { name: string; version: string };
  components: CamundaComponent[];
}

/** Keys of the computed fields: the rounded total, the band's points, and the rubric version scored with. */
export const TOTAL_KEY = "total";
export const POINTS_KEY = "points";
export const VERSION_KEY = "rubric_version";

/** The form field (process variable) holding a criterion's raw value. */
export const criterionKey = (c: Pick<Criterion, "id">): string => feelName(`c_${checkedId(c.id)}`);
/** The checkbox (process variable) marking a criterion not applicable; only criteria that allow NA have one. */
export const naKey = (c: Pick<Criterion, "id">): string => feelName(`na_${checkedId(c.id)}`);

function checkedId(id: string): string {
  if (typeof id !== "string" || !CRITERION_ID_PATTERN.test(id)) throw new Error(`invalid criterion id: ${String(id)}`);
  return id;
}

export { camundaFormId } from "./ids";

/** Criteria with levels become radio groups, whose values are the level points as text ("7", "0.5"). */
const usesLevels = (c: Criterion): boolean => (c.levels?.length ?? 0) > 0;

export const levelValue = (points: number): string => String(points);

export interface CamundaFormOptions {
  /** The form id a user task links to; default camundaFormId(rubric). */
  formId?: string;
}

/**
 * The form-js schema for scoring with `rubric`. Throws when the rubric is invalid (the message lists the problems)
 * or the form id given is not a Camunda id.
 */
export function camundaForm(rubric: Rubric, options: CamundaFormOptions = {}): CamundaForm {
  const problems = validateRubric(rubric);
  if (problems.length > 0) throw new Error(`invalid rubric: ${problems.map((p) => describeProblem(p)).join("; ")}`);
  const id = options.formId ?? camundaFormId(rubric);
  const idProblem = camundaIdProblem(id);
  if (idProblem) throw new Error(`invalid ${camundaIdText(idProblem)}`);
  const components: CamundaComponent[] = [
    { type: "text", id: "Text_title", text: `# ${markdownText(rubric.title)}` },
    ...identityFields(),
  ];
  for (const c of rubric.criteria) components.push(...criterionFields(c));
  const total = totalFeel(rubric);
  components.push(
    { type: "expression", id: "Expression_total", key: TOTAL_KEY, expression: `=${total}`, computeOn: "change" },
    {
      type: "expression",
      id: "Expression_points",
      key: POINTS_KEY,
      expression: `=${pointsFeel(total, rubric.bands)}`,
      computeOn: "change",
    },
    {
      type: "expression",
      id: "Expression_rubric_version",
      key: VERSION_KEY,
      expression: `=${feelNumber(rubric.version)}`,
      computeOn: "change",
    },
    { type: "text", id: "Text_result", text: `=${resultText(rubric.settings.decimals)}` },
  );
  return {
    type: "default",
    id,
    schemaVersion: CAMUNDA_SCHEMA_VERSION,
    executionPlatform: "Camunda Cloud",
    exporter: { name: "Rubric Workbench", version: "0.1.0" },
    components,
  };
}

function identityFields(): CamundaComponent[] {
  const textfield = (key: string, label: string): CamundaComponent => ({
    type: "textfield",
    id: `Field_${key}`,
    key,
    label,
    validate: { required: true },
  });
  return [
    textfield("process", "Process"),
    textfield("person", "Person"),
    textfield("team", "Team"),
    textfield("reviewer", "Reviewer"),
    { type: "datetime", id: "Field_date", key: "date", subtype: "date", dateLabel: "Date" },
    { type: "textarea", id: "Field_comment", key: "comment", label: "Comment" },
  ];
}

const KIND_TEXT: Record<Criterion["kind"], string> = {
  score: "Score",
  bonus: "Bonus",
  penalty: "Penalty",
  gate: "Gate (fails below half of max)",
};

function criterionFields(c: Criterion): CamundaComponent[] {
  const key = criterionKey(c);
  const facts = [`${c.id}`, KIND_TEXT[c.kind], `weight ${c.weight}`, `0–${c.max}`];
  const description = plainLabel([c.description?.trim(), facts.join(" · ")].filter(Boolean).join(" — "));
  const labelled = { id: `Field_${key}`, key, label: plainLabel(c.label), description };
  const field: CamundaComponent = usesLevels(c)
    ? {
        type: "radio",
        ...labelled,
        values: c.levels!.map((level) => ({
          label: plainLabel(`${level.label} (${level.points})`),
          value: levelValue(level.points),
        })),
        validate: { required: true },
      }
    : { type: "number", ...labelled, validate: { required: true, min: 0, max: c.max } };
  if (!c.allowNA) return [field];
  const na = naKey(c);
  return [
    { type: "checkbox", id: `Field_${na}`, key: na, label: plainLabel(`${c.label}: not applicable (N/A)`) },
    { ...field, conditional: { hide: `=${na} = true` } },
  ];
}

/** The FEEL for the rounded total: null while any criterion is blank, a value is out of range, every score
 * criterion is N/A or the applicable score weights sum to 0; 0 when a gate fails. */
export function totalFeel(rubric: Rubric): string {
  const entries: [string, string][] = [];
  const blank: string[] = [];
  const bad: string[] = [];
  const terms = { weighted: [] as string[], weights: [] as string[], count: [] as string[] };
  const bonus: string[] = [];
  const penalty: string[] = [];
  const gates: string[] = [];
  rubric.criteria.forEach((c, index) => {
    const i = index + 1;
    const [v, a, f] = [`v${i}`, `a${i}`, `f${i}`];
    const key = criterionKey(c);
    entries.push([v, usesLevels(c) ? `if ${key} = null then null else number(${key})` : key]);
    entries.push([a, c.allowNA ? `${naKey(c)} = true` : "false"]);
    const max = feelNumber(c.max);
    // f is only used once no value is blank or out of range; N/A contributes nothing.
    entries.push([f, `if ${a} or ${v} = null then 0 else ${v} / ${max}`]);
    blank.push(`if ${a} or ${v} != null then 0 else 1`);
    bad.push(`not(${a}) and ${v} != null and (${v} < 0 or ${v} > ${max})`);
    const w = feelNumber(c.weight);
    switch (c.kind) {
      case "score":
        terms.weighted.push(`if ${a} then 0 else ${w} * ${f}`);
        terms.weights.push(`if ${a} then 0 else ${w}`);
        terms.count.push(`if ${a} then 0 else 1`);
        break;
      case "bonus":
        bonus.push(`if ${a} then 0 else ${w} * ${f}`);
        break;
      case "penalty":
        penalty.push(`if ${a} then 0 else ${w} * ${f}`);
        break;
      default:
        gates.push(`not(${a}) and ${f} < 0.5`);
    }
  });
  const any = (xs: string[]) => (xs.length === 0 ? "false" : xs.map((x) => `(${x})`).join(" or "));
  entries.push(
    ["blanks", feelSum(blank)],
    ["bad", any(bad)],
    ["weighted", feelSum(terms.weighted)],
    ["weightSum", feelSum(terms.weights)],
    ["scored", feelSum(terms.count)],
    ["bonus", feelSum(bonus)],
    ["penalty", feelSum(penalty)],
    ["gateFailed", any(gates)],
  );
  const scale = feelNumber(rubric.settings.scale);
  // max(0, base + bonus - penalty), with base = scale × weighted / weightSum, in the engine's order of operations.
  const rounded = feelLet(
    [
      ["u", `${scale} * weighted / weightSum + bonus - penalty`],
      ["r", feelRoundHalfAway("if u <= 0 then 0 else u", rubric.settings.decimals)],
    ],
    "r",
  );
  entries.push([
    "total",
    "if blanks > 0 or bad then null else if gateFailed then 0 else if scored = 0 or weightSum <= 0 then null " +
      `else ${rounded}`,
  ]);
  return feelLet(entries, "total");
}

/** The FEEL for the points of the band holding the rounded total (null when blank or below the lowest band). */
export function pointsFeel(total: string, bands: readonly Band[]): string {
  let chain = bands.length > 0 && bands[0].from === null ? feelNumber(bands[0].points) : "null";
  for (const band of bands) {
    if (band.from !== null) chain = `if t >= ${feelNumber(band.from)} then ${feelNumber(band.points)} else ${chain}`;
  }
  return feelLet(
    [
      ["t", total],
      ["p", `if t = null then null else ${chain}`],
    ],
    "p",
  );
}

/** "**Total:** 88.0 · **Points:** 2", or "—" for what is not computed yet. */
function resultText(decimals: number): string {
  const p = feelNumber(Number(`1e${decimals}`));
  const formatted =
    decimals === 0
      ? `string(${TOTAL_KEY})`
      : feelLet(
          [
            ["k", `floor(${TOTAL_KEY} * ${p} + 0.5)`],
            ["w", `floor(k / ${p})`],
            ["s", `string(w) + "." + substring(string(k - w * ${p} + ${p}), 2)`],
          ],
          "s",
        );
  return (
    `"**Total:** " + (if ${TOTAL_KEY} = null then "—" else ${formatted}) + ` +
    `" · **Points:** " + (if ${POINTS_KEY} = null then "—" else string(${POINTS_KEY}))`
  );
}

const ISO_DATE = new RegExp(ISO_DATE_PATTERN);

/** Form data (process variables) for an evaluation: numbers for number fields, level points as text for radio
 * groups, N/A as a checked box; identifying fields as given. Blank values are left out. */
export function camundaFormData(rubric: Rubric, evaluation: Partial<EvaluationInput>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const key of ["process", "person", "team", "reviewer", "comment"] as const) {
    const value = evaluation[key];
    if (typeof value === "string" && value !== "") data[key] = value;
  }
  if (typeof evaluation.date === "string" && ISO_DATE.test(evaluation.date)) data.date = evaluation.date;
  const byKey = new Map<string, RawValue>();
  for (const [id, value] of Object.entries(evaluation.values ?? {})) byKey.set(id.toUpperCase(), value);
  for (const c of rubric.criteria) {
    const v = classifyValue(byKey.get(c.id.toUpperCase()));
    if (c.allowNA) data[naKey(c)] = v === NA;
    if (typeof v === "number") data[criterionKey(c)] = usesLevels(c) ? levelValue(v) : v;
  }
  return data;
}
