// The what-if's kernel against the engine: every evaluation, whatever its cells (numbers in and out of range, NA,
// blanks, text, infinities), gets the engine's result, to the bit, or the engine's error code and reason; and the
// band and points RUBRIC.POINTS would give.
import fc from "fast-check";
import { Band, Rubric } from "../../../src/rubric/model";
import { lookupBand } from "../../../src/rubric/points";
import { scoreEvaluation } from "../../../src/rubric/score";
import { validateBands } from "../../../src/rubric/validate";
import { evaluationData, WhatIfEvaluation } from "../../../src/rubric/whatif/data";
import { resultAt } from "../../../src/rubric/whatif/outcome";
import { BLANK, ERROR, TOTAL, errorCodeAt } from "../../../src/rubric/whatif/result";
import { scoreUnder } from "../../../src/rubric/whatif/scores";
import { critFieldsArb, withIdsAndAScore } from "../../support/criteria-arbitraries";

const bandsArb: fc.Arbitrary<Band[]> = fc.oneof(
  // ascending, from an open band or from a number
  fc
    .tuple(fc.boolean(), fc.uniqueArray(fc.integer({ min: 0, max: 120 }), { minLength: 0, maxLength: 5 }))
    .map(([open, froms]) => [
      ...(open ? [{ from: null, points: 0 }] : []),
      ...[...froms].sort((a, b) => a - b).map((from, k) => ({ from, points: k + 1 })),
    ]),
  // now and then bands that break a rule
  fc.constant<Band[]>([
    { from: 50, points: 1 },
    { from: 40, points: 2 },
  ]),
);

const rubricArb: fc.Arbitrary<Rubric> = fc
  .record({
    crits: fc
      .array(fc.record(critFieldsArb(["score", "score", "score", "bonus", "penalty", "gate"])), {
        minLength: 1,
        maxLength: 8,
      })
      .map((cs) => withIdsAndAScore(cs, "C")),
    bands: bandsArb,
    scale: fc.constantFrom(100, 10, 5),
    decimals: fc.integer({ min: 0, max: 2 }),
  })
  .map(({ crits, bands, scale, decimals }) => ({
    id: "r",
    title: "r",
    version: 1,
    status: "draft",
    settings: { scale, decimals },
    criteria: crits.map((c) => ({ id: c.id, label: c.id, kind: c.kind, weight: c.w10 / 10, max: c.max, allowNA: c.allowNA })),
    bands,
  }));

const cellArb = (max: number) =>
  fc.oneof(
    { weight: 12, arbitrary: fc.integer({ min: 0, max: 10 * max }).map((t) => t / 10) },
    { weight: 1, arbitrary: fc.integer({ min: 10 * max + 1, max: 12 * max }).map((t) => t / 10) },
    { weight: 1, arbitrary: fc.constantFrom(-1, Infinity, NaN, "NA", "n/a", null, "", "  ", "bad", " 7 ", true) },
  );

const caseArb = rubricArb.chain((rubric) =>
  fc.record({
    rubric: fc.constant(rubric),
    rows: fc.array(
      fc.tuple(...rubric.criteria.map((c) => fc.oneof({ weight: 6, arbitrary: cellArb(c.max) }, { weight: 1, arbitrary: fc.constant(null) }))),
      { minLength: 1, maxLength: 12 },
    ),
  }),
);

function evaluationsOf(rubric: Rubric, rows: unknown[][]): WhatIfEvaluation[] {
  return rows.map((row, r) => ({
    key: `k${r}`,
    sheetRow: r + 2,
    // a retired criterion's column too, which no criterion reads
    values: { OLD: 3, ...Object.fromEntries(rubric.criteria.map((c, i) => [c.id.toLowerCase(), row[i] as never])) },
  }));
}

describe("the what-if kernel", () => {
  test("gives every evaluation the engine's result, band and points", () => {
    fc.assert(
      fc.property(caseArb, ({ rubric, rows }) => {
        const evaluations = evaluationsOf(rubric, rows);
        const scores = scoreUnder(evaluationData(evaluations), rubric);
        const bandsValid = validateBands(rubric.bands).length === 0;
        evaluations.forEach((evaluation, i) => {
          const engine = scoreEvaluation(rubric, evaluation.values);
          const result = resultAt(scores, i);
          if (engine.status === "blank") {
            expect(scores.status[i]).toBe(BLANK);
          } else if (engine.status === "error") {
            expect(scores.status[i]).toBe(ERROR);
            expect(result).toEqual({ status: "error", code: engine.error.code, reason: engine.error.reason });
          } else {
            expect(Object.is(scores.total[i], engine.total)).toBe(true);
            expect(Object.is(scores.unrounded[i], engine.unrounded)).toBe(true);
            const band = lookupBand(engine.total, rubric.bands);
            if (!bandsValid) {
              expect(scores.status[i]).toBe(ERROR);
              expect(errorCodeAt(scores.error[i])).toBe("invalid-bands");
            } else if (band.status === "band") {
              expect(scores.status[i]).toBe(TOTAL);
              expect(scores.band[i]).toBe(band.index);
              expect(scores.points[i]).toBe(rubric.bands[band.index].points);
            } else {
              expect(result).toEqual({
                status: "error",
                code: "below-bands",
                reason: band.status === "error" ? band.reason : undefined,
                total: engine.total,
              });
            }
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});
