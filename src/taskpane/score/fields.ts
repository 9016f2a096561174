// Who and what an evaluation is about: Date, Process, Person, Team, Reviewer. The fields the e-cology export
// refuses a row without (formats/ecology/payload.ts: a yyyy-mm-dd date, process, person, reviewer) are required here
// too, so a row the pane saved is a row the export takes.
import type { EvaluationView } from "../../app/evaluation-view";

export const IDENTITY_FIELDS = ["date", "process", "person", "team", "reviewer"] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];

export const REQUIRED_FIELDS: ReadonlySet<IdentityField> = new Set<IdentityField>([
  "date",
  "process",
  "person",
  "reviewer",
]);

export type FieldProblem = "required" | "notADate";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a calendar date written yyyy-mm-dd (2024-02-30 is not). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** What keeps a field from being saved, or null. */
export function fieldProblem(field: IdentityField, value: string): FieldProblem | null {
  if (value.trim() === "") return REQUIRED_FIELDS.has(field) ? "required" : null;
  return field === "date" && !isIsoDate(value) ? "notADate" : null;
}

/** The fields with a problem, in the form's order. */
export function identityProblems(view: Pick<EvaluationView, IdentityField>): [IdentityField, FieldProblem][] {
  return IDENTITY_FIELDS.flatMap((f) => {
    const problem = fieldProblem(f, view[f]);
    return problem ? [[f, problem] as [IdentityField, FieldProblem]] : [];
  });
}
