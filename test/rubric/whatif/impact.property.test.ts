// Properties of the impact: trying no change moves nothing; trying B against A and then A against B cancel out,
// evaluation by evaluation and in every aggregation; scratch edits undone by their inverses give the rubric back.
import fc from "fast-check";
import { RubricChange, indexOfCriterion } from "../../../src/rubric/change";
import { Rubric } from "../../../src/rubric/model";
import {
  ScratchEdit,
  WhatIfSummary,
  applyScratchEdits,
  bandFromEdit,
  evaluationData,
  scoreAsAwarded,
  scoreUnder,
  summarize,
  switchOff,
  trialOf,
  weightEdit,
} from "../../../src/rubric/whatif";
import { caseArb, evaluationsOf } from "./arbitraries";

const RUNS = { numRuns: 150 };

/** Edits of a rubric: weights, band Froms, a criterion switched off (never the last one). */
const editsArb = (rubric: Rubric): fc.Arbitrary<ScratchEdit[]> => {
  const n = rubric.criteria.length;
  const edit: fc.Arbitrary<ScratchEdit> = fc.oneof(
    fc
      .tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: 40 }))
      .map(([i, w]) => weightEdit(rubric.criteria[i].id, w / 2)),
    ...(rubric.bands.length > 1
      ? [
          fc
            .tuple(fc.integer({ min: 1, max: rubric.bands.length - 1 }), fc.integer({ min: 0, max: 120 }))
            .map(([k, from]) => bandFromEdit(k, from)),
        ]
      : []),
    ...(n > 1 ? [fc.integer({ min: 0, max: n - 1 }).map((i) => switchOff(rubric.criteria[i].id))] : []),
  );
  return fc.array(edit, { minLength: 1, maxLength: 4 });
};

/** The edits that undo `edits` on `base`, in reverse order: the old weight, the old From, the criterion put back. */
function inverse(base: Rubric, edits: readonly ScratchEdit[]): ScratchEdit[] {
  const undo: ScratchEdit[] = [];
  let rubric = base;
  for (const edit of edits) {
    const i = edit.type === "set-band-field" ? -1 : indexOfCriterion(rubric.criteria, (edit as { id: string }).id);
    if (edit.type === "set-criterion-field") {
      if (i >= 0) undo.unshift(weightEdit(edit.id, rubric.criteria[i].weight)); // else it changed nothing
    } else if (edit.type === "set-band-field") undo.unshift(bandFromEdit(edit.index, rubric.bands[edit.index].from));
    else if (edit.type === "retire-criterion" && i >= 0) {
      const back: RubricChange = {
        type: "add-criterion",
        criterion: rubric.criteria[i],
        after: i === 0 ? null : rubric.criteria[i - 1].id,
      };
      undo.unshift(back);
    }
    rubric = applyScratchEdits(rubric, [edit]);
  }
  return undo;
}

const transpose = (m: number[][]) => m[0].map((_, j) => m.map((row) => row[j]));

function expectNoMove(s: WhatIfSummary) {
  expect(s.moved).toEqual({ all: 0, result: 0, band: 0, total: 0, becomeErrors: 0 });
  expect(s.movers).toEqual([]);
  expect(s.after).toEqual(s.before);
  expect(s.points.gained).toBe(0);
  expect(s.points.lost).toBe(0);
  s.transitions.counts.forEach((row, i) => row.forEach((count, j) => i !== j && expect(count).toBe(0)));
  for (const group of [...s.persons, ...s.teams]) {
    expect(group.pointsChange).toBe(0);
    expect(group.after).toEqual(group.before);
    expect(group.rankChange === null || group.rankChange === 0).toBe(true);
  }
}

describe("the impact of no change", () => {
  test("is zero everywhere: no mover, the same distribution, a diagonal transition table, no points moved", () => {
    fc.assert(
      fc.property(caseArb, ({ rubric, rows }) => {
        const data = evaluationData(evaluationsOf(rubric, rows));
        const awarded = scoreAsAwarded(data, { versions: [rubric] });
        expectNoMove(summarize(awarded, scoreUnder(data, trialOf(rubric, [])), undefined, { movers: Infinity }));
      }),
      RUNS,
    );
  });

  test("edits followed by their inverses give the rubric back, and so no move", () => {
    fc.assert(
      fc.property(
        caseArb.chain((c) => fc.record({ c: fc.constant(c), edits: editsArb(c.rubric) })),
        ({ c: { rubric, rows }, edits }) => {
          const back = applyScratchEdits(rubric, [...edits, ...inverse(rubric, edits)]);
          expect(back).toEqual(rubric);
          const data = evaluationData(evaluationsOf(rubric, rows));
          expectNoMove(summarize(scoreUnder(data, rubric), scoreUnder(data, back), undefined, { movers: Infinity }));
        },
      ),
      RUNS,
    );
  });
});

describe("A → B, then B → A", () => {
  test("cancel: every change is the other's negative, the transition table its transpose", () => {
    fc.assert(
      fc.property(
        caseArb.chain((c) => fc.record({ c: fc.constant(c), edits: editsArb(c.rubric) })),
        ({ c: { rubric, rows }, edits }) => {
          const data = evaluationData(evaluationsOf(rubric, rows));
          const a = scoreUnder(data, rubric);
          const b = scoreUnder(data, trialOf(rubric, edits));
          const ab = summarize(a, b, undefined, { movers: Infinity });
          const ba = summarize(b, a, undefined, { movers: Infinity });
          expect(ba.before).toEqual(ab.after);
          expect(ba.after).toEqual(ab.before);
          expect(ba.transitions.counts).toEqual(transpose(ab.transitions.counts));
          // + 0: a change of -0 is no change
          expect(ba.points.gained + 0).toBe(-ab.points.lost + 0);
          expect(ba.points.after - ba.points.before + 0).toBe(-(ab.points.after - ab.points.before) + 0);
          expect([ba.moved.all, ba.moved.result, ba.moved.band, ba.moved.total]).toEqual([
            ab.moved.all,
            ab.moved.result,
            ab.moved.band,
            ab.moved.total,
          ]);
          ab.persons.forEach((p, k) => {
            expect(ba.persons[k].pointsChange + 0).toBe(-p.pointsChange + 0);
            expect(ba.persons[k].rankChange).toBe(p.rankChange === null ? null : -p.rankChange + 0);
          });
          const there = new Map(ab.movers.map((m) => [m.index, m]));
          expect(new Set(ba.movers.map((m) => m.index))).toEqual(new Set(there.keys()));
          for (const m of ba.movers) {
            const other = there.get(m.index)!;
            expect(m.totalChange).toBe(other.totalChange === null ? null : -other.totalChange + 0);
            if (!m.explanation) continue;
            // each side's explanation adds up to its change, and the two are opposite
            const sum = m.explanation.criteria.reduce((s, c) => s + c.change, 0) + m.explanation.floor;
            expect(sum + m.explanation.rounding).toBeCloseTo(m.explanation.change, 9);
            const back = new Map(other.explanation!.criteria.map((c) => [c.id, c.change]));
            for (const c of m.explanation.criteria) expect(c.change).toBeCloseTo(-back.get(c.id)!, 9);
          }
        },
      ),
      RUNS,
    );
  });
});
