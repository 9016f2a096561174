// Properties of stability and the timeline, against an oracle that knows how each version was made:
// (a) the clock runs from the last version made by a scoring edit (the first version counts); text-only and empty
//     versions never move it, whatever order the versions come in;
// (b) every evaluation is counted once: since the change, before it, or undated (stability); under one version,
//     unknown or unversioned (timeline), whatever form its date takes;
// (c) the rule holds exactly when nothing is missing.
import fc from "fast-check";
import { RubricChange, applyChanges } from "../../src/rubric/change";
import { exampleRubric } from "../../src/rubric/example";
import { Rubric } from "../../src/rubric/model";
import { DatedEvaluation, measureStability, versionImpacts, versionTimeline } from "../../src/rubric/stability";
import { RubricVersion } from "../../src/rubric/version";

const DAY_MS = 86_400_000;
const SERIAL_OF_1970 = 25569; // 1970-01-01 as an Excel serial
const ymd = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

type Edit = "scoring" | "text" | "none";
const SCORING_EDITS: ((r: Rubric, n: number) => RubricChange)[] = [
  (r) => ({ type: "set-criterion-field", id: "PREP", field: "weight", value: r.criteria[0].weight + 1 }),
  (r) => ({ type: "set-band-field", index: 1, field: "from", value: (r.bands[1].from ?? 0) + 1 }),
  (r) => ({ type: "set-setting", field: "decimals", value: r.settings.decimals === 1 ? 2 : 1 }),
];
const TEXT_EDITS: ((r: Rubric, n: number) => RubricChange)[] = [
  (_, n) => ({ type: "set-criterion-field", id: "MAIL1", field: "label", value: `Email ${n}` }),
  (_, n) => ({ type: "set-band-field", index: 2, field: "label", value: `Band ${n}` }),
  (_, n) => ({ type: "set-rubric-text", field: "title", value: `Visit ${n}` }),
];

const editArb = fc.record({
  kind: fc.constantFrom<Edit>("scoring", "text", "none"),
  which: fc.nat(2),
  gap: fc.integer({ min: 0, max: 40 }), // days after the version before
  ms: fc.integer({ min: 0, max: DAY_MS - 1 }), // time of day published
});

/** A date in one of its forms, or no date, with the day the oracle expects. */
const dateArb = (days: fc.Arbitrary<number>): fc.Arbitrary<[DatedEvaluation["date"], number | undefined]> =>
  fc.oneof(
    days.map((d): [string, number] => [ymd(d), d]),
    fc
      .tuple(days, fc.double({ min: 0, max: 0.999, noNaN: true }))
      .map(([d, f]): [number, number] => [d + SERIAL_OF_1970 + f, d]),
    fc.tuple(days, fc.nat(DAY_MS - 1)).map(([d, ms]): [Date, number] => [new Date(d * DAY_MS + ms), d]),
    fc.constantFrom<[DatedEvaluation["date"], undefined]>(
      [null, undefined],
      ["", undefined],
      ["n/a", undefined],
      [60, undefined],
    ),
  );

const START = 20_458; // 2026-01-05
const historyArb = fc
  .record({
    edits: fc.array(editArb, { maxLength: 6 }),
    firstMs: fc.nat(DAY_MS - 1),
    order: fc.array(fc.double({ noNaN: true }), { minLength: 7, maxLength: 7 }),
  })
  .chain(({ edits, firstMs, order }) => {
    const days = [START];
    for (const e of edits) days.push(days[days.length - 1] + e.gap);
    const last = days[days.length - 1];
    const evaluation = fc.record({
      date: dateArb(fc.integer({ min: START - 20, max: last + 60 })),
      version: fc.option(fc.integer({ min: 1, max: edits.length + 3 }), { nil: null, freq: 8 }),
    });
    return fc.record({
      edits: fc.constant(edits),
      firstMs: fc.constant(firstMs),
      order: fc.constant(order),
      days: fc.constant(days),
      evaluations: fc.array(evaluation, { maxLength: 40 }),
      today: fc.integer({ min: START - 3, max: last + 120 }),
      rule: fc.record({ weeks: fc.nat(10), evaluations: fc.nat(30) }),
    });
  });

