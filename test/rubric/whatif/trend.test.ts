// The trend under one rubric, and the distribution's arithmetic (bins, median) on more than a handful of totals.
import { binOf, binsFor, distribution } from "../../../src/rubric/whatif/distribution";
import {
  allRows,
  evaluationData,
  scoreAsAwarded,
  scoreUnder,
  trend,
  WhatIfEvaluation,
} from "../../../src/rubric/whatif";
import { handEvaluations, handRubric } from "./cases";

describe("trend", () => {
  test("month by month, as awarded beside re-scored under the chosen rubric; undated rows apart", () => {
    const data = evaluationData([...handEvaluations, { ...handEvaluations[0], key: "u", sheetRow: 10, date: null }]);
    const awarded = scoreAsAwarded(data, { versions: [handRubric()] });
    const heavier = {
      ...handRubric(2),
      criteria: handRubric().criteria.map((c) => ({ ...c, weight: c.id === "Q1" ? 3 : 1 })),
    };
    const t = trend(awarded, scoreUnder(data, heavier));
    expect(t.undated).toBe(1);
    // February: row 8 (80 → 80). March: rows 5, 6, 7, 9 (60, 80, 70, error → 60, 90, 55, error).
    expect(t.months.map((m) => [m.month, m.awarded.evaluations, m.awarded.mean, m.under.mean])).toEqual([
      ["2026-02", 1, 80, 80],
      ["2026-03", 4, 70, (60 + 90 + 55) / 3],
    ]);
    expect(t.months[1].under).toMatchObject({ errors: 1, bands: [1, 1, 1], median: 60 });
    expect(t.bins).toEqual({ from: 0, width: 5, count: 20 });
  });

  test("no dated evaluation: no month", () => {
    const data = evaluationData([{ ...handEvaluations[0], date: undefined }]);
    const awarded = scoreAsAwarded(data, { versions: [handRubric()] });
    expect(trend(awarded, awarded)).toMatchObject({ months: [], undated: 1 });
  });
});

describe("distribution", () => {
  test("the median is the middle total, or the mean of the two middle ones, whatever the order", () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (const n of [1, 2, 3, 10, 101, 1000]) {
      const evaluations: WhatIfEvaluation[] = Array.from({ length: n }, (_, i) => ({
        key: `k${i}`,
        sheetRow: i,
        values: { Q1: Math.floor(random() * 11), Q2: Math.floor(random() * 3) * 5 },
      }));
      const data = evaluationData(evaluations);
      const scores = scoreUnder(data, handRubric());
      const totals = Array.from(scores.total).sort((a, b) => a - b);
      const middle = n % 2 ? totals[(n - 1) / 2] : (totals[n / 2 - 1] + totals[n / 2]) / 2;
      const d = distribution(scores, allRows(data), binsFor(100, 100), 3);
      expect(d.median).toBe(middle);
      expect(d.mean).toBeCloseTo(totals.reduce((s, t) => s + t, 0) / n, 9);
      expect(d.histogram.reduce((s, c) => s + c, 0)).toBe(n);
    }
  });

  test("bins: from 0 to the scale, or beyond it for bonus points; the top edge in the last bin", () => {
    expect(binsFor(100, 80)).toEqual({ from: 0, width: 5, count: 20 });
    expect(binsFor(100, 112.5)).toEqual({ from: 0, width: 5, count: 23 });
    expect(binsFor(10, 0, 1)).toEqual({ from: 0, width: 1, count: 10 });
    const bins = binsFor(100, 100);
    expect([binOf(bins, 0), binOf(bins, 4.9), binOf(bins, 5), binOf(bins, 100)]).toEqual([0, 0, 1, 19]);
    expect(() => binsFor(100, 0, 0)).toThrow(/bin width must be above 0, not 0/);
  });
});
