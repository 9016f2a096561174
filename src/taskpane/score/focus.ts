// Where keyboard focus goes in the scoring form. Opening an evaluation puts focus where the work is: the first
// criterion left blank; when every criterion is scored, the first required field still empty (or a malformed date);
// when nothing is missing, the first criterion (to review it). A criterion's focus target is its level group's tab
// stop (the chosen level, else the first) or its number box.
import { RawValue, Rubric } from "../../rubric/model";
import { classifyValue } from "../../rubric/value";
import { FieldProblem, IdentityField } from "./fields";
import { valueOf } from "./values";

export function focusCriterion(form: HTMLElement, id: string): boolean {
  const section = [...form.querySelectorAll<HTMLElement>("section[data-criterion]")].find(
    (s) => s.dataset.criterion === id,
  );
  const target = section?.querySelector<HTMLElement>('[role="radio"][tabindex="0"], input:not([disabled])');
  target?.focus();
  return Boolean(target);
}

export function focusField(form: HTMLElement, field: IdentityField): boolean {
  const target = form.querySelector<HTMLElement>(`input[data-field="${field}"]`);
  target?.focus();
  return Boolean(target);
}

export function focusStart(
  form: HTMLElement,
  rubric: Rubric,
  values: Readonly<Record<string, RawValue>>,
  problems: readonly [IdentityField, FieldProblem][],
): void {
  const unscored = rubric.criteria.find((c) => classifyValue(valueOf(values, c.id)) === null);
  if (unscored && focusCriterion(form, unscored.id)) return;
  if (problems.length > 0 && focusField(form, problems[0][0])) return;
  if (rubric.criteria.length > 0) focusCriterion(form, rubric.criteria[0].id);
}
