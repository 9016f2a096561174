// The monthly trend, re-scoring under a version, and the points ledger, on fixture.ts's hand-worked evaluations.
import {
  buildReview,
  monthlyTrend,
  pointsLedger,
  prepareReview,
  prepareVersions,
  rescoredTrend,
  reviewRows,
  selectRows,
} from "../../../src/rubric/review";
import { Rubric } from "../../../src/rubric/model";
import { ev, smallEvaluations, smallRubric, values } from "./fixture";

const scored = (versions: Rubric[] = [smallRubric()], evaluations = smallEvaluations()) =>
  selectRows(reviewRows(evaluations, versions)).rows;

/** Version 2: the bonus is worth 20 points, and a total of 50 already earns 1 point. */
const version2 = () =>
  smallRubric(2, {
    criteria: smallRubric().criteria.map((c) => (c.id === "BON" ? { ...c, weight: 20 } : c)),
    bands: [
      { from: null, points: 0, label: "Low" },
      { from: 50, points: 1, label: "Good" },
      { from: 80, points: 2, label: "Strong" },
    ],
  });

describe("the monthly trend", () => {
  test("per month: evaluations, mean, quartiles, min, max, bands, histogram", () => {
    const trend = monthlyTrend(scored());
    expect(trend.months.map((m) => m.month)).toEqual(["2026-03", "2026-04"]);
    const [march, april] = trend.months;
    // March: 100, 60, 50
    expect(march).toMatchObject({ evaluations: 3, mean: 70, quartiles: [55, 60, 80], min: 50, max: 100 });
    expect(march.bands).toEqual([
      { label: "Low", points: 0, count: 1 },
      { label: "Good", points: 1, count: 1 },
      { label: "Strong", points: 2, count: 1 },
    ]);
    expect(march.histogram).toEqual([0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 1]);
    // April: the failed gate's 0
    expect(april).toMatchObject({ evaluations: 1, mean: 0, quartiles: [0, 0, 0], min: 0, max: 0 });
    expect(april.histogram[0]).toBe(1);
    expect(trend.undated).toBe(0);
  });

  test("months without evaluations between the first and the last are there, empty; undated rows are counted", () => {
    const evaluations = [
      ev({ date: "2025-11-20", values: values(10, 10, 0, 1) }),
      ev({ date: "2026-02-01", values: values(5, 5, 0, 1) }),
      ev({ date: "", values: values(5, 5, 0, 1) }),
    ];
    const trend = monthlyTrend(scored([smallRubric()], evaluations));
    expect(trend.months.map((m) => [m.month, m.evaluations, m.mean])).toEqual([
      ["2025-11", 1, 100],
      ["2025-12", 0, undefined],
      ["2026-01", 0, undefined],
      ["2026-02", 1, 50],
    ]);
    expect(trend.undated).toBe(1);
  });

  test("re-scored under another version: the same evaluations' totals under its criteria", () => {
    const evaluations = smallEvaluations().map((e) => ({ ...e, version: e.version ?? 1 }));
    const versions = prepareVersions([smallRubric(), version2()]);
    const rows = selectRows(reviewRows(evaluations, [smallRubric(), version2()])).rows;
    const rescored = rescoredTrend(rows, 2, versions);
    // Row 3 earns the bonus: 50 + 20 = 70 under version 2 (60 as awarded under version 1).
    expect(rescored.months[0]).toMatchObject({ evaluations: 3, mean: (100 + 70 + 50) / 3, min: 50, max: 100 });
    expect(monthlyTrend(rows).months[0].mean).toBe(70);
    expect(rescored.leftOut).toMatchObject({ unscored: 0, errors: 0 });
    expect(() => rescoredTrend(rows, 3, versions)).toThrow("there is no rubric version 3 to re-score under");
  });

  test("a version with a criterion the evaluations lack leaves them out of the re-scored trend, counted", () => {
    const v2 = smallRubric(2, {
      criteria: [
        ...smallRubric().criteria,
        { id: "C", label: "New", kind: "score", weight: 10, max: 10, allowNA: false },
      ],
    });
    const evaluations = smallEvaluations().map((e) => ({ ...e, version: e.version ?? 1 }));
    const rows = selectRows(reviewRows(evaluations, [smallRubric(), v2])).rows;
    const rescored = rescoredTrend(rows, 2, prepareVersions([smallRubric(), v2]));
    expect(rescored.months).toEqual([]);
    expect(rescored.leftOut).toMatchObject({ unscored: 4, errors: 0 });
    expect(rescored.leftOut.rows[0]).toMatchObject({
      why: "unscored",
      reason: { code: "incomplete", params: { blanks: 1, count: 5 } },
    });
  });
});

