import { Criterion, Rubric } from "../../src/rubric/model";
import { ScoreOutcome, Scorer, isUndefinedResult, scoreEvaluation } from "../../src/rubric/score";
import { engineText } from "../../src/rubric/vocabulary/messages";
import { workedCriteria, workedScores } from "../support/worked-example";

const c = (id: string, kind: Criterion["kind"], weight: number, max = 10, allowNA = false): Criterion => ({
  id,
  label: id,
  kind,
  weight,
  max,
  allowNA,
});

const totalOf = (outcome: ScoreOutcome) => {
  if (outcome.status !== "total") throw new Error(`expected a total, got ${JSON.stringify(outcome)}`);
  return outcome.total;
};
/** The error with its reason worded in English, as a cell shows it. */
const errorOf = (outcome: ScoreOutcome) => {
  if (outcome.status !== "error") throw new Error(`expected an error, got ${JSON.stringify(outcome)}`);
  const { reason, ...error } = outcome.error;
  return { ...error, message: engineText(reason) };
};

describe("Scorer", () => {
  test("the worked example: base 78.0, bonus 10, total 88.0", () => {
    const outcome = new Scorer(workedCriteria).score(workedScores);
    expect(outcome).toMatchObject({ status: "total", base: 78, bonus: 10, penalty: 0, total: 88 });
  });

  test("base renormalises over the criteria that are not NA", () => {
    const criteria = [c("A", "score", 30, 10, true), c("B", "score", 10)];
    // Without A only B counts: 100 × 10·0.5 / 10 = 50
    expect(totalOf(new Scorer(criteria).score(["NA", 5]))).toBe(50);
    expect(totalOf(new Scorer(criteria).score([10, 5]))).toBe(87.5);
  });

  test("NA is recognised as NA, N/A, any case, trimmed", () => {
    const scorer = new Scorer([c("A", "score", 1, 10, true), c("B", "score", 1)]);
    for (const na of ["NA", "na", " N/A ", "n/a"]) expect(totalOf(scorer.score([na, 4]))).toBe(40);
  });

  test("numeric text counts as the number", () => {
    const scorer = new Scorer([c("A", "score", 1), c("B", "score", 1)]);
    expect(totalOf(scorer.score(["7", " 7.5 "]))).toBe(72.5);
  });

  test("bonus adds its weight at full marks and may lift the total over the scale", () => {
    const scorer = new Scorer([c("A", "score", 1), c("X", "bonus", 10, 1)]);
    expect(totalOf(scorer.score([10, 1]))).toBe(110);
    expect(totalOf(scorer.score([10, 0]))).toBe(100);
  });

  test("penalty subtracts and the total never goes below 0", () => {
    const scorer = new Scorer([c("A", "score", 1), c("P", "penalty", 20, 2)]);
    expect(totalOf(scorer.score([5, 1]))).toBe(40);
    expect(totalOf(scorer.score([1, 2]))).toBe(0);
  });

  test("a failed gate (f < 0.5) makes the total 0 whatever else was scored", () => {
    const scorer = new Scorer([c("A", "score", 1), c("X", "bonus", 10, 1), c("G", "gate", 0, 2)]);
    expect(scorer.score([10, 1, 0])).toMatchObject({ status: "total", total: 0, failedGate: "G" });
    expect(totalOf(scorer.score([10, 1, 0.99]))).toBe(0);
    expect(totalOf(scorer.score([10, 1, 1]))).toBe(110); // f = 0.5 passes
  });

  test("a gate marked NA does not fail", () => {
    const scorer = new Scorer([c("A", "score", 1), c("G", "gate", 0, 1, true)]);
    expect(totalOf(scorer.score([8, "NA"]))).toBe(80);
  });

  test("rounds half away from zero at the rubric's decimals, exactly for decimal inputs", () => {
    // 100 × (w1·f1 + w2·f2) / (w1 + w2) = 84.95 exactly in decimals
    const scorer = new Scorer([c("A", "score", 1, 100), c("B", "score", 1, 100)], { scale: 100, decimals: 1 });
    expect(totalOf(scorer.score([84.9, 85]))).toBe(85);
    const two = new Scorer([c("A", "score", 1, 1)], { scale: 100, decimals: 2 });
    expect(totalOf(two.score([0.01005]))).toBe(1.01);
    const zero = new Scorer([c("A", "score", 1, 1)], { scale: 100, decimals: 0 });
    expect(totalOf(zero.score([0.845]))).toBe(85);
  });

  test("the scale setting sets the base at full marks", () => {
    const scorer = new Scorer([c("A", "score", 1)], { scale: 5, decimals: 2 });
    expect(totalOf(scorer.score([7]))).toBe(3.5);
  });

  describe("blanks", () => {
    const scorer = new Scorer([c("A", "score", 1), c("B", "score", 1), c("X", "bonus", 5, 1)]);
    test("every criterion blank gives blank", () => {
      for (const blank of [null, undefined, "", "  "])
        expect(scorer.score([blank, blank, blank])).toEqual({ status: "blank" });
    });
    test("some blank gives incomplete: k of n criteria not scored", () => {
      expect(errorOf(scorer.score([5, null, ""]))).toEqual({
        code: "incomplete",
        message: "2 of 3 criteria not scored",
        blanks: 2,
        count: 3,
      });
    });
    test("0 is a score, not a blank", () => {
      expect(totalOf(scorer.score([0, 0, 0]))).toBe(0);
    });
    test("incomplete is an undefined result (#N/A), not bad input", () => {
      expect(isUndefinedResult("incomplete")).toBe(true);
      expect(isUndefinedResult("out-of-range")).toBe(false);
    });
  });

  describe("errors name the criterion and the problem", () => {
    const scorer = new Scorer([c("PREP", "score", 15), c("PROC", "score", 25, 10, true)]);
    test("a value that is neither number, NA nor blank", () => {
      expect(errorOf(scorer.score(["good", 5]))).toEqual({
        code: "invalid-value",
        message: 'PREP: "good" is not a number, NA or blank',
        criterion: "PREP",
      });
      expect(errorOf(scorer.score([true, 5])).message).toBe("PREP: true is not a number, NA or blank");
      expect(errorOf(scorer.score([Number.NaN, 5])).code).toBe("invalid-value");
    });
    test("a value outside 0..max", () => {
      expect(errorOf(scorer.score([11, 5]))).toMatchObject({
        code: "out-of-range",
        message: "PREP: 11 is outside 0..10",
      });
      expect(errorOf(scorer.score([5, -1])).message).toBe("PROC: -1 is outside 0..10");
    });
    test("NA where the criterion does not allow it", () => {
      expect(errorOf(scorer.score(["NA", 5]))).toMatchObject({
        code: "na-not-allowed",
        message: "PREP: NA is not allowed",
      });
    });
    test("every score criterion NA", () => {
      const allNA = new Scorer([c("A", "score", 1, 10, true), c("X", "bonus", 5, 1)]);
      expect(errorOf(allNA.score(["NA", 1]))).toMatchObject({ code: "all-na", message: "every score criterion is NA" });
    });
    test("weights of the applicable score criteria summing to 0", () => {
      const zero = new Scorer([c("A", "score", 0), c("B", "score", 3, 10, true)]);
      expect(errorOf(zero.score([5, "NA"]))).toMatchObject({
        code: "zero-weight",
        message: "weights of the applicable score criteria sum to 0",
      });
      expect(totalOf(zero.score([5, 6]))).toBe(60);
    });
    test("values and criteria differing in number", () => {
      expect(errorOf(scorer.score([5]))).toMatchObject({ code: "length", message: "1 values for 2 criteria" });
    });
    test("bad input wins over blanks: an invalid value in a partly filled row is reported", () => {
      expect(errorOf(scorer.score(["x", null])).code).toBe("invalid-value");
    });
  });
});

describe("scoreEvaluation", () => {
  const rubric: Rubric = {
    id: "r",
    title: "R",
    version: 1,
    status: "draft",
    settings: { scale: 100, decimals: 1 },
    criteria: workedCriteria,
    bands: [],
  };
  test("matches values to criteria by id, ignoring case and order", () => {
    const values = { b1: 1, Q5: 10, Q4: 6, q3: 9, Q2: 7, Q1: 8 };
    expect(totalOf(scoreEvaluation(rubric, values))).toBe(88);
  });
  test("a criterion without a value counts as not scored", () => {
    expect(errorOf(scoreEvaluation(rubric, { Q1: 8 })).message).toBe("5 of 6 criteria not scored");
  });
});
