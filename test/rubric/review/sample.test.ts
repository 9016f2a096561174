// The example's 146 evaluations (assets/examples/sample-evaluations.csv) under the example rubric.
import { exampleRubric } from "../../../src/rubric/example";
import { lookupBand } from "../../../src/rubric/points";
import { buildReview, prepareReview, ReviewEvaluation } from "../../../src/rubric/review";
import { scoreEvaluation } from "../../../src/rubric/score";
import { sampleEvaluations } from "../../workbook/sample";

const rubric = exampleRubric("en");
const evaluations: ReviewEvaluation[] = sampleEvaluations().map((e, i) => ({ ...e, key: `ev-${i}`, sheetRow: i + 2 }));
const review = buildReview(prepareReview(evaluations, [rubric]));

/** The engine's points for one evaluation, as RUBRIC.TOTAL then RUBRIC.POINTS give them. */
function enginePoints(e: ReviewEvaluation): number {
  const outcome = scoreEvaluation(rubric, e.values);
  if (outcome.status !== "total") throw new Error(`row ${e.sheetRow} has no total`);
  const band = lookupBand(outcome.total, rubric.bands);
  if (band.status !== "band") throw new Error(`row ${e.sheetRow} is in no band`);
  return rubric.bands[band.index].points;
}

test("all 146 evaluations have a total: none left out", () => {
  expect(evaluations).toHaveLength(146);
  expect(review.summaries.overall.evaluations).toBe(146);
  expect(review.leftOut).toEqual({ unscored: 0, errors: 0, undated: 0, rows: [] });
});

test("every person's points in the ledger are the sum of the engine's points for their evaluations", () => {
  const expected = new Map<string, number>();
  for (const e of evaluations) expected.set(e.person!, (expected.get(e.person!) ?? 0) + enginePoints(e));
  expect(review.ledger.persons).toHaveLength(12);
  for (const person of review.ledger.persons) {
    expect(person.points).toBeCloseTo(expected.get(person.person)!, 9);
    expect(person.entries.at(-1)!.running).toBe(person.points);
    expect(person.entries.reduce((sum, entry) => sum + entry.points, 0)).toBeCloseTo(person.points, 9);
  }
  const summaries = new Map(review.summaries.persons.map((p) => [p.person, p.points]));
  for (const person of review.ledger.persons) expect(summaries.get(person.person)).toBe(person.points);
});

test("the monthly trend shows the shift from about 40–60 towards 65–85: every month's mean above the last", () => {
  const months = review.trend.months;
  expect(months.map((m) => m.month)).toEqual(["2018-09", "2018-10", "2018-11", "2018-12", "2019-01", "2019-02"]);
  expect(months.map((m) => m.evaluations)).toEqual([24, 22, 22, 28, 28, 22]);
  const means = months.map((m) => m.mean!);
  for (let i = 1; i < means.length; i++) expect(means[i]).toBeGreaterThan(means[i - 1]);
  const [first] = months;
  const last = months[months.length - 1];
  // The middle half of the totals: about 40–60 in the first month, 65–85 and more in the last.
  expect(first.quartiles![0]).toBeGreaterThanOrEqual(40);
  expect(first.quartiles![2]).toBeLessThanOrEqual(65);
  expect(last.quartiles![0]).toBeGreaterThanOrEqual(65);
  expect(last.mean!).toBeGreaterThanOrEqual(75);
});

test("teams and the profile: three teams of four, the OA usage assessment weakest, PROC's NA left out", () => {
  expect(review.summaries.teams.map((t) => [t.team, t.persons])).toEqual([
    ["Team 1 / 客服一组", 4],
    ["Team 2 / 客服二组", 4],
    ["Team 3 / 客服三组", 4],
  ]);
  expect(review.summaries.teams.reduce((n, t) => n + t.evaluations, 0)).toBe(146);
  expect(review.profile[0].id).toBe("OAUSE");
  const proc = review.profile.find((c) => c.id === "PROC")!;
  expect(proc.rated + proc.na).toBe(146);
  expect(proc.na).toBe(10);
});
