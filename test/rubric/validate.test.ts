import { Criterion, Rubric } from "../../src/rubric/model";
import { describeProblem } from "../../src/rubric/problem";
import { validateBands, validateCriteria, validateRubric } from "../../src/rubric/validate";
import { workedBands, workedCriteria } from "../support/worked-example";

const rubric = (over: Partial<Rubric> = {}): Rubric => ({
  id: "proactive-visit",
  title: "Proactive follow-up visit",
  version: 1,
  status: "draft",
  settings: { scale: 100, decimals: 1 },
  criteria: workedCriteria,
  bands: workedBands,
  ...over,
});
const texts = (problems: ReturnType<typeof validateRubric>) => problems.map((p) => describeProblem(p));
const crit = (over: Partial<Criterion>): Criterion => ({
  id: "A",
  label: "A",
  kind: "score",
  weight: 1,
  max: 10,
  allowNA: false,
  ...over,
});

describe("validateRubric", () => {
  test("the worked example is valid", () => {
    expect(validateRubric(rubric())).toEqual([]);
  });

  test("returns every problem, each with its location", () => {
    const problems = validateRubric(
      rubric({
        id: "",
        version: 0,
        settings: { scale: 0, decimals: 1.5 },
        criteria: [crit({ id: "Q1", weight: -1 }), crit({ id: "q1", max: 0 }), crit({ id: "3x", label: " " })],
        bands: [
          { from: 60, points: 1 },
          { from: 50, points: Number.NaN },
          { from: null, points: 2 },
        ],
      }),
    );
    expect(texts(problems)).toEqual([
      "id must start with a letter, then up to 23 letters, digits, - or _",
      "version must be a whole number ≥ 1",
      "scale must be a number > 0",
      "decimals must be a whole number from 0 to 6",
      "Q1: weight is negative",
      "q1: id repeats the id of criterion 1 (ids ignore case)",
      "q1: max must be > 0",
      "3x: id must start with a letter, then letters, digits or _",
      "3x: label is empty",
      "bands: row 2: from 50 is not above 60",
      "bands: row 2: points is not a number",
      "bands: row 3: from is blank (only the first band may start open)",
    ]);
    expect(problems[4].location).toEqual({ scope: "criterion", index: 0, id: "Q1", field: "weight" });
    expect(problems[9].location).toEqual({ scope: "band", index: 1, field: "from" });
  });

  test("status must be draft, stable or final", () => {
    expect(texts(validateRubric(rubric({ status: "done" as never })))).toEqual([
      "status must be one of draft, stable, final",
    ]);
  });
});

describe("validateCriteria", () => {
  test("no criteria", () => {
    expect(texts(validateCriteria([]))).toEqual(["criteria: there are no criteria"]);
  });
  test("no score criterion", () => {
    expect(texts(validateCriteria([crit({ kind: "bonus" })]))).toEqual([
      "criteria: there is no criterion of kind score",
    ]);
  });
  test("score weights summing to 0", () => {
    expect(texts(validateCriteria([crit({ weight: 0 }), crit({ id: "B", weight: 0 })]))).toEqual([
      "criteria: weights of score criteria sum to 0",
    ]);
  });
  test("unknown kind and non-numbers", () => {
    expect(
      texts(
        validateCriteria([
          crit({}),
          crit({ id: "B", kind: "extra" as never, weight: Number.NaN, max: Number.POSITIVE_INFINITY }),
        ]),
      ),
    ).toEqual([
      "B: kind must be one of score, bonus, penalty, gate",
      "B: weight is not a number",
      "B: max is not a number",
    ]);
  });
  test("levels: points within 0..max, labels present, no repeats", () => {
    const levels = [
      { points: 0, label: "None" },
      { points: 11, label: "Too much" },
      { points: 0, label: "Again" },
      { points: 5, label: "" },
    ];
    expect(texts(validateCriteria([crit({ levels })]))).toEqual([
      "A: levels[1].points 11 is outside 0..10",
      "A: levels[2].points 0 repeats an earlier level",
      "A: levels[3].label is empty",
    ]);
  });
  test("scoringOnly skips labels and levels; ids: false skips ids", () => {
    const c = crit({ id: "criterion 1", label: "", levels: [{ points: 99, label: "" }] });
    expect(validateCriteria([c], { scoringOnly: true, ids: false })).toEqual([]);
    expect(texts(validateCriteria([c], { scoringOnly: true }))).toEqual([
      "criterion 1: id must start with a letter, then letters, digits or _",
    ]);
  });
});

describe("validateBands", () => {
  test("an empty list and an open first band are fine", () => {
    expect(validateBands([])).toEqual([]);
    expect(validateBands(workedBands)).toEqual([]);
  });
  test("equal froms are not ascending", () => {
    expect(
      validateBands([
        { from: 60, points: 1 },
        { from: 60, points: 2 },
      ]).map((p) => describeProblem(p)),
    ).toEqual(["bands: row 2: from 60 is not above 60"]);
  });
});
