// A small case worked by hand: two score criteria of equal weight (max 10), bands 60 → 1 point, 80 → 2 points,
// whole totals. The totals are 100 × (w1·Q1/10 + w2·Q2/10) / (w1 + w2).
import { Rubric } from "../../../src/rubric/model";
import { WhatIfEvaluation } from "../../../src/rubric/whatif";

export function handRubric(version = 1): Rubric {
  return {
    id: "hand",
    title: "Hand",
    version,
    status: "draft",
    settings: { scale: 100, decimals: 0 },
    criteria: [
      { id: "Q1", label: "Q1", kind: "score", weight: 1, max: 10, allowNA: false },
      {
        id: "Q2",
        label: "Q2",
        kind: "score",
        weight: 1,
        max: 10,
        allowNA: false,
        levels: [
          { points: 0, label: "none" },
          { points: 6, label: "fair" },
          { points: 10, label: "full" },
        ],
      },
    ],
    bands: [
      { from: null, points: 0 },
      { from: 60, points: 1 },
      { from: 80, points: 2 },
    ],
  };
}

const row = (
  sheetRow: number,
  person: string,
  team: string,
  q1: unknown,
  q2: unknown,
  date = "2026-03-02",
): WhatIfEvaluation => ({
  key: `k${sheetRow}`,
  sheetRow,
  date,
  person,
  team,
  reviewer: person === "Bob" ? "Rita" : "Sam",
  values: { Q1: q1 as number, Q2: q2 as number },
});

/** Totals under handRubric: 60, 80, 70, 80, and an error (Q1 is text). */
export const handEvaluations: WhatIfEvaluation[] = [
  row(5, "Ann", "T1", 6, 6),
  row(6, "Ann", "T1", 10, 6, "2026-03-09"),
  row(7, "Bob", "T2", 4, 10),
  row(8, "Bob", "T2", 8, 8, "2026-02-27"),
  row(9, "Cy", "T2", "x", 5),
];
