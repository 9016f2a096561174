// The what-if's kernel against the engine: every evaluation, whatever its cells (numbers in and out of range, NA,
// blanks, text, infinities), gets the engine's result, to the bit, or the engine's error code and reason; and the
// band and points RUBRIC.POINTS would give.
import fc from "fast-check";
import { lookupBand } from "../../../src/rubric/points";
import { scoreEvaluation } from "../../../src/rubric/score";
import { validateBands } from "../../../src/rubric/validate";
import { evaluationData } from "../../../src/rubric/whatif/data";
import { resultAt } from "../../../src/rubric/whatif/outcome";
import { BLANK, ERROR, TOTAL, errorCodeAt } from "../../../src/rubric/whatif/result";
import { scoreUnder } from "../../../src/rubric/whatif/scores";
import { caseArb, evaluationsOf } from "./arbitraries";

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
