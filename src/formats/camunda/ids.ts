// The ids a Camunda modeller links by (a user task's linked form names the form by its id): the form id defaults to
// "rubric-<rubric id>" and may be set to the one the process already uses. Camunda ids are XML NCName-like (as the
// modellers check them): a letter or _, then letters, digits, -, _ and . — ASCII only, so every tool reads them.
// A problem is a code with parameters: the pane words it in its language (export.mappingProblem.<problem>).
import type { Rubric } from "../../rubric/model";

/** The default form id: "rubric-" and the rubric's id (ids are letters, digits, - and _, so it is a Camunda id). */
export const camundaFormId = (rubric: Pick<Rubric, "id">): string => `rubric-${rubric.id}`;

export const CAMUNDA_ID_PATTERN = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export type CamundaIdProblem =
  { problem: "formIdStart"; value: string } | { problem: "formIdCharacter"; value: string; character: string };

/** Why `id` is not a Camunda id (undefined when it is one). `id` is taken as typed: a blank one is the caller's. */
export function camundaIdProblem(id: string): CamundaIdProblem | undefined {
  if (CAMUNDA_ID_PATTERN.test(id)) return undefined;
  const first = [...id][0] ?? "";
  if (!/^[A-Za-z_]$/.test(first)) return { problem: "formIdStart", value: id };
  const character = [...id].find((c) => !/^[A-Za-z0-9_.-]$/.test(c)) ?? "";
  return { problem: "formIdCharacter", value: id, character };
}

/** The English words of a problem (logs, errors, tests). */
export function camundaIdText(p: CamundaIdProblem): string {
  return p.problem === "formIdStart"
    ? `form id ${JSON.stringify(p.value)} does not start with a letter or _`
    : `form id ${JSON.stringify(p.value)} contains ${JSON.stringify(p.character)} (allowed: letters, digits, -, _, .)`;
}
