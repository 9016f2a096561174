// A small rubric and evaluations whose figures are worked out by hand in the tests.
//   A score (weight 60, max 10, NA allowed), B score (40, max 10), BON bonus (10 points, max 1), G gate (max 1).
//   Bands: below 60 → 0, from 60 → 1, from 80 → 2.
import { Rubric } from "../../../src/rubric/model";
import { ReviewEvaluation } from "../../../src/rubric/review";
import { workedBands, workedCriteria, workedScores } from "../../support/worked-example";

export function smallRubric(version = 1, overrides: Partial<Rubric> = {}): Rubric {
  return {
    id: "small",
    title: "Small",
    version,
    status: "draft",
    settings: { scale: 100, decimals: 1 },
    criteria: [
      {
        id: "A",
        label: "Alpha",
        kind: "score",
        weight: 60,
        max: 10,
        allowNA: true,
        levels: [
          { points: 0, label: "None" },
          { points: 5, label: "Half" },
          { points: 10, label: "Full" },
        ],
      },
      { id: "B", label: "Beta", kind: "score", weight: 40, max: 10, allowNA: false },
      { id: "BON", label: "Bonus", kind: "bonus", weight: 10, max: 1, allowNA: false },
      { id: "G", label: "Gate", kind: "gate", weight: 0, max: 1, allowNA: false },
    ],
    bands: [
      { from: null, points: 0, label: "Low" },
      { from: 60, points: 1, label: "Good" },
      { from: 80, points: 2, label: "Strong" },
    ],
    ...overrides,
  };
}

let next = 0;
/** An evaluation on sheet row 2, 3, … with the given fields. */
export function ev(fields: Partial<ReviewEvaluation> & Pick<ReviewEvaluation, "values">): ReviewEvaluation {
  next++;
  return { key: `ev-${String(next).padStart(4, "0")}`, sheetRow: next + 1, ...fields };
}

export const values = (A: unknown, B: unknown, BON: unknown, G: unknown) =>
  ({ A, B, BON, G }) as ReviewEvaluation["values"];

/** Hand-worked: see each line. */
export function smallEvaluations(): ReviewEvaluation[] {
  next = 0;
  return [
    // base 100, total 100 → Strong, 2 points
    ev({ date: "2026-03-02", person: "Ann", team: "T1", reviewer: "Rex", process: "P1", values: values(10, 10, 0, 1) }),
    // base 50 + bonus 10 = 60 → Good, 1 point: Ann in a second team
    ev({ date: "2026-03-04", person: "Ann", team: "T2", reviewer: "Rex", process: "P2", values: values(5, 5, 1, 1) }),
    // A is NA: B alone, base 50 → Low, 0 points
    ev({
      date: "2026-03-05",
      person: "Bob",
      team: "T1",
      reviewer: "Sue",
      process: "P3",
      values: values("NA", 5, 0, 1),
    }),
    // the gate fails: total 0 → Low, 0 points
    ev({ date: "2026-04-01", person: "Bob", team: "T1", reviewer: "Sue", process: "P4", values: values(10, 10, 0, 0) }),
    // nothing scored: unscored
    ev({ date: "2026-03-03", person: "Bob", team: "T1", reviewer: "Sue", values: values(null, null, null, null) }),
    // part scored: unscored (1 of 4 not scored)
    ev({ date: "2026-03-03", person: "Ann", team: "T1", reviewer: "Rex", values: values(5, null, 0, 1) }),
    // not a value: an error
    ev({ date: "2026-03-03", person: "Ann", team: "T1", reviewer: "Rex", values: values("x", 5, 0, 1) }),
    // a version that does not exist: an error
    ev({ date: "2026-03-03", person: "Bob", team: "T1", reviewer: "Sue", version: 9, values: values(5, 5, 0, 1) }),
  ];
}

/** The worked example (test/support/worked-example.ts) as a rubric version and one evaluation of it. */
export const workedRubric = (): Rubric => ({
  id: "worked",
  title: "Worked example",
  version: 3,
  status: "stable",
  settings: { scale: 100, decimals: 1 },
  criteria: workedCriteria,
  bands: workedBands,
});

export const workedEvaluation = (): ReviewEvaluation => ({
  key: "ev-worked",
  sheetRow: 12,
  date: "2026-03-02",
  process: "HF-1",
  person: "Ann",
  team: "T1",
  reviewer: "Rex",
  comment: " Thorough. ",
  values: Object.fromEntries(workedCriteria.map((c, i) => [c.id, workedScores[i]])),
});

/** The worked example with a gate G (0 fails it), and the worked evaluation failing it. */
export const gatedWorked = (): { rubric: Rubric; failed: ReviewEvaluation } => {
  const worked = workedRubric();
  const rubric: Rubric = {
    ...worked,
    criteria: [...worked.criteria, { id: "G", label: "Gate", kind: "gate", weight: 0, max: 1, allowNA: false }],
  };
  return { rubric, failed: ev({ values: { ...workedEvaluation().values, G: 0 } }) };
};
