// The shape of a change-words pack: how a change between two versions of a rubric is worded for people, in one
// language. One typed pack per language (en.ts, zh.ts), as HyperFormula ships its translation packages; describe.ts
// picks the message for a change and fills in its parameters. The pane shows these lines, and the versions sheet's
// Changes column writes them in the sheet's language, so they live in the domain with the sheet's other words.
// Kinds and setting names are the sheet's own words (SheetVocabulary), so a change reads as the sheet does.
import type { CriterionPatch } from "../../change";

declare const parameters: unique symbol;

/**
 * A message with named parameters in braces: "{id} weight {before} → {after}". `P` names the parameters it takes:
 * describe.ts cannot fill a message without giving each of them (the type checker says which is missing). The
 * values are inserted as given, in one pass: a label that contains "{id}" stays as it is written.
 */
export type Message<P extends string = never> = string & { readonly [parameters]?: P };

/** A counted message: `one` for a count of 1, `other` for any other count (a language without plurals repeats it). */
export interface Counted<P extends string = never> {
  one: Message<"count" | P>;
  other: Message<"count" | P>;
}

/** A value's old and new text, and the criterion it belongs to (by id). */
type FieldChange = Message<"id" | "before" | "after">;

/** Added, removed or changed: for long texts (descriptions), which are named, never quoted in full. */
export interface TextChange<P extends string = never> {
  added: Message<P>;
  removed: Message<P>;
  changed: Message<P>;
}

export interface ChangeWords {
  /** User text (a label, a title, a section) as it is shown: in quotes. */
  quoted: Message<"text">;
  /** Stands for a value that is not there (no section, no band label). */
  none: string;
  /** Between the items of a list ("weight 30, max 5"). */
  listSeparator: string;
  yes: string;
  no: string;

  criterion: {
    /** A criterion named by its id (in pane edits, where the criterion is known). */
    named: Message<"id">;
    /** A criterion known only by where it stood (1-based), in a pane edit. */
    atPosition: Message<"position">;
    added: Message<"id" | "label" | "kind" | "weight">;
    retired: Message<"id">;
    /** {criterion} is `named` or `atPosition`. */
    removed: Message<"criterion">;
    /** Moved to a new place (1-based). */
    moved: Message<"criterion" | "position">;
    /** Moved, when only its new neighbour is known. */
    movedAfter: Message<"criterion" | "after">;
    movedFirst: Message<"criterion">;
    /** A pane edit of several fields: {fields} lists them (`patch`), joined by `listSeparator`. */
    updated: Message<"criterion" | "fields">;
  };

  /** One field of a criterion set, as a diff between versions records it. */
  field: {
    /** Only the case of an id changes (ids match ignoring case). */
    id: Message<"before" | "after">;
    label: FieldChange;
    description: TextChange<"id">;
    /** {before} and {after} are the sheet's kind words. */
    kind: FieldChange;
    weight: FieldChange;
    max: FieldChange;
    allowNA: { on: Message<"id">; off: Message<"id"> };
    levels: {
      /** The number of levels changed: {before} and {after} are counts. */
      count: FieldChange;
      /** As many levels, other points: {before} and {after} list the points. */
      points: FieldChange;
      /** Only the levels' labels or descriptions changed. */
      text: Message<"id">;
    };
    section: FieldChange;
  };

  /** A field of a pane edit, as `criterion.updated` lists it: {value} is the new value. */
  patch: Record<Exclude<keyof CriterionPatch, "levels">, Message<"value">> & { levels: Counted };

  band: {
    /** A band named by its From. */
    from: Message<"from">;
    /** The band with no lower limit. */
    lowest: string;
    /** A band known only by its position (1-based, from the lowest). */
    atPosition: Message<"position">;
    /** A From of null, in a sentence. */
    noLowerLimit: string;
    points: Counted;
    added: Message<"from" | "points">;
    addedLowest: Message<"points">;
    /** After `added` or `addedLowest`, when the band has a label. */
    labelSuffix: Message<"label">;
    removed: Message<"band">;
    fromChanged: Message<"before" | "after">;
    /** `fromChanged` when the band's points are known. */
    fromChangedWithPoints: Message<"before" | "after" | "points">;
    pointsChanged: Message<"band" | "before" | "after">;
    labelChanged: Message<"band" | "before" | "after">;
  };

  /** A setting: {name} is the sheet's word for it (Scale, Decimals). */
  setting: Message<"name" | "before" | "after">;
  title: Message<"before" | "after">;
  description: TextChange;

  summary: {
    /** What summarizeChanges says of no changes. */
    none: string;
    scoring: Counted;
    text: Counted;
    /** {counts}: the counts joined by `listSeparator`; {changes}: the first changes joined by `lineSeparator`. */
    lead: Message<"counts" | "changes">;
    lineSeparator: string;
    /** After the changes listed: how many were left out. */
    more: Message<"count">;
    /** Ends a line cut short. */
    ellipsis: string;
  };
}
