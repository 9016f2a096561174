import { RubricChange, applyChanges } from "../../src/rubric/change";
import { exampleRubric } from "../../src/rubric/example";
import { Rubric } from "../../src/rubric/model";
import {
  DatedEvaluation,
  lastScoringChange,
  measureStability,
  versionImpacts,
  versionTimeline,
} from "../../src/rubric/stability";
import { DEFAULT_STABILITY_RULE, RubricVersion } from "../../src/rubric/version";

// Changes to the example rubric (PREP weight 15; band 1 from 60, points 1, no label).
const weightPrep: RubricChange = { type: "set-criterion-field", id: "PREP", field: "weight", value: 20 };
const relabelMail: RubricChange = { type: "set-criterion-field", id: "MAIL1", field: "label", value: "Email before" };
const nameBand: RubricChange = { type: "set-band-field", index: 1, field: "label", value: "Pass" };
const raiseBand: RubricChange = { type: "set-band-field", index: 1, field: "from", value: 65 };

const snapshot = (version: number, publishedAt: string, rubric: Rubric): RubricVersion => ({
  version,
  publishedAt,
  note: "",
  checksum: "sha256:test",
  rubric: { ...rubric, version },
});

// The history most tests use: v1 on Monday 2026-01-05, v2 (a scoring change) two weeks later, v3 (text only) three
// weeks after that.
const r1 = exampleRubric("en");
const r2 = applyChanges(r1, [weightPrep, relabelMail]);
const r3 = applyChanges(r2, [nameBand]);
const v1 = snapshot(1, "2026-01-05T09:00:00Z", r1);
const v2 = snapshot(2, "2026-01-19T16:30:00Z", r2);
const v3 = snapshot(3, "2026-02-09T08:00:00Z", r3);
const textOnly2 = snapshot(2, "2026-02-02T10:00:00Z", applyChanges(r1, [relabelMail, nameBand]));

const dated = (count: number, date: DatedEvaluation["date"], version: number | null = 1): DatedEvaluation[] =>
  Array.from({ length: count }, () => ({ date, version }));
const utc = (text: string) => new Date(text);

describe("versionImpacts", () => {
  test("the first version counts as a scoring change; each later one is compared with the one before", () => {
    const v4 = snapshot(4, "2026-03-01T00:00:00Z", r3); // republished as it was
    const v5 = snapshot(5, "2026-03-02T00:00:00Z", applyChanges(r3, [raiseBand]));
    expect(versionImpacts([v1, v2, v3, v4, v5])).toEqual([
      { version: 1, publishedAt: v1.publishedAt, previous: null, changes: 0, scoringChanges: 0, scoring: true },
      { version: 2, publishedAt: v2.publishedAt, previous: 1, changes: 2, scoringChanges: 1, scoring: true },
      { version: 3, publishedAt: v3.publishedAt, previous: 2, changes: 1, scoringChanges: 0, scoring: false },
      { version: 4, publishedAt: v4.publishedAt, previous: 3, changes: 0, scoringChanges: 0, scoring: false },
      { version: 5, publishedAt: v5.publishedAt, previous: 4, changes: 1, scoringChanges: 1, scoring: true },
    ]);
  });

  test("versions in any order are taken by number; a gap in the numbers compares with the one before", () => {
    const v7 = snapshot(7, "2026-02-09T08:00:00Z", r2);
    expect(versionImpacts([v7, v1]).map((v) => [v.version, v.previous, v.scoring])).toEqual([
      [1, null, true],
      [7, 1, true],
    ]);
  });

  test("no versions: none", () => {
    expect(versionImpacts([])).toEqual([]);
  });
});

describe("lastScoringChange", () => {
  test("the last version with a scoring change, and its UTC day", () => {
    expect(lastScoringChange([v1, v2, v3])).toEqual({ version: 2, publishedAt: v2.publishedAt, day: "2026-01-19" });
    expect(lastScoringChange([v1, textOnly2])).toEqual({ version: 1, publishedAt: v1.publishedAt, day: "2026-01-05" });
    expect(lastScoringChange([v1])).toEqual({ version: 1, publishedAt: v1.publishedAt, day: "2026-01-05" });
    expect(lastScoringChange([])).toBeUndefined();
  });

  test("the day is UTC's: published late in the evening west of Greenwich is the next day", () => {
    const late = snapshot(1, "2026-01-04T22:00:00-05:00", r1);
    expect(lastScoringChange([late])?.day).toBe("2026-01-05");
  });
});

