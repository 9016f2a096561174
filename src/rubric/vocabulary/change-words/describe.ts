// Changes worded for people, one line each, in a language: what the pane lists and the versions sheet's Changes column
// writes. The words are the packs' (en.ts, zh.ts); this file picks the message for each change and fills it in.
// Numbers are written plainly (15, 2.5: no grouping, no rounding), user text (labels, titles, sections) as given.
import { BandField, CriterionField, CriterionPatch, RubricChange, RubricChangeType } from "../../change";
import type { ChangeValue, ClassifiedChange, DiffStep } from "../../diff";
import { Language } from "../../language";
import { Band, CRITERION_KINDS, Criterion, CriterionKind, Level, Rubric } from "../../model";
import { kindText } from "../lookup";
import { SHEET_VOCABULARY } from "../packs";
import { en } from "./en";
import { ChangeWords, Counted, Message } from "./types";
import { zh } from "./zh";

export const CHANGE_WORDS: Readonly<Record<Language, ChangeWords>> = { en, zh };

/** The longest summary summarizeChanges writes, in UTF-16 units as Excel counts (a cell of the versions sheet). */
export const SUMMARY_LIMIT = 1000;
/** How many changes a summary lists before "… and N more". */
export const SUMMARY_LINES = 5;
/** The longest line a summary lists (a long title or label is cut short there, never in describeChange). */
const SUMMARY_LINE_LIMIT = 200;

/** A message with its parameters filled in, in one pass: inserted text is never read as a template. */
export function fillMessage<P extends string>(
  message: Message<P>,
  values: Record<NoInfer<P>, string | number>,
): string {
  const table = values as Record<string, string | number>;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(table, name) ? asText(table[name]) : whole,
  );
}

/** A number as written in a change: plainly, as JavaScript writes it (no grouping; -0 is 0). */
const asText = (value: string | number): string => (typeof value === "number" ? plainNumber(value) : value);
const plainNumber = (n: number): string => (Object.is(n, -0) ? "0" : String(n));

const counted = <P extends string>(
  message: Counted<P>,
  count: number,
  values = {} as Record<NoInfer<P>, string | number>,
): string => fillMessage<"count" | P>(count === 1 ? message.one : message.other, { ...values, count });

/** What the change's context gives: the rubric the changes lead to names a band by its From. */
interface Context {
  words: ChangeWords;
  language: Language;
  to?: Rubric;
}

/**
 * One change as one line in `language`: "PREP weight 15 → 30", "新增评价项 SAFE（安全，得分，权重 10）".
 * `to` is the rubric the changes lead to (the later version): with it a band whose points or label changed is named by
 * its From ("Band 85 points 2 → 2.5"), without it by its position. A diff's band commands index the bands of `to`.
 */
export function describeChange(change: DiffStep, language: Language, to?: Rubric): string {
  const context: Context = { words: CHANGE_WORDS[language], language, to };
  const describe = DESCRIBE[change.change.type] as (step: StepOf<RubricChangeType>, context: Context) => string;
  return describe(change as StepOf<RubricChangeType>, context);
}

/**
 * Several changes in a few words, for a cell or a caption: "2 scoring changes, 1 text change: PREP weight 15 → 30;
 * …", the scoring changes first, at most SUMMARY_LINES of them, then "… and N more"; never longer than SUMMARY_LIMIT.
 */
export function summarizeChanges(changes: readonly ClassifiedChange[], language: Language, to?: Rubric): string {
  const words = CHANGE_WORDS[language];
  const summary = words.summary;
  if (changes.length === 0) return summary.none;
  const scoring = changes.filter((c) => c.impact === "scoring");
  const text = changes.filter((c) => c.impact !== "scoring");
  const ordered = [...scoring, ...text];
  const counts = [
    scoring.length > 0 ? counted(summary.scoring, scoring.length) : null,
    text.length > 0 ? counted(summary.text, text.length) : null,
  ].filter((c): c is string => c !== null);
  const lines = ordered.slice(0, SUMMARY_LINES).map((c) => cut(describeChange(c, language, to), summary.ellipsis));
  const compose = (shown: number) => {
    const listed = lines.slice(0, shown);
    if (ordered.length > shown) listed.push(fillMessage(summary.more, { count: ordered.length - shown }));
    return fillMessage(summary.lead, {
      counts: counts.join(words.listSeparator),
      changes: listed.join(summary.lineSeparator),
    });
  };
  let shown = lines.length;
  let result = compose(shown);
  while (result.length > SUMMARY_LIMIT && shown > 0) result = compose(--shown);
  return result;
}

