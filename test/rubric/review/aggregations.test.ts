// Each aggregation pinned on the hand-worked evaluations of fixture.ts.
import { buildReview, prepareReview, reviewRows, selectRows, summarise } from "../../../src/rubric/review";
import { ev, smallEvaluations, smallRubric, values } from "./fixture";

const rows = () => reviewRows(smallEvaluations(), [smallRubric()]);

describe("rows without a total are left out and counted", () => {
  test("nothing scored and part scored are unscored; a bad value and a missing version are errors", () => {
    const { rows: kept, leftOut } = selectRows(rows());
    expect(kept.map((r) => r.evaluation.sheetRow)).toEqual([2, 3, 4, 5]);
    expect(leftOut).toMatchObject({ unscored: 2, errors: 2, undated: 0 });
    expect(leftOut.rows).toEqual([
      { key: "ev-0005", sheetRow: 6, why: "unscored" },
      { key: "ev-0006", sheetRow: 7, why: "unscored", reason: { code: "incomplete", params: { blanks: 1, count: 4 } } },
      {
        key: "ev-0007",
        sheetRow: 8,
        why: "error",
        reason: { code: "invalid-value", params: { id: "A", value: '"x"' } },
      },
      { key: "ev-0008", sheetRow: 9, why: "error", reason: { code: "version-missing", params: { version: 9 } } },
    ]);
  });

  test("the filter applies to the rows left out too", () => {
    expect(selectRows(rows(), { person: "Ann" }).leftOut).toMatchObject({ unscored: 1, errors: 1 });
    expect(selectRows(rows(), { team: "T2" }).leftOut).toMatchObject({ unscored: 0, errors: 0, rows: [] });
  });

  test("with a period, a row without a readable date is left out as undated; without one it counts", () => {
    const evaluations = [
      ...smallEvaluations(),
      ev({ date: "someday", person: "Cy", team: "T2", values: values(10, 10, 1, 1) }),
    ];
    const all = reviewRows(evaluations, [smallRubric()]);
    const week = selectRows(all, { period: { kind: "week", year: 2026, week: 10 } });
    expect(week.leftOut.undated).toBe(1);
    expect(week.rows.map((r) => r.person)).not.toContain("Cy");
    expect(selectRows(all).rows.map((r) => r.person)).toContain("Cy");
  });
});

describe("filters", () => {
  test("an ISO week keeps the rows dated in it (2026-W10: 2 to 8 March)", () => {
    const week = selectRows(rows(), { period: { kind: "week", year: 2026, week: 10 } });
    expect(week.rows.map((r) => r.evaluation.sheetRow)).toEqual([2, 3, 4]);
    // The four rows left out are dated 3 March: in the week.
    expect(week.leftOut).toMatchObject({ unscored: 2, errors: 2 });
    const april = selectRows(rows(), { period: { kind: "month", year: 2026, month: 4 } });
    expect(april.rows.map((r) => r.evaluation.sheetRow)).toEqual([5]);
    expect(april.leftOut.rows).toEqual([]);
  });

  test("team, person and reviewer compare trimmed text", () => {
    expect(selectRows(rows(), { team: " T1 " }).rows.map((r) => r.evaluation.sheetRow)).toEqual([2, 4, 5]);
    expect(selectRows(rows(), { reviewer: "Rex" }).rows.map((r) => r.evaluation.sheetRow)).toEqual([2, 3]);
    expect(selectRows(rows(), { person: "Bob", team: "T2" }).rows).toEqual([]);
  });
});

describe("summaries", () => {
  test("overall: mean, min, max, points, bands, the failed gate's 0 included", () => {
    expect(summarise(selectRows(rows()).rows).overall).toEqual({
      evaluations: 4,
      mean: (100 + 60 + 50 + 0) / 4,
      min: 0,
      max: 100,
      points: 3,
      failedGates: 1,
      bands: [
        { label: "Low", points: 0, count: 2 },
        { label: "Good", points: 1, count: 1 },
        { label: "Strong", points: 2, count: 1 },
      ],
    });
  });

  test("a person in two teams: all their rows in their summary, each team's own in the team's", () => {
    const { persons, teams } = summarise(selectRows(rows()).rows);
    expect(
      persons.map(({ person, teams, evaluations, mean, points }) => ({ person, teams, evaluations, mean, points })),
    ).toEqual([
      { person: "Ann", teams: ["T1", "T2"], evaluations: 2, mean: 80, points: 3 },
      { person: "Bob", teams: ["T1"], evaluations: 2, mean: 25, points: 0 },
    ]);
    expect(
      teams.map(({ team, persons, evaluations, mean, min, max, points }) => ({
        team,
        persons,
        evaluations,
        mean,
        min,
        max,
        points,
      })),
    ).toEqual([
      { team: "T1", persons: 2, evaluations: 3, mean: 50, min: 0, max: 100, points: 2 },
      { team: "T2", persons: 1, evaluations: 1, mean: 60, min: 60, max: 60, points: 1 },
    ]);
  });

  test("no evaluations: no mean, min or max", () => {
    expect(summarise([]).overall).toEqual({
      evaluations: 0,
      mean: undefined,
      min: undefined,
      max: undefined,
      points: 0,
      failedGates: 0,
      bands: [],
    });
  });

  test("points add up without binary noise", () => {
    const rubric = smallRubric(1, { bands: [{ from: null, points: 0.1 }] });
    const evaluations = [1, 2, 3].map(() => ev({ values: values(5, 5, 0, 1) }));
    expect(summarise(selectRows(reviewRows(evaluations, [rubric])).rows).overall.points).toBe(0.3);
  });
});

