// Unsaved entries, kept per evaluation (by key): moving to another evaluation keeps what the reviewer typed for the
// one left, and coming back, or reading the row again after a paste or a co-author's edit, puts those entries back
// over what the sheet holds. Fields the reviewer did not edit take the sheet's values.
import type { EvaluationView } from "../../app/evaluation-view";
import type { RawValue } from "../../rubric/model";
import { changesOf } from "./changes";
import { IDENTITY_FIELDS, IdentityField } from "./fields";

/** The reviewer's entries that differ from the sheet: only those fields. */
export interface Draft {
  values: Record<string, RawValue>;
  comment?: string;
  /** Date, Process, Person, Team, Reviewer as edited. */
  fields?: Partial<Record<IdentityField, string>>;
}

export type Drafts = ReadonlyMap<string, Draft>;

/** The fields of `edited` that differ from `shown`; null when none do. */
export function draftOf(shown: EvaluationView, edited: EvaluationView): Draft | null {
  const changes = changesOf(shown, edited);
  const ids = Object.keys(changes.values ?? {});
  const fields = IDENTITY_FIELDS.filter((f) => changes[f] !== undefined);
  if (ids.length === 0 && changes.comment === undefined && fields.length === 0) return null;
  const draft: Draft = { values: Object.fromEntries(ids.map((id) => [id, edited.values[id]])) };
  if (changes.comment !== undefined) draft.comment = edited.comment;
  if (fields.length > 0) draft.fields = Object.fromEntries(fields.map((f) => [f, edited[f]]));
  return draft;
}

/** Whether the form holds entries the sheet does not. */
export function isUnsaved(shown: EvaluationView | null, edited: EvaluationView | null | undefined): boolean {
  return Boolean(shown && edited && shown.ref.key === edited.ref.key && draftOf(shown, edited));
}

/** `drafts` with the entries of the evaluation being left (or without it, when it has none). */
export function keep(drafts: Drafts, shown: EvaluationView | null, edited: EvaluationView | null | undefined): Drafts {
  if (!shown || !edited || shown.ref.key !== edited.ref.key) return drafts;
  const next = new Map(drafts);
  const draft = draftOf(shown, edited);
  if (draft) next.set(edited.ref.key, draft);
  else next.delete(edited.ref.key);
  return next;
}

/** The evaluation as read, with its unsaved entries over it. */
export function restore(drafts: Drafts, read: EvaluationView): EvaluationView {
  const draft = drafts.get(read.ref.key);
  if (!draft) return read;
  return {
    ...read,
    ...draft.fields,
    values: { ...read.values, ...draft.values },
    comment: draft.comment ?? read.comment,
  };
}

/** `drafts` without an evaluation's entries (saved). */
export function forget(drafts: Drafts, key: string): Drafts {
  if (!drafts.has(key)) return drafts;
  const next = new Map(drafts);
  next.delete(key);
  return next;
}
