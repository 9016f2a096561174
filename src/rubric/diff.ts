// Every difference between two versions of a rubric (or the draft and the latest version), computed, never typed:
// a list of commands that turns `from` into `to`, each classified as scoring or text (change-impact.ts).
//
// Content and normal form: a diff compares title, description, settings, criteria (in order) and bands (in order);
// id, version and status are the version's identity, not content. Values compare as same.ts says (an absent field
// equals an undefined one, 0 equals -0). So applyChanges(from, commands of diffRubrics(from, to)) has the content of
// `to`, and diffRubrics(a, b) is empty exactly when a and b have the same content.
//
// Order: settings, then title and description, then criteria in the new order (each one's placement, then its fields
// in CRITERION_FIELDS order), then retired criteria in the old order, then bands from the lowest. No text for people
// is built here: the pane words each change from its type and fields.
import { RubricChange, SETTINGS_FIELDS, RUBRIC_TEXT_FIELDS, applyChange } from "./change";
import { Impact, impactOf } from "./change-impact";
import { diffBands } from "./diff-bands";
import { diffCriteria } from "./diff-criteria";
import { Band, Criterion, Level, Rubric } from "./model";
import { same } from "./same";

/** A value shown beside a change: a field's value, a position, or the criterion or band added or removed. */
export type ChangeValue = string | number | boolean | null | readonly Level[] | Criterion | Band | undefined;

/** A command and what it was and becomes, for display:
 * - a field set: the old and the new value;
 * - a criterion or band added: `after` is it; removed: `before` is it;
 * - a criterion placed: its old and new position (0-based). */
export interface DiffStep {
  change: RubricChange;
  before?: ChangeValue;
  after?: ChangeValue;
}

export interface ClassifiedChange extends DiffStep {
  impact: Impact;
}

/** Every change from `from` to `to`. Criteria match by id ignoring case, so ids must be unique ignoring case in each
 * (as validation requires); a RangeError says which id repeats. Bands match as diff-bands.ts says. */
export function diffRubrics(from: Rubric, to: Rubric): ClassifiedChange[] {
  const steps: DiffStep[] = [];
  for (const field of SETTINGS_FIELDS) {
    const [before, after] = [from.settings[field], to.settings[field]];
    if (!same(before, after)) steps.push({ change: { type: "set-setting", field, value: after }, before, after });
  }
  for (const field of RUBRIC_TEXT_FIELDS) {
    const [before, after] = [from[field], to[field]];
    const change = { type: "set-rubric-text", field, value: after } as RubricChange;
    if (!same(before, after)) steps.push({ change, before, after });
  }
  steps.push(...diffCriteria(from.criteria, to.criteria), ...diffBands(from.bands, to.bands));
  // Each change is classified against the rubric it applies to: the one the earlier changes made.
  let current = from;
  return steps.map((step) => {
    const impact = impactOf(current, step.change);
    current = applyChange(current, step.change);
    return { ...step, impact };
  });
}

/** The commands of some classified changes, in order: what applyChanges takes. */
export const commandsOf = (changes: readonly ClassifiedChange[]): RubricChange[] => changes.map((c) => c.change);
