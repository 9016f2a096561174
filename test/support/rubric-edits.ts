// fast-check generators of related rubric versions: `to` is `from` after random edits (criteria retired, added,
// moved, fields changed, ids recased, levels relabelled; bands dropped, added and changed; settings and text), so a
// pair shares most of its criteria and bands, as two versions do.
import fc from "fast-check";
import { Band, CRITERION_KINDS, Criterion, Level, Rubric } from "../../src/rubric/model";
import { criterionArb, levelsArb, nonBlankText, numberIn, text } from "../formats/arbitraries";
import { CritFields, critFieldsArb, withIdsAndAScore } from "./criteria-arbitraries";

const EDITABLE = ["label", "description", "kind", "weight", "max", "allowNA", "levels", "section"] as const;

/** A copy with `fields` taken from `other` (absent there: removed here). */
function take<T extends object>(target: T, other: T, fields: readonly (keyof T)[]): T {
  const copy = { ...target };
  for (const field of fields) {
    if (other[field] === undefined) delete copy[field];
    else copy[field] = other[field];
  }
  return copy;
}

const recase = (id: string) => (id === id.toUpperCase() ? id.toLowerCase() : id.toUpperCase());

const relabel = (levels: Level[], labels: string[]) => levels.map((l, i) => ({ ...l, label: labels[i] ?? l.label }));

const editedCriterionArb = (c: Criterion): fc.Arbitrary<Criterion> =>
  fc
    .record({
      other: criterionArb,
      fields: fc.subarray([...EDITABLE]),
      recase: fc.boolean(),
      labels: fc.option(fc.array(nonBlankText(20), { maxLength: 6 }), { nil: undefined }),
    })
    .map(({ other, fields, recase: r, labels }) => {
      const edited = take(c, other, fields);
      if (r) edited.id = recase(c.id);
      if (labels && edited.levels) edited.levels = relabel(edited.levels, labels);
      return edited;
    });

export const bandArb: fc.Arbitrary<Band> = fc.record(
  { from: fc.option(numberIn(-1e6, 1e6), { nil: null }), points: numberIn(-1e3, 1e3), label: text(20) },
  { requiredKeys: ["from", "points"], noNullPrototype: true },
);

const editedBandArb = (b: Band): fc.Arbitrary<Band> =>
  fc
    .record({ other: bandArb, fields: fc.subarray(["from", "points", "label"] as (keyof Band)[]) })
    .map(({ other, fields }) => take(b, other, fields));

/** Bands by ascending From, the open band first, as a valid rubric has them (Froms may repeat). */
const byFrom = (bands: Band[]) =>
  [...bands].sort((a, b) => (a.from === null ? -Infinity : a.from) - (b.from === null ? -Infinity : b.from));

function move<T>(items: T[], moves: [number, number][]): T[] {
  const result = [...items];
  for (const [a, b] of moves) {
    if (result.length === 0) break;
    const [moved] = result.splice(a % result.length, 1);
    result.splice(b % (result.length + 1), 0, moved);
  }
  return result;
}

/** `from` after random edits. */
export const editedRubricArb = (from: Rubric): fc.Arbitrary<Rubric> =>
  fc
    .record({
      kept: fc.tuple(...from.criteria.map((c) => fc.option(editedCriterionArb(c), { freq: 6, nil: null }))),
      added: fc.array(criterionArb, { maxLength: 3 }),
      moves: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
      keptBands: fc.tuple(...from.bands.map((b) => fc.option(editedBandArb(b), { freq: 4, nil: null }))),
      addedBands: fc.array(bandArb, { maxLength: 2 }),
      sortBands: fc.boolean(),
      scale: fc.option(fc.constantFrom(1, 10, 100, 5), { nil: undefined }),
      decimals: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      title: fc.option(nonBlankText(40), { nil: undefined }),
      description: fc.option(fc.option(text(80), { nil: undefined }), { nil: null }),
    })
    .map((e) => {
      const criteria = e.kept.filter((c): c is Criterion => c !== null);
      for (const c of e.added) {
        if (!criteria.some((k) => k.id.toUpperCase() === c.id.toUpperCase())) criteria.push(c);
      }
      const bands = [...e.keptBands.filter((b): b is Band => b !== null), ...e.addedBands];
      const to: Rubric = {
        ...from,
        settings: { scale: e.scale ?? from.settings.scale, decimals: e.decimals ?? from.settings.decimals },
        title: e.title ?? from.title,
        criteria: move(criteria, e.moves),
        bands: e.sortBands ? byFrom(bands) : bands,
      };
      if (e.description !== null) to.description = e.description;
      return to;
    });

/** A valid rubric whose totals an exact reference could decide (weights and values in tenths, small maxima), with
 * text to edit: the `from` of the text-only property. `fields[i]` are criterion i's fields for valArb. */
export const scorableRubricArb: fc.Arbitrary<{ rubric: Rubric; fields: CritFields[] }> = fc
  .record({
    crits: fc.array(fc.record(critFieldsArb([...CRITERION_KINDS, "score", "score"])), { minLength: 1, maxLength: 8 }),
    texts: fc.array(fc.record({ label: nonBlankText(20), section: text(10) }), { minLength: 8, maxLength: 8 }),
    levels: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    scale: fc.constantFrom(100, 100, 10, 1, 5),
    decimals: fc.integer({ min: 0, max: 3 }),
    froms: fc.uniqueArray(fc.integer({ min: 0, max: 130 }), { minLength: 1, maxLength: 5 }),
    open: fc.boolean(),
    points: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 6, maxLength: 6 }),
  })
  .chain((r) => {
    const crits = withIdsAndAScore(r.crits, "C");
    const levels = crits.map((c, i) => (r.levels[i] ? levelsArb(c.max) : fc.constant(undefined)));
    return fc.tuple(...levels).map((ls) => {
      const criteria: Criterion[] = crits.map((c, i) => ({
        id: c.id,
        kind: c.kind,
        weight: c.w10 / 10,
        max: c.max,
        allowNA: c.allowNA,
        ...r.texts[i],
        ...(ls[i] ? { levels: ls[i] } : {}),
      }));
      const starts: (number | null)[] = [...r.froms].sort((a, b) => a - b);
      if (r.open) starts.unshift(null);
      const bands = starts.map((from, i) => ({ from, points: r.points[i] }));
      const rubric: Rubric = {
        id: "R",
        title: "Rubric",
        version: 1,
        status: "final",
        settings: { scale: r.scale, decimals: r.decimals },
        criteria,
        bands,
      };
      return { rubric, fields: crits };
    });
  });