/** A line cut to SUMMARY_LINE_LIMIT characters (whole code points), ending in an ellipsis when cut. */
function cut(line: string, ellipsis: string): string {
  const characters = Array.from(line);
  return characters.length <= SUMMARY_LINE_LIMIT
    ? line
    : characters.slice(0, SUMMARY_LINE_LIMIT - 1).join("") + ellipsis;
}

type StepOf<T extends RubricChangeType> = DiffStep & { change: Extract<RubricChange, { type: T }> };

/** Every type of change has its wording: the type checker names a type without one. */
const DESCRIBE: { [T in RubricChangeType]: (step: StepOf<T>, context: Context) => string } = {
  "add-criterion": ({ change: { criterion } }, { words, language }) =>
    fillMessage(words.criterion.added, {
      id: criterion.id,
      label: criterion.label,
      kind: kindText(language, criterion.kind),
      weight: criterion.weight,
    }),
  "remove-criterion": ({ change, before }, context) =>
    fillMessage(context.words.criterion.removed, { criterion: criterionName(before, change.index, context.words) }),
  "move-criterion": ({ change, before }, context) =>
    fillMessage(context.words.criterion.moved, {
      criterion: criterionName(before, change.index, context.words),
      position: change.to + 1,
    }),
  "update-criterion": ({ change, before }, context) =>
    fillMessage(context.words.criterion.updated, {
      criterion: criterionName(before, change.index, context.words),
      fields: patchText(change.patch, context),
    }),
  "retire-criterion": ({ change }, { words }) => fillMessage(words.criterion.retired, { id: change.id }),
  "place-criterion": ({ change, after }, { words }) => {
    const criterion = fillMessage(words.criterion.named, { id: change.id });
    if (typeof after === "number") return fillMessage(words.criterion.moved, { criterion, position: after + 1 });
    if (change.after === null) return fillMessage(words.criterion.movedFirst, { criterion });
    return fillMessage(words.criterion.movedAfter, { criterion, after: change.after });
  },
  "set-criterion-field": (step, context) => criterionField(step, context),
  "add-band": ({ change: { band } }, { words }) => {
    const points = counted(words.band.points, band.points);
    const line =
      band.from === null
        ? fillMessage(words.band.addedLowest, { points })
        : fillMessage(words.band.added, { from: band.from, points });
    return hasText(band.label) ? line + fillMessage(words.band.labelSuffix, { label: band.label }) : line;
  },
  "remove-band": ({ change, before }, context) =>
    fillMessage(context.words.band.removed, {
      band: isBand(before) ? bandName(before.from, context.words) : bandAt(change.index, context),
    }),
  "set-band-field": (step, context) => bandField(step, context),
  "set-setting": ({ change, before, after }, { words, language }) =>
    fillMessage(words.setting, {
      name: SHEET_VOCABULARY[language].settings[change.field],
      before: valueText(before, words),
      after: valueText(after ?? change.value, words),
    }),
  "set-rubric-text": ({ change, before, after = change.value }, { words }) =>
    change.field === "title"
      ? fillMessage(words.title, { before: quotedOrNone(before, words), after: quotedOrNone(after, words) })
      : textChange(words.description, before, after, {}),
};

function criterionField(step: StepOf<"set-criterion-field">, { words, language }: Context): string {
  const { change } = step;
  const id = change.id;
  const before = step.before;
  const after = "after" in step ? step.after : change.value;
  const field: CriterionField = change.field;
  switch (field) {
    case "id":
      return fillMessage(words.field.id, { before: valueText(before, words), after: valueText(after, words) });
    case "label":
    case "section":
      return fillMessage(words.field[field], {
        id,
        before: quotedOrNone(before, words),
        after: quotedOrNone(after, words),
      });
    case "description":
      return textChange(words.field.description, before, after, { id });
    case "kind":
      return fillMessage(words.field.kind, {
        id,
        before: kindOrValue(before, language),
        after: kindOrValue(after, language),
      });
    case "weight":
    case "max":
      return fillMessage(words.field[field], { id, before: valueText(before, words), after: valueText(after, words) });
    case "allowNA":
      return fillMessage(after === true ? words.field.allowNA.on : words.field.allowNA.off, { id });
    case "levels":
      return levelsChange(id, levelsOf(before), levelsOf(after), words);
  }
}

