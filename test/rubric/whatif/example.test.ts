// The example rubric and its sample evaluations (the ones "Create the example" writes): raising PREP's weight from
// 15 to 30 lists exactly the evaluations whose points change, cross-checked against scoring each evaluation with the
// engine directly (scoreEvaluation, then the band as RUBRIC.POINTS finds it).
import { exampleRubric } from "../../../src/rubric/example";
import { lookupBand } from "../../../src/rubric/points";
import { scoreEvaluation } from "../../../src/rubric/score";
import { Rubric } from "../../../src/rubric/model";
import {
  evaluationData,
  impactOf,
  scoreAsAwarded,
  scoreUnder,
  summarize,
  trialOf,
  weightEdit,
  WhatIfEvaluation,
} from "../../../src/rubric/whatif";
import { sampleEvaluations } from "../../workbook/sample";

const evaluations: WhatIfEvaluation[] = sampleEvaluations().map((e, i) => ({ ...e, key: `k${i}`, sheetRow: i + 5 }));
const rubric = exampleRubric("en");
const edits = [weightEdit("PREP", 30)];
const raised = trialOf(rubric, edits).rubric;

/** Points straight from the engine; undefined when there are none. */
function enginePoints(r: Rubric, e: WhatIfEvaluation): number | undefined {
  const outcome = scoreEvaluation(r, e.values);
  if (outcome.status !== "total") return undefined;
  const band = lookupBand(outcome.total, r.bands);
  return band.status === "band" ? r.bands[band.index].points : undefined;
}

const data = evaluationData(evaluations);
const awarded = scoreAsAwarded(data, { versions: [rubric] });
const after = scoreUnder(data, trialOf(rubric, edits));
const summary = summarize(awarded, after, undefined, { movers: Infinity });

describe("raising PREP's weight from 15 to 30 on the example", () => {
  test("lists exactly the evaluations whose points change, as the engine scores them", () => {
    const changed = evaluations.filter((e) => enginePoints(rubric, e) !== enginePoints(raised, e)).map((e) => e.key);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThan(evaluations.length);
    const listed = summary.movers.filter((m) => m.pointsChange !== null && m.pointsChange !== 0).map((m) => m.key);
    expect(new Set(listed)).toEqual(new Set(changed));
    // and each is a band change, listed before the movers whose total alone moves
    const kinds = summary.movers.map((m) => m.kind);
    expect(kinds.lastIndexOf("band")).toBeLessThan(kinds.indexOf("total"));
    expect(summary.moved.band).toBe(changed.length);
  });

  test("every evaluation's totals and points are the engine's", () => {
    impactOf(awarded, after).forEach((impact, i) => {
      const [before, later] = [
        scoreEvaluation(rubric, evaluations[i].values),
        scoreEvaluation(raised, evaluations[i].values),
      ];
      expect(impact.before).toMatchObject(
        before.status === "total" ? { total: before.total } : { status: before.status },
      );
      expect(impact.after).toMatchObject(later.status === "total" ? { total: later.total } : { status: later.status });
    });
  });

  test("per person, the points delta is the difference of the engine's points", () => {
    const delta = new Map<string, number>();
    for (const e of evaluations) {
      const change = (enginePoints(raised, e) ?? 0) - (enginePoints(rubric, e) ?? 0);
      delta.set(e.person ?? "", (delta.get(e.person ?? "") ?? 0) + change);
    }
    expect(new Map(summary.persons.map((p) => [p.name, p.pointsChange]))).toEqual(delta);
    expect([...delta.values()].some((d) => d !== 0)).toBe(true);
  });

  test("each mover's contributions add up to its change: PREP gains, the other score criteria give way", () => {
    for (const mover of summary.movers) {
      const e = mover.explanation!;
      const sum = e.criteria.reduce((s, c) => s + c.change, 0) + e.floor + e.rounding;
      expect(sum).toBeCloseTo(mover.totalChange!, 9);
      // A bonus adds the same whatever the score weights: it never moves anything here.
      expect(e.criteria.map((c) => c.id)).not.toContain("BONUS");
    }
  });
});
