// The aggregations on a case worked by hand (cases.ts): Q1's weight raised from 1 to 3, so a total becomes
// 100 × (3·Q1 + Q2) / 40. Row 5: 60 → 60; row 6: 80 → 90; row 7: 70 → 55 (band 60–80 → below 60, 1 point → 0);
// row 8: 80 → 80; row 9: an error either way.
import {
  evaluationData,
  impactOf,
  scoreAsAwarded,
  scoreUnder,
  selectRows,
  shownChanges,
  summarize,
  trialOf,
  weightEdit,
} from "../../../src/rubric/whatif";
import { handEvaluations, handRubric } from "./cases";

const data = evaluationData(handEvaluations);
const awarded = scoreAsAwarded(data, { versions: [handRubric()] });
const after = scoreUnder(data, trialOf(handRubric(), [weightEdit("Q1", 3)]));
const summary = summarize(awarded, after, undefined, { movers: Infinity });

describe("impactOf", () => {
  test("gives each evaluation its result before and after, and the errors with the engine's code and reason", () => {
    const impact = impactOf(awarded, after);
    expect(impact.map((e) => [e.sheetRow, e.totalChange, e.pointsChange, e.bandChanged])).toEqual([
      [5, 0, 0, false],
      [6, 10, 0, false],
      [7, -15, -1, true],
      [8, 0, 0, false],
      [9, null, null, false],
    ]);
    expect(impact[2].before).toEqual({ status: "total", total: 70, band: 1, points: 1 });
    expect(impact[2].after).toEqual({ status: "total", total: 55, band: 0, points: 0 });
    expect(impact[4].after).toEqual({
      status: "error",
      code: "invalid-value",
      reason: { code: "invalid-value", params: { id: "Q1", value: '"x"' } },
    });
  });
});

describe("summarize", () => {
  test("distributions: histogram on the scale (bins of 5), mean, median, share per band, errors apart", () => {
    expect(summary.bins).toEqual({ from: 0, width: 5, count: 20 });
    expect(summary.edges).toEqual({ before: [60, 80], after: [60, 80] });
    const bin = (total: number) => total / 5;
    const histogram = (totals: number[]) => {
      const h = new Array(20).fill(0);
      totals.forEach((t) => h[bin(t)]++);
      return h;
    };
    expect(summary.before).toEqual({
      evaluations: 5,
      totals: 4,
      errors: 1,
      unscored: 0,
      mean: 72.5,
      median: 75,
      histogram: histogram([60, 80, 70, 80]),
      bands: [0, 2, 2],
      shares: [0, 0.5, 0.5],
    });
    expect(summary.after).toMatchObject({ mean: 71.25, median: 70, bands: [1, 1, 2], shares: [0.25, 0.25, 0.5] });
    expect(summary.after.histogram).toEqual(histogram([60, 90, 55, 80]));
  });

  test("band transitions: from band → to band, errors and unscored as their own row and column", () => {
    // rows/columns: below 60, 60–80, ≥ 80, error, unscored
    expect(summary.transitions.counts).toEqual([
      [0, 0, 0, 0, 0],
      [1, 1, 0, 0, 0],
      [0, 0, 2, 0, 0],
      [0, 0, 0, 1, 0],
      [0, 0, 0, 0, 0],
    ]);
  });

  test("points gained and lost", () => {
    expect(summary.points).toEqual({ before: 6, after: 5, gained: 0, lost: -1, up: 0, down: 1, unknown: 1 });
  });

  test("per person: evaluations, mean total and points before → after, rank by points (ties share a rank)", () => {
    const persons = Object.fromEntries(summary.persons.map((p) => [p.name, p]));
    expect(persons.Ann).toMatchObject({
      evaluations: 2,
      before: { totals: 2, mean: 70, points: 3, errors: 0 },
      after: { totals: 2, mean: 75, points: 3, errors: 0 },
      pointsChange: 0,
      rankBefore: 1,
      rankAfter: 1,
      rankChange: 0,
    });
    expect(persons.Bob).toMatchObject({
      before: { mean: 75, points: 3 },
      after: { mean: 67.5, points: 2 },
      pointsChange: -1,
      rankBefore: 1,
      rankAfter: 2,
      rankChange: -1,
    });
    expect(persons.Cy).toMatchObject({
      evaluations: 1,
      before: { totals: 0, mean: null, points: 0, errors: 1 },
      rankBefore: 3,
      rankAfter: 3,
    });
    expect(summary.teams.map((t) => [t.name, t.evaluations, t.pointsChange])).toEqual([
      ["T1", 2, 0],
      ["T2", 3, -1],
    ]);
  });

  test("movers: band changes before totals alone, each with the criteria that moved it", () => {
    expect(summary.moved).toEqual({ all: 2, result: 0, band: 1, total: 1, becomeErrors: 0 });
    const [first, second] = summary.movers;
    expect([first.sheetRow, first.kind, first.totalChange, first.pointsChange]).toEqual([7, "band", -15, -1]);
    expect([second.sheetRow, second.kind, second.totalChange]).toEqual([6, "total", 10]);
    // Row 7: Q1 20 → 30 (weight 1 of 2 → 3 of 4), Q2 50 → 25.
    const e = first.explanation!;
    expect(e.criteria.map((c) => [c.id, c.before, c.after])).toEqual([
      ["Q2", 50, 25],
      ["Q1", 20, 30],
    ]);
    expect(e.criteria[0].change + e.criteria[1].change + e.floor + e.rounding).toBeCloseTo(-15, 9);
  });

  test("filters narrow every aggregation", () => {
    const rows = selectRows(data, { persons: ["Bob"] }, awarded);
    const bob = summarize(awarded, after, rows);
    expect(bob.evaluations).toBe(2);
    expect(bob.points).toMatchObject({ before: 3, after: 2 });
    expect(bob.persons.map((p) => p.name)).toEqual(["Bob"]);
  });
});

describe("explanations and rounding", () => {
  // Q1 weight 1 → 2 with whole totals: row 6 (Q1 10, Q2 6) is 100·(2 + 0.6)/3 = 86.67 → 87.
  const tried = scoreUnder(data, trialOf(handRubric(), [weightEdit("Q1", 2)]));
  const mover = summarize(awarded, tried, undefined, { movers: Infinity }).movers.find((m) => m.sheetRow === 6)!;

  test("the contributions split the unrounded change; rounding is its own line", () => {
    const e = mover.explanation!;
    expect(mover.totalChange).toBe(7);
    expect(e.criteria.reduce((s, c) => s + c.change, 0)).toBeCloseTo(86 + 2 / 3 - 80, 9);
    expect(e.rounding).toBeCloseTo(1 / 3, 9);
    expect(e.criteria.reduce((s, c) => s + c.change, 0) + e.floor + e.rounding).toBeCloseTo(7, 9);
  });

  test("shown at the rubric's decimals, the lines add up exactly to the change shown", () => {
    // Q1 50 → 66.67 (+16.67), Q2 30 → 20 (−10): rounded down 16 and −10 make 6, one unit short of 7.
    const shown = shownChanges(mover.explanation!, 0);
    expect(shown).toEqual({ criteria: [17, -10], floor: 0 });
  });
});