describe("the criterion profile", () => {
  test("each criterion's mean share of its max, score criteria weakest first, NA left out, levels most often given", () => {
    const review = buildReview(prepareReview(smallEvaluations(), [smallRubric()]));
    expect(review.profile).toEqual([
      // B: 10, 5, 5, 10 of 10
      {
        id: "B",
        label: "Beta",
        kind: "score",
        share: 0.75,
        rated: 4,
        na: 0,
        levels: [
          { value: 5, count: 2 },
          { value: 10, count: 2 },
        ],
      },
      // A: 10, 5, NA, 10 of 10 (the failed-gate row's values count as given)
      {
        id: "A",
        label: "Alpha",
        kind: "score",
        share: 2.5 / 3,
        rated: 3,
        na: 1,
        levels: [
          { value: 10, label: "Full", count: 2 },
          { value: 5, label: "Half", count: 1 },
        ],
      },
      {
        id: "BON",
        label: "Bonus",
        kind: "bonus",
        share: 0.25,
        rated: 4,
        na: 0,
        levels: [
          { value: 0, count: 3 },
          { value: 1, count: 1 },
        ],
      },
      {
        id: "G",
        label: "Gate",
        kind: "gate",
        share: 0.75,
        rated: 4,
        na: 0,
        levels: [
          { value: 1, count: 3 },
          { value: 0, count: 1 },
        ],
      },
    ]);
  });

  test("per team: the person in two teams counts in each with that team's rows", () => {
    const review = buildReview(prepareReview(smallEvaluations(), [smallRubric()]));
    const shares = review.teamProfiles.map((g) => ({
      team: g.name,
      evaluations: g.evaluations,
      shares: g.criteria.filter((c) => c.kind === "score").map((c) => [c.id, c.share]),
    }));
    expect(shares).toEqual([
      // rows 2, 4, 5: A 10, NA, 10; B 10, 5, 10
      {
        team: "T1",
        evaluations: 3,
        shares: [
          ["B", 25 / 30],
          ["A", 1],
        ],
      },
      // row 3: A 5, B 5 (ties keep the rubric's order)
      {
        team: "T2",
        evaluations: 1,
        shares: [
          ["A", 0.5],
          ["B", 0.5],
        ],
      },
    ]);
    expect(review.personProfiles.map((g) => [g.name, g.evaluations])).toEqual([
      ["Ann", 2],
      ["Bob", 2],
    ]);
  });

  test("values that are no whole number are counted as given; named as the newest version they were given under names them", () => {
    const v2 = smallRubric(2, {
      criteria: smallRubric().criteria.map((c) =>
        c.id === "B"
          ? {
              ...c,
              levels: [
                { points: 7.5, label: "Most" },
                { points: 5, label: "Some" },
              ],
            }
          : c,
      ),
    });
    const evaluations = [
      ev({ version: 1, values: values(10, 7.5, 0, 1) }),
      ev({ version: 2, values: values(10, 7.5, 0, 1) }),
      ev({ version: 1, values: values(10, 5, 0, 1) }),
    ];
    const review = buildReview(prepareReview(evaluations, [smallRubric(), v2]));
    expect(review.profile.find((c) => c.id === "B")).toEqual({
      id: "B",
      label: "Beta",
      kind: "score",
      share: (0.75 + 0.75 + 0.5) / 3,
      rated: 3,
      na: 0,
      levels: [
        { value: 7.5, label: "Most", count: 2 },
        // Given under version 1 only, which has no levels for B.
        { value: 5, count: 1 },
      ],
    });
  });
});