function versionsOf(edits: readonly { kind: Edit; which: number; ms: number }[], days: number[], firstMs: number) {
  let rubric = exampleRubric("en");
  const at = (i: number, ms: number) => new Date(days[i] * DAY_MS + ms).toISOString();
  const versions: RubricVersion[] = [{ version: 1, publishedAt: at(0, firstMs), note: "", checksum: "", rubric }];
  edits.forEach((e, i) => {
    const n = i + 2;
    if (e.kind !== "none")
      rubric = applyChanges(rubric, [(e.kind === "scoring" ? SCORING_EDITS : TEXT_EDITS)[e.which](rubric, n)]);
    versions.push({
      version: n,
      publishedAt: at(i + 1, e.ms),
      note: "",
      checksum: "",
      rubric: { ...rubric, version: n },
    });
  });
  return versions;
}

test("the clock runs from the last scoring edit, and every evaluation is counted once", () => {
  fc.assert(
    fc.property(historyArb, ({ edits, firstMs, order, days, evaluations, today, rule }) => {
      const sorted = versionsOf(edits, days, firstMs);
      const shuffled = sorted
        .map((v, i) => [order[i], v] as const)
        .sort((a, b) => a[0] - b[0])
        .map(([, v]) => v);
      const kinds = ["scoring", ...edits.map((e) => e.kind)];
      const changed = kinds.lastIndexOf("scoring");
      const from = days[changed];
      const input = evaluations.map((e) => ({ date: e.date[0], version: e.version }));

      expect(versionImpacts(shuffled).map((v) => v.scoring)).toEqual(kinds.map((k) => k === "scoring"));

      const stability = measureStability(shuffled, input, rule, new Date(today * DAY_MS + 43_200_000));
      const daysOf = evaluations.map((e) => e.date[1]);
      const since = daysOf.filter((d) => d !== undefined && d >= from).length;
      const undated = daysOf.filter((d) => d === undefined).length;
      expect(stability.lastScoringChange).toEqual({
        version: changed + 1,
        publishedAt: sorted[changed].publishedAt,
        day: ymd(from),
      });
      expect([stability.evaluationsSince, stability.undated]).toEqual([since, undated]);
      expect(stability.weeksSince).toBe(today < from ? 0 : Math.floor((today - from) / 7));
      expect(stability.missing).toEqual({
        weeks: Math.max(0, rule.weeks - stability.weeksSince),
        evaluations: Math.max(0, rule.evaluations - since),
      });
      expect(stability.holds).toBe(stability.missing.weeks === 0 && stability.missing.evaluations === 0);

      const timeline = versionTimeline(shuffled, input);
      expect(timeline.versions.map((v) => v.version)).toEqual(sorted.map((v) => v.version));
      const under = (n: number) => evaluations.filter((e) => e.version === n);
      for (const v of timeline.versions) {
        const known = under(v.version)
          .map((e) => e.date[1])
          .filter((d): d is number => d !== undefined);
        expect([v.evaluations, v.undated]).toEqual([under(v.version).length, under(v.version).length - known.length]);
        expect([v.firstDate, v.lastDate]).toEqual(
          known.length ? [ymd(Math.min(...known)), ymd(Math.max(...known))] : [undefined, undefined],
        );
      }
      const placed = timeline.versions.reduce((sum, v) => sum + v.evaluations, 0);
      expect(placed + timeline.unknown + timeline.unversioned).toBe(evaluations.length);
      expect(timeline.unversioned).toBe(evaluations.filter((e) => e.version === null).length);
    }),
    { numRuns: 300 },
  );
});