describe("measureStability", () => {
  test("no scoring change since v1: the weeks count from v1", () => {
    // 2026-01-05 to 2026-03-02: 26 + 28 + 2 = 56 days, 8 weeks. Evaluations dated on v1's day count (on or after).
    const evaluations = [...dated(10, "2026-01-05"), ...dated(20, "2026-02-16", 2)];
    expect(measureStability([v1, textOnly2], evaluations, DEFAULT_STABILITY_RULE, utc("2026-03-02T08:00:00Z"))).toEqual(
      {
        lastScoringChange: { version: 1, publishedAt: "2026-01-05T09:00:00Z", day: "2026-01-05" },
        evaluationsSince: 30,
        undated: 0,
        weeksSince: 8,
        rule: { weeks: 8, evaluations: 30 },
        holds: true,
        missing: { weeks: 0, evaluations: 0 },
      },
    );
  });

  test("a text-only v3 after a scoring v2: counted from v2", () => {
    // From 2026-01-19 to 2026-03-02: 12 + 28 + 2 = 42 days, 6 weeks. Evaluations before 2026-01-19 are not counted.
    const evaluations = [...dated(10, "2026-01-10", 1), ...dated(12, "2026-01-19", 2), ...dated(5, "2026-02-20", 3)];
    const stability = measureStability([v1, v2, v3], evaluations, DEFAULT_STABILITY_RULE, utc("2026-03-02T12:00:00Z"));
    expect(stability).toEqual({
      lastScoringChange: { version: 2, publishedAt: "2026-01-19T16:30:00Z", day: "2026-01-19" },
      evaluationsSince: 17,
      undated: 0,
      weeksSince: 6,
      rule: { weeks: 8, evaluations: 30 },
      holds: false,
      missing: { weeks: 2, evaluations: 13 },
    });
  });

  test("exactly 8 weeks and 30 evaluations: the rule holds", () => {
    // 2026-01-19 to 2026-03-16: 12 + 28 + 16 = 56 days.
    const stability = measureStability(
      [v1, v2, v3],
      dated(30, "2026-03-16", 3),
      DEFAULT_STABILITY_RULE,
      utc("2026-03-16"),
    );
    expect([stability.weeksSince, stability.evaluationsSince, stability.holds]).toEqual([8, 30, true]);
    expect(stability.missing).toEqual({ weeks: 0, evaluations: 0 });
  });

  test("one day short of 8 weeks, to the millisecond: 7 whole weeks, 1 missing", () => {
    const today = utc("2026-03-15T23:59:59.999Z");
    const stability = measureStability([v1, v2, v3], dated(30, "2026-02-01"), DEFAULT_STABILITY_RULE, today);
    expect([stability.weeksSince, stability.holds, stability.missing]).toEqual([
      7,
      false,
      { weeks: 1, evaluations: 0 },
    ]);
  });

  test("29 evaluations: 1 missing", () => {
    const stability = measureStability(
      [v1, v2, v3],
      dated(29, "2026-02-01"),
      DEFAULT_STABILITY_RULE,
      utc("2026-04-01"),
    );
    expect([stability.weeksSince, stability.evaluationsSince, stability.holds]).toEqual([10, 29, false]);
    expect(stability.missing).toEqual({ weeks: 0, evaluations: 1 });
  });

  test("evaluations count by their date, in any form and under any version; undated ones are not counted", () => {
    // v2's day is 2026-01-19: Excel serial 46041 (46027 is 2026-01-05).
    const evaluations: DatedEvaluation[] = [
      { date: "2026-01-19", version: 2 }, // counted
      { date: 46041, version: 2 }, // counted
      { date: new Date(Date.UTC(2026, 0, 19, 0, 0)), version: 2 }, // counted
      { date: "2026-02-01", version: 1 }, // counted: scored under v1, but after the change
      { date: 46040.9, version: 2 }, // 2026-01-18
      { date: new Date(Date.UTC(2026, 0, 18, 23, 59)), version: 2 },
      { date: "2026-01-18", version: 2 },
      { date: "2026-01-19T01:00:00+02:00", version: 2 }, // 2026-01-18T23:00Z
      { date: null, version: 2 }, // undated from here on
      { date: "", version: 2 },
      { date: "next week", version: 2 },
      { date: 60, version: 2 }, // Excel's 1900-02-29
      { date: new Date(NaN), version: null },
    ];
    const stability = measureStability([v1, v2], evaluations, { weeks: 1, evaluations: 4 }, utc("2026-01-26"));
    expect(stability).toMatchObject({ evaluationsSince: 4, undated: 5, weeksSince: 1, holds: true });
  });

  test("versions in any order give the same measure", () => {
    const evaluations = [...dated(3, "2026-01-20"), ...dated(2, null)];
    const today = utc("2026-03-02");
    const sorted = measureStability([v1, v2, v3], evaluations, DEFAULT_STABILITY_RULE, today);
    expect(measureStability([v3, v1, v2], evaluations, DEFAULT_STABILITY_RULE, today)).toEqual(sorted);
    expect(measureStability([v2, v3, v1], evaluations, DEFAULT_STABILITY_RULE, today)).toEqual(sorted);
    expect(sorted.lastScoringChange?.version).toBe(2);
  });

  test("no versions: nothing to count from, so the rule does not hold, not even a rule of 0 weeks and 0", () => {
    const evaluations = [...dated(40, "2026-01-20"), ...dated(1, null)];
    expect(measureStability([], evaluations, DEFAULT_STABILITY_RULE, utc("2026-06-01"))).toEqual({
      evaluationsSince: 0,
      undated: 1,
      weeksSince: 0,
      rule: { weeks: 8, evaluations: 30 },
      holds: false,
      missing: { weeks: 8, evaluations: 30 },
    });
    expect(measureStability([], [], { weeks: 0, evaluations: 0 }, utc("2026-06-01")).holds).toBe(false);
  });

  test("a rule of 0 weeks and 0 evaluations holds on the day of the change", () => {
    const stability = measureStability([v1, v2], [], { weeks: 0, evaluations: 0 }, utc("2026-01-19T20:00:00Z"));
    expect([stability.weeksSince, stability.evaluationsSince, stability.holds]).toEqual([0, 0, true]);
  });

  test("today before the change (another clock): 0 weeks", () => {
    const stability = measureStability([v1, v2], dated(30, "2026-01-19"), DEFAULT_STABILITY_RULE, utc("2026-01-18"));
    expect([stability.weeksSince, stability.missing]).toEqual([0, { weeks: 8, evaluations: 0 }]);
  });

  test("the last scoring change published at an unreadable time: nothing counted, the rule does not hold", () => {
    const unreadable = { ...v2, publishedAt: "soon" };
    const stability = measureStability(
      [v1, unreadable, v3],
      dated(50, "2026-03-01"),
      { weeks: 0, evaluations: 0 },
      utc("2026-06-01"),
    );
    expect(stability).toEqual({
      lastScoringChange: { version: 2, publishedAt: "soon" },
      evaluationsSince: 0,
      undated: 0,
      weeksSince: 0,
      rule: { weeks: 0, evaluations: 0 },
      holds: false,
      missing: { weeks: 0, evaluations: 0 },
    });
  });

  test("the rule in the result is a copy", () => {
    const rule = { weeks: 2, evaluations: 3 };
    const stability = measureStability([v1], [], rule, utc("2026-03-02"));
    rule.weeks = 99;
    expect(stability.rule).toEqual({ weeks: 2, evaluations: 3 });
  });
});

