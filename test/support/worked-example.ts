// The seed case from the engine issue: Q1–Q5 weights 30/20/20/20/10, max 10; bonus B1 weight 10, max 1.
import { Band, Criterion } from "../../src/rubric/model";

const scoreCriterion = (id: string, weight: number): Criterion => ({
  id,
  label: id,
  kind: "score",
  weight,
  max: 10,
  allowNA: false,
});

export const workedCriteria: Criterion[] = [
  scoreCriterion("Q1", 30),
  scoreCriterion("Q2", 20),
  scoreCriterion("Q3", 20),
  scoreCriterion("Q4", 20),
  scoreCriterion("Q5", 10),
  { id: "B1", label: "B1", kind: "bonus", weight: 10, max: 1, allowNA: false },
];

export const workedBands: Band[] = [
  { from: null, points: 0 },
  { from: 60, points: 1 },
  { from: 75, points: 1.5 },
  { from: 85, points: 2 },
  { from: 101, points: 2.5 },
  { from: 110, points: 3 },
];

export const workedScores = [8, 7, 9, 6, 10, 1];

/** The same criteria as a sheet table, header row first, as Excel passes a range. */
export const workedCriteriaCells: unknown[][] = [
  ["ID", "Criterion", "Kind", "Weight", "Max", "Allow NA"],
  ...workedCriteria.map((c) => [c.id, c.label, c.kind, c.weight, c.max, c.allowNA]),
];

export const workedBandCells: unknown[][] = [
  ["From", "Points", "Label"],
  ...workedBands.map((b) => [b.from, b.points, b.label ?? null]),
];