describe("the points ledger", () => {
  test("per person, oldest first, points as awarded with running totals", () => {
    // Given newest first: the ledger still runs by date.
    const ledger = pointsLedger(scored([smallRubric()], smallEvaluations().reverse()));
    expect(ledger.persons.map((p) => [p.person, p.points])).toEqual([
      ["Ann", 3],
      ["Bob", 0],
    ]);
    expect(ledger.persons[0].entries).toEqual([
      {
        key: "ev-0001",
        sheetRow: 2,
        date: "2026-03-02",
        process: "P1",
        team: "T1",
        total: 100,
        points: 2,
        version: 1,
        band: "Strong",
        running: 2,
      },
      {
        key: "ev-0002",
        sheetRow: 3,
        date: "2026-03-04",
        process: "P2",
        team: "T2",
        total: 60,
        points: 1,
        version: 1,
        band: "Good",
        running: 3,
      },
    ]);
    expect(ledger.persons[1].entries.map((e) => [e.date, e.total, e.points, e.running])).toEqual([
      ["2026-03-05", 50, 0, 0],
      ["2026-04-01", 0, 0, 0],
    ]);
  });

  test("points stay pinned to each evaluation's version; a blank version is the latest", () => {
    const evaluations = [
      ev({ date: "2026-03-01", person: "Ann", version: 1, values: values("NA", 5, 0, 1) }), // 50: 0 points under v1
      ev({ date: "2026-03-02", person: "Ann", version: 2, values: values("NA", 5, 0, 1) }), // 50: 1 point under v2
      ev({ date: "2026-03-03", person: "Ann", values: values("NA", 5, 0, 1) }), // blank: the latest, v2
    ];
    const ledger = pointsLedger(scored([smallRubric(), version2()], evaluations));
    expect(ledger.persons[0].entries.map((e) => [e.version, e.total, e.points, e.running])).toEqual([
      [1, 50, 0, 0],
      [2, 50, 1, 1],
      [2, 50, 1, 2],
    ]);
  });

  test("targets per person or per level, the progress, and who is closest", () => {
    const rows = [
      ...scored(),
      ...scored([smallRubric()], [ev({ date: "2026-03-10", person: "Cy", values: values(10, 10, 1, 1) })]), // 110: 2
      ...scored([smallRubric()], [ev({ date: "2026-03-10", person: "Di", values: values(10, 10, 1, 1) })]),
    ];
    const ledger = pointsLedger(rows, {
      persons: { Ann: { target: 4, level: "L2" }, Bob: { level: "L1" }, Cy: { level: "L1" }, Di: { level: " " } },
      levels: { L1: 2, L2: 10 },
    });
    const progress = Object.fromEntries(ledger.persons.map((p) => [p.person, p.target]));
    expect(progress).toEqual({
      Ann: { target: 4, source: "person", remaining: 1, share: 0.75, reached: false },
      Bob: { target: 2, source: "level", level: "L1", remaining: 2, share: 0, reached: false },
      Cy: { target: 2, source: "level", level: "L1", remaining: 0, share: 1, reached: true },
      Di: undefined,
    });
    expect(ledger.closest.map((p) => p.person)).toEqual(["Ann", "Bob"]);
    expect(
      pointsLedger(rows, { persons: { Ann: { target: 4 }, Bob: { target: 4 } } }, 1).closest.map((p) => p.person),
    ).toEqual(["Ann"]);
  });

  test("a wrong target is refused, naming the person or the level", () => {
    const rows = scored();
    expect(() => pointsLedger(rows, { persons: { Ann: { target: 0 } } })).toThrow(
      "the points target of Ann (0) is not a number > 0",
    );
    expect(() => pointsLedger(rows, { persons: { Bob: { level: "L9" } }, levels: { L1: 2 } })).toThrow(
      "Bob's level L9 has no points target",
    );
    expect(() => pointsLedger(rows, { persons: { Bob: { level: "L1" } }, levels: { L1: Number.NaN } })).toThrow(
      "the points target of level L1 (NaN) is not a number > 0",
    );
  });

  test("buildReview's ledger holds the selected persons' every evaluation, whatever the period and team", () => {
    const data = prepareReview(smallEvaluations(), [smallRubric()]);
    const review = buildReview(data, { filter: { team: "T2", period: { kind: "month", year: 2026, month: 3 } } });
    expect(review.summaries.overall.points).toBe(1);
    expect(review.ledger.persons.map((p) => [p.person, p.entries.length, p.points])).toEqual([["Ann", 2, 3]]);
    // The trend keeps the team but not the period.
    expect(review.trend.months.map((m) => [m.month, m.evaluations])).toEqual([["2026-03", 1]]);
    expect(data.choices).toMatchObject({ teams: ["T1", "T2"], persons: ["Ann", "Bob"], reviewers: ["Rex", "Sue"] });
    expect(data.choices.weeks.map((w) => ("week" in w ? w.week : 0))).toEqual([10, 14]);
  });
});