describe("versionTimeline", () => {
  test("each version with the evaluations scored under it and their first and last dates", () => {
    const evaluations: DatedEvaluation[] = [
      { date: "2026-01-06", version: 1 },
      { date: 46030, version: 1 }, // 2026-01-08
      { date: null, version: 1 },
      { date: new Date(Date.UTC(2026, 0, 20, 15)), version: 2 },
      { date: "2026-02-10", version: 2 }, // still scored under v2 after v3 was published
      { date: "2026-01-25", version: 2 },
      { date: "2026-02-11", version: 7 }, // never published
      { date: "2026-03-30", version: null },
      { date: "2025-12-01", version: null },
    ];
    expect(versionTimeline([v1, v2, v3], evaluations)).toEqual({
      versions: [
        {
          version: 1,
          publishedAt: v1.publishedAt,
          publishedOn: "2026-01-05",
          scoring: true,
          evaluations: 3,
          undated: 1,
          firstDate: "2026-01-06",
          lastDate: "2026-01-08",
        },
        {
          version: 2,
          publishedAt: v2.publishedAt,
          publishedOn: "2026-01-19",
          scoring: true,
          evaluations: 3,
          undated: 0,
          firstDate: "2026-01-20",
          lastDate: "2026-02-10",
        },
        {
          version: 3,
          publishedAt: v3.publishedAt,
          publishedOn: "2026-02-09",
          scoring: false,
          evaluations: 0,
          undated: 0,
        },
      ],
      // The evaluations without a published version are not on the axis.
      start: "2026-01-05",
      end: "2026-02-10",
      unknown: 1,
      unversioned: 2,
    });
  });

  test("the axis reaches an evaluation dated before its version was published", () => {
    const timeline = versionTimeline([v1, v2], [{ date: "2025-12-31", version: 2 }]);
    expect([timeline.start, timeline.end]).toEqual(["2025-12-31", "2026-01-19"]);
    expect(timeline.versions[1]).toMatchObject({ evaluations: 1, firstDate: "2025-12-31", lastDate: "2025-12-31" });
  });

  test("versions in any order: by number", () => {
    const evaluations = [...dated(2, "2026-01-07", 1), ...dated(1, "2026-02-12", 3)];
    const timeline = versionTimeline([v3, v1, v2], evaluations);
    expect(timeline).toEqual(versionTimeline([v1, v2, v3], evaluations));
    expect(timeline.versions.map((v) => [v.version, v.scoring, v.evaluations])).toEqual([
      [1, true, 2],
      [2, true, 0],
      [3, false, 1],
    ]);
  });

  test("an unreadable publication time: no day for it on the axis", () => {
    const timeline = versionTimeline([{ ...v1, publishedAt: "" }], dated(1, "2026-01-07"));
    expect(timeline.versions[0]).not.toHaveProperty("publishedOn");
    expect([timeline.start, timeline.end]).toEqual(["2026-01-07", "2026-01-07"]);
  });

  test("empty history: every evaluation is unknown or unversioned, and there is no axis", () => {
    expect(versionTimeline([], [...dated(2, "2026-01-07", 1), ...dated(1, "2026-01-08", null)])).toEqual({
      versions: [],
      unknown: 2,
      unversioned: 1,
    });
    expect(versionTimeline([], [])).toEqual({ versions: [], unknown: 0, unversioned: 0 });
  });
});