function levelsChange(id: string, before: readonly Level[], after: readonly Level[], words: ChangeWords): string {
  if (before.length !== after.length)
    return fillMessage(words.field.levels.count, { id, before: before.length, after: after.length });
  const points = (levels: readonly Level[]) => levels.map((l) => asText(l.points)).join("/");
  if (points(before) !== points(after))
    return fillMessage(words.field.levels.points, { id, before: points(before), after: points(after) });
  return fillMessage(words.field.levels.text, { id });
}

function bandField(step: StepOf<"set-band-field">, context: Context): string {
  const { change } = step;
  const { words } = context;
  const before = step.before;
  const after = "after" in step ? step.after : change.value;
  const field: BandField = change.field;
  switch (field) {
    case "from": {
      const values = { before: fromText(before, words), after: fromText(after, words) };
      const band = context.to?.bands[change.index];
      return band && typeof band.points === "number"
        ? fillMessage(words.band.fromChangedWithPoints, { ...values, points: counted(words.band.points, band.points) })
        : fillMessage(words.band.fromChanged, values);
    }
    case "points":
      return fillMessage(words.band.pointsChanged, {
        band: bandAt(change.index, context),
        before: valueText(before, words),
        after: valueText(after, words),
      });
    case "label":
      return fillMessage(words.band.labelChanged, {
        band: bandAt(change.index, context),
        before: quotedOrNone(before, words),
        after: quotedOrNone(after, words),
      });
  }
}

/** A band of `to` by its From; by its position when `to` is not known (or has no such band). */
function bandAt(index: number, { to, words }: Context): string {
  const band = to?.bands[index];
  return band ? bandName(band.from, words) : fillMessage(words.band.atPosition, { position: index + 1 });
}

const bandName = (from: number | null, words: ChangeWords): string =>
  from === null ? words.band.lowest : fillMessage(words.band.from, { from });

const fromText = (value: ChangeValue, words: ChangeWords): string =>
  value === null ? words.band.noLowerLimit : valueText(value, words);

/** A criterion of a pane edit: by id when the step says which it was, else by its position. */
const criterionName = (before: ChangeValue, index: number, words: ChangeWords): string =>
  isCriterion(before)
    ? fillMessage(words.criterion.named, { id: before.id })
    : fillMessage(words.criterion.atPosition, { position: index + 1 });

function patchText(patch: CriterionPatch, { words, language }: Context): string {
  const parts: string[] = [];
  for (const field of ["label", "kind", "weight", "max", "allowNA", "levels"] as const) {
    if (!(field in patch)) continue;
    const value = patch[field];
    if (field === "levels") parts.push(counted(words.patch.levels, levelsOf(value).length));
    else if (field === "label") parts.push(fillMessage(words.patch.label, { value: quotedOrNone(value, words) }));
    else if (field === "kind") parts.push(fillMessage(words.patch.kind, { value: kindOrValue(value, language) }));
    else parts.push(fillMessage(words.patch[field], { value: valueText(value, words) }));
  }
  return parts.join(words.listSeparator);
}

function textChange<P extends string>(
  messages: { added: Message<P>; removed: Message<P>; changed: Message<P> },
  before: ChangeValue,
  after: ChangeValue,
  values: Record<NoInfer<P>, string | number>,
): string {
  const message = !hasText(before) ? messages.added : !hasText(after) ? messages.removed : messages.changed;
  return fillMessage(message, values);
}

/** A plain value: numbers plainly, yes/no for booleans, text as given, nothing as `none`. */
function valueText(value: ChangeValue | Level[] | Criterion[keyof Criterion], words: ChangeWords): string {
  if (typeof value === "number") return plainNumber(value);
  if (typeof value === "boolean") return value ? words.yes : words.no;
  if (typeof value === "string") return value;
  return words.none;
}

const quotedOrNone = (value: unknown, words: ChangeWords): string =>
  typeof value === "string" ? fillMessage(words.quoted, { text: value }) : words.none;

/** A kind in the sheet's words; anything else (a kind no version should hold) as it is. */
const kindOrValue = (value: unknown, language: Language): string =>
  CRITERION_KINDS.includes(value as CriterionKind)
    ? kindText(language, value as CriterionKind)
    : valueText(value as ChangeValue, CHANGE_WORDS[language]);

const levelsOf = (value: unknown): readonly Level[] => (Array.isArray(value) ? (value as Level[]) : []);

const hasText = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";

const isCriterion = (value: unknown): value is Criterion =>
  typeof value === "object" && value !== null && "id" in value && typeof (value as Criterion).id === "string";

const isBand = (value: unknown): value is Band =>
  typeof value === "object" && value !== null && "from" in value && "points" in value;
