// Rubric edits as commands: plain data that can be applied, compared, recorded and replayed (the version history
// builds on them). Two families:
// - index commands (add/remove/move/update-criterion): what the pane emits for the row a manager edits;
// - id commands (place/retire/set-criterion-field) and band, settings and text commands: what a diff between two
//   versions records (diff.ts). Criteria are found by id ignoring case, so they survive reordering.
// Applying a command never validates: a draft may be invalid while it is edited.
import { Band, Criterion, Rubric, RubricSettings } from "./model";

/** The fields of a criterion the pane edits. */
export type CriterionPatch = Partial<Pick<Criterion, "label" | "weight" | "max" | "kind" | "allowNA" | "levels">>;

/** Every field of a criterion a version can change; `id` only in case (criteria match by id ignoring case). */
export const CRITERION_FIELDS = [
  "id",
  "label",
  "description",
  "kind",
  "weight",
  "max",
  "allowNA",
  "levels",
  "section",
] as const;
export type CriterionField = (typeof CRITERION_FIELDS)[number];

export const BAND_FIELDS = ["from", "points", "label"] as const;
export type BandField = (typeof BAND_FIELDS)[number];

export const SETTINGS_FIELDS = ["scale", "decimals"] as const satisfies readonly (keyof RubricSettings)[];
export const RUBRIC_TEXT_FIELDS = ["title", "description"] as const;
export type RubricTextField = (typeof RUBRIC_TEXT_FIELDS)[number];

/** One field set to a value; undefined removes an optional field. */
export type CriterionFieldChange = {
  [F in CriterionField]: { type: "set-criterion-field"; id: string; field: F; value: Criterion[F] };
}[CriterionField];

export type BandFieldChange = {
  [F in BandField]: { type: "set-band-field"; index: number; field: F; value: Band[F] };
}[BandField];

export type RubricChange =
  // The pane's commands. `after` (the id of the criterion it follows, null = first) places a new criterion;
  // without it the criterion is appended, as the pane adds one.
  | { type: "add-criterion"; criterion: Criterion; after?: string | null }
  | { type: "remove-criterion"; index: number }
  | { type: "move-criterion"; index: number; to: number }
  | { type: "update-criterion"; index: number; patch: CriterionPatch }
  // A diff's commands.
  | { type: "retire-criterion"; id: string }
  | { type: "place-criterion"; id: string; after: string | null }
  | CriterionFieldChange
  | { type: "add-band"; index: number; band: Band }
  | { type: "remove-band"; index: number }
  | BandFieldChange
  | { type: "set-setting"; field: keyof RubricSettings; value: number }
  | { type: "set-rubric-text"; field: "title"; value: string }
  | { type: "set-rubric-text"; field: "description"; value: string | undefined };

export type RubricChangeType = RubricChange["type"];

/** The rubric after a change. A criterion, band or index that does not exist changes nothing. */
export function applyChange(rubric: Rubric, change: RubricChange): Rubric {
  switch (change.type) {
    case "set-setting":
      return { ...rubric, settings: { ...rubric.settings, [change.field]: change.value } };
    case "set-rubric-text":
      return withField(rubric, change);
    case "add-band":
    case "remove-band":
    case "set-band-field":
      return { ...rubric, bands: applyBandChange(rubric.bands, change) };
    default: {
      const criteria = applyCriteriaChange(rubric.criteria, change);
      return criteria === rubric.criteria ? rubric : { ...rubric, criteria };
    }
  }
}

/** The rubric after each change in turn. */
export function applyChanges(rubric: Rubric, changes: readonly RubricChange[]): Rubric {
  return changes.reduce(applyChange, rubric);
}

type CriteriaChange = Exclude<RubricChange, BandChange | { type: "set-setting" | "set-rubric-text" }>;

function applyCriteriaChange(current: Criterion[], change: CriteriaChange): Criterion[] {
  const criteria = [...current];
  switch (change.type) {
    case "add-criterion":
      if (change.after === undefined) criteria.push(change.criterion);
      else criteria.splice(positionAfter(criteria, change.after), 0, change.criterion);
      return criteria;
    case "remove-criterion":
      if (!criteria[change.index]) return current;
      criteria.splice(change.index, 1);
      return criteria;
    case "move-criterion": {
      if (!criteria[change.index] || change.to < 0 || change.to >= criteria.length) return current;
      const [moved] = criteria.splice(change.index, 1);
      criteria.splice(change.to, 0, moved);
      return criteria;
    }
    case "update-criterion": {
      const criterion = criteria[change.index];
      if (!criterion) return current;
      criteria[change.index] = { ...criterion, ...change.patch };
      return criteria;
    }
    case "retire-criterion": {
      const index = indexOfCriterion(criteria, change.id);
      if (index < 0) return current;
      criteria.splice(index, 1);
      return criteria;
    }
    case "place-criterion": {
      const index = indexOfCriterion(criteria, change.id);
      if (index < 0) return current;
      const [moved] = criteria.splice(index, 1);
      criteria.splice(positionAfter(criteria, change.after), 0, moved);
      return criteria;
    }
    case "set-criterion-field": {
      const index = indexOfCriterion(criteria, change.id);
      if (index < 0) return current;
      criteria[index] = withField(criteria[index], change);
      return criteria;
    }
  }
}

type BandChange = Extract<RubricChange, { type: "add-band" | "remove-band" | "set-band-field" }>;

function applyBandChange(current: readonly Band[], change: BandChange): Band[] {
  const bands = [...current];
  switch (change.type) {
    case "add-band":
      bands.splice(Math.max(0, Math.min(change.index, bands.length)), 0, change.band);
      break;
    case "remove-band":
      if (bands[change.index]) bands.splice(change.index, 1);
      break;
    case "set-band-field":
      if (bands[change.index]) bands[change.index] = withField(bands[change.index], change);
      break;
  }
  return bands;
}

/** A copy with one field set; undefined removes the field, so an absent field and an undefined one stay alike. */
function withField<T extends object>(target: T, change: { field: string; value: unknown }): T {
  const copy = { ...target } as Record<string, unknown>;
  if (change.value === undefined) delete copy[change.field];
  else copy[change.field] = change.value;
  return copy as unknown as T;
}

const fold = (id: string) => id.toUpperCase();

/** The index of the criterion with this id (ignoring case), or -1. */
export function indexOfCriterion(criteria: readonly Pick<Criterion, "id">[], id: string): number {
  const key = fold(id);
  return criteria.findIndex((c) => fold(c.id) === key);
}

/** Where a criterion placed after `after` goes: first for null, last when `after` is not there. */
function positionAfter(criteria: readonly Criterion[], after: string | null): number {
  if (after === null) return 0;
  const index = indexOfCriterion(criteria, after);
  return index < 0 ? criteria.length : index + 1;
}

/** An id not yet used (ignoring case): C1, C2, ... */
export function freshCriterionId(rubric: Rubric): string {
  const used = new Set(rubric.criteria.map((c) => c.id.toUpperCase()));
  let n = rubric.criteria.length + 1;
  while (used.has(`C${n}`)) n++;
  return `C${n}`;
}
