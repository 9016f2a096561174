// Properties of the version diff:
// (a) the classified change list applied to the old version gives the new one (in the normal form of diff.ts), and
//     every change in it changes something;
// (b) the changes marked text-only never change a total, the points or the band of any evaluation, nor the values a
//     reviewer can enter (each criterion's level points, in order: the sheet's list and the Score tab's keys 1-9).
import fc from "fast-check";
import { RubricChange, applyChange, applyChanges } from "../../src/rubric/change";
import { commandsOf, diffRubrics } from "../../src/rubric/diff";
import { RawValue, Rubric } from "../../src/rubric/model";
import { lookupBand } from "../../src/rubric/points";
import { scoreEvaluation } from "../../src/rubric/score";
import { rubricArb } from "../formats/arbitraries";
import { CritFields, valArb } from "../support/criteria-arbitraries";
import { editedRubricArb, scorableRubricArb } from "../support/rubric-edits";

/** What a diff compares: everything but the version's identity (id, version, status). */
const content = ({ title, description, settings, criteria, bands }: Rubric) => ({
  title,
  description,
  settings,
  criteria,
  bands,
});

const relatedPairArb = rubricArb.chain((from) => fc.tuple(fc.constant(from), editedRubricArb(from)));
const randomPairArb = fc.tuple(rubricArb, rubricArb);

describe("applying the diff gives the new version", () => {
  const check = ([from, to]: [Rubric, Rubric]) => {
    const changes = commandsOf(diffRubrics(from, to));
    // toEqual: an undefined field equals an absent one, as in the diff's normal form.
    expect(content(applyChanges(from, changes))).toEqual(content(to));
    changes.reduce((current: Rubric, change: RubricChange) => {
      const next = applyChange(current, change);
      expect(content(next)).not.toEqual(content(current));
      return next;
    }, from);
  };
  test("versions related by random edits", () => fc.assert(fc.property(relatedPairArb, check), { numRuns: 300 }));
  test("unrelated random rubrics", () => fc.assert(fc.property(randomPairArb, check), { numRuns: 150 }));
});

// ---------------------------------------------------------------------------------------------- text-only changes

/** A raw value for each criterion: mostly valid (tenths or NA), now and then blank or not a number. */
const evaluationArb = (fields: CritFields[], ids: string[]): fc.Arbitrary<Record<string, RawValue>> =>
  fc
    .boolean()
    .chain((gatesPass) =>
      fc
        .tuple(
          ...fields.map((c) =>
            fc.oneof(
              { weight: 20, arbitrary: valArb(c, gatesPass).map((v): RawValue => (v === "NA" ? "NA" : v / 10)) },
              { weight: 1, arbitrary: fc.constantFrom<RawValue>(null, "x", 99) },
            ),
          ),
        )
        .map((values) => Object.fromEntries(ids.map((id, i) => [id, values[i]]))),
    );

/** What a reviewer sees of an evaluation: its total, or that there is none, and its band's index and points. */
function seen(rubric: Rubric, values: Record<string, RawValue>) {
  const outcome = scoreEvaluation(rubric, values);
  if (outcome.status !== "total") return { status: outcome.status };
  const band = lookupBand(outcome.total, rubric.bands);
  if (band.status !== "band") return { total: outcome.total, band: band.status };
  return { total: outcome.total, band: band.index, points: rubric.bands[band.index].points };
}

/** Each criterion's level points, in order, by id ignoring case. */
const levelPoints = (rubric: Rubric) =>
  Object.fromEntries(rubric.criteria.map((c) => [c.id.toUpperCase(), (c.levels ?? []).map((l) => l.points)]));

const textCaseArb = scorableRubricArb.chain(({ rubric, fields }) =>
  fc.record({
    from: fc.constant(rubric),
    to: editedRubricArb(rubric),
    evaluations: fc.array(
      evaluationArb(
        fields,
        rubric.criteria.map((c) => c.id),
      ),
      { minLength: 1, maxLength: 6 },
    ),
  }),
);

test("text-only changes never change a total, the points, the band or the level points", () => {
  let textChanges = 0;
  fc.assert(
    fc.property(textCaseArb, ({ from, to, evaluations }) => {
      const text = diffRubrics(from, to).filter((c) => c.impact === "text");
      textChanges += text.length;
      const edited = applyChanges(from, commandsOf(text));
      for (const values of evaluations) expect(seen(edited, values)).toEqual(seen(from, values));
      expect(levelPoints(edited)).toEqual(levelPoints(from));
    }),
    { numRuns: 300 },
  );
  expect(textChanges).toBeGreaterThan(300); // the property was exercised, not vacuous
});
