// The criteria part of a version diff. Criteria match by id ignoring case. A criterion only in `to` is added, one
// only in `from` retired; one in both is placed when it moved, then each field that differs is set.
// "Moved" is decided as a person would: the longest run of criteria that kept their relative order stays put, the
// others moved (A B C D E -> B C D E A: A moved, not B, C, D and E).
import { CRITERION_FIELDS, CriterionFieldChange } from "./change";
import type { DiffStep } from "./diff";
import { Criterion } from "./model";
import { same } from "./same";

export function diffCriteria(from: readonly Criterion[], to: readonly Criterion[]): DiffStep[] {
  const oldIndex = indexById(from);
  const newIndex = indexById(to);
  const kept = to.map((c) => oldIndex.get(fold(c.id))).filter((i): i is number => i !== undefined);
  const staying = new Set(longestIncreasing(kept));
  const steps: DiffStep[] = [];
  to.forEach((criterion, i) => {
    // Placed after the criterion before it in `to`: applied in this order, every criterion lands in its place.
    const after = i === 0 ? null : to[i - 1].id;
    const j = oldIndex.get(fold(criterion.id));
    if (j === undefined) {
      steps.push({ change: { type: "add-criterion", criterion, after }, after: criterion });
      return;
    }
    if (!staying.has(j))
      steps.push({ change: { type: "place-criterion", id: criterion.id, after }, before: j, after: i });
    const old = from[j];
    for (const field of CRITERION_FIELDS) {
      if (same(old[field], criterion[field])) continue;
      const change = { type: "set-criterion-field", id: criterion.id, field, value: criterion[field] };
      steps.push({ change: change as CriterionFieldChange, before: old[field], after: criterion[field] });
    }
  });
  for (const old of from) {
    if (!newIndex.has(fold(old.id))) steps.push({ change: { type: "retire-criterion", id: old.id }, before: old });
  }
  return steps;
}

const fold = (id: string) => id.toUpperCase();

function indexById(criteria: readonly Criterion[]): Map<string, number> {
  const index = new Map<string, number>();
  criteria.forEach((c, i) => {
    if (index.has(fold(c.id))) throw new RangeError(`criterion id ${c.id} repeats (ids ignore case)`);
    index.set(fold(c.id), i);
  });
  return index;
}

/** The values of a longest strictly increasing subsequence (the earliest such, so the result is deterministic).
 * Quadratic: a rubric has tens of criteria. */
export function longestIncreasing(values: readonly number[]): number[] {
  const length = values.map(() => 1);
  const previous = values.map(() => -1);
  let end = -1;
  values.forEach((v, i) => {
    for (let k = 0; k < i; k++) {
      if (values[k] < v && length[k] + 1 > length[i]) {
        length[i] = length[k] + 1;
        previous[i] = k;
      }
    }
    if (end < 0 || length[i] > length[end]) end = i;
  });
  const result: number[] = [];
  for (let i = end; i >= 0; i = previous[i]) result.unshift(values[i]);
  return result;
}
