// The review's aggregations built for speed (the profiles in one pass, the trend's own sort, the shortcuts of
// buildReview) against plain references written from their definitions: the same figures, to the bit, on random
// evaluations in two versions (version 2 with one criterion renamed, so values are matched by id and re-scored).
import fc from "fast-check";
import { Rubric } from "../../../src/rubric/model";
import {
  CriterionProfile,
  ReviewEvaluation,
  ScoredRow,
  Trend,
  buildReview,
  criterionProfile,
  monthlyTrend,
  pointsLedger,
  prepareReview,
  prepareVersions,
  profilesBy,
  rescoredTrend,
  selectRows,
} from "../../../src/rubric/review";
import { PreparedVersions } from "../../../src/rubric/review/versions";
import { ReviewFilter } from "../../../src/rubric/review/filter";
import { smallRubric } from "./fixture";

/** Version 2: B renamed C (so B's values are not C's), A's levels relabelled, and a bonus worth 20. */
const version2 = (): Rubric =>
  smallRubric(2, {
    criteria: smallRubric().criteria.map((c) =>
      c.id === "B"
        ? { ...c, id: "C", label: "Gamma" }
        : c.id === "A"
          ? { ...c, levels: [{ points: 10, label: "All" }] }
          : c.id === "BON"
            ? { ...c, weight: 20 }
            : c,
    ),
  });
/** Version 3: version 1's criteria with a bonus worth 20 (the same ids, in the same order). */
const version3 = (): Rubric =>
  smallRubric(3, { criteria: smallRubric().criteria.map((c) => (c.id === "BON" ? { ...c, weight: 20 } : c)) });
const versions = () => [smallRubric(), version2(), version3()];

const value = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(0, 5, 10) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 10 }) },
  { weight: 1, arbitrary: fc.constantFrom(2.5, 7.5, "NA", null, " 5 ") },
);
const evaluationArb = fc.record({
  version: fc.constantFrom(1, 1, 2, 3, undefined),
  person: fc.constantFrom("Ann", "Bob", "Cy", " Ann "),
  team: fc.constantFrom("T1", "T2", ""),
  reviewer: fc.constantFrom("Rex", "Sue"),
  // Days from late 2025 into 2026, and now and then no readable date.
  day: fc.option(fc.integer({ min: 20400, max: 20700 }), { freq: 10 }),
  A: value,
  B: value,
  C: value,
  BON: fc.constantFrom(0, 1),
  G: fc.constantFrom(1, 1, 1, 0),
});

type EvaluationRecord = typeof evaluationArb extends fc.Arbitrary<infer T> ? T : never;

function evaluationsOf(records: EvaluationRecord[]): ReviewEvaluation[] {
  return records.map((r, i) => ({
    key: `ev-${i}`,
    sheetRow: i + 2,
    date: r.day === null ? "someday" : new Date(r.day * 86_400_000).toISOString().slice(0, 10),
    person: r.person,
    team: r.team,
    reviewer: r.reviewer,
    process: `P${i}`,
    ...(r.version === undefined ? {} : { version: r.version }),
    values: { A: r.A, B: r.B, C: r.C, BON: r.BON, G: r.G },
  }));
}

/** The profile by its definition: per version in the order the rows first use it, each criterion's v / max summed
 * row by row; criteria merged by id across versions (the newest version names them and their levels). */
function referenceProfile(rows: readonly ScoredRow[], prepared: PreparedVersions): CriterionProfile[] {
  const byVersion = new Map<number, ScoredRow[]>();
  for (const row of rows) byVersion.set(row.version!, [...(byVersion.get(row.version!) ?? []), row]);
  type Slot = CriterionProfile & { sum: number; version: number; index: number; labels: Map<number, number> };
  const slots = new Map<string, Slot>();
  for (const [version, members] of byVersion) {
    const { rubric, levelLabels } = prepared.byNumber.get(version)!;
    rubric.criteria.forEach((c, index) => {
      const id = c.id.toUpperCase();
      const slot: Slot = slots.get(id) ?? {
        ...{ id: c.id, label: c.label, kind: c.kind, share: undefined, rated: 0, na: 0, levels: [] },
        ...{ sum: 0, version, index, labels: new Map() },
      };
      slots.set(id, slot);
      if (version > slot.version) Object.assign(slot, { id: c.id, label: c.label, kind: c.kind, version, index });
      let sum = 0;
      for (const row of members) {
        const v = row.result.values[index];
        if (typeof v !== "number") {
          slot.na++;
          continue;
        }
        sum += v / c.max;
        slot.rated++;
        const level = slot.levels.find((l) => l.value === v);
        if (level) level.count++;
        else slot.levels.push({ value: v, count: 1 });
        const label = levelLabels[index].get(v);
        if (label !== undefined && version > (slot.labels.get(v) ?? 0)) {
          slot.labels.set(v, version);
          slot.levels.find((l) => l.value === v)!.label = label;
        }
      }
      slot.sum += sum;
    });
  }
  const share = (s: Slot) => (s.rated > 0 ? s.sum / s.rated : Infinity);
  return [...slots.values()]
    .sort((a, b) => {
      const ka = a.kind === "score" ? 0 : 1;
      const kb = b.kind === "score" ? 0 : 1;
      if (ka !== kb) return ka - kb;
      if (ka === 0 && share(a) !== share(b)) return share(a) - share(b);
      return b.version - a.version || a.index - b.index;
    })
    .map((s) => ({
      id: s.id,
      label: s.label,
      kind: s.kind,
      share: s.rated > 0 ? s.sum / s.rated : undefined,
      rated: s.rated,
      na: s.na,
      levels: s.levels
        .map((l) => (l.label === undefined ? { value: l.value, count: l.count } : l))
        .sort((a, b) => b.count - a.count || a.value - b.value),
    }));
}

/** Quartiles by linear interpolation between totals sorted with the built-in sort. */
function referenceQuartiles(totals: number[]): [number, number, number] | undefined {
  if (totals.length === 0) return undefined;
  const sorted = [...totals].sort((a, b) => a - b);
  const at = (q: number) => {
    const i = (sorted.length - 1) * q;
    const low = Math.floor(i);
    const high = Math.ceil(i);
    return sorted[low] + (sorted[high] - sorted[low]) * (i - low);
  };
  return [at(0.25), at(0.5), at(0.75)];
}

const filterArb: fc.Arbitrary<ReviewFilter> = fc.record(
  {
    team: fc.constantFrom("T1", "T2"),
    person: fc.constantFrom("Ann", "Bob"),
    reviewer: fc.constantFrom("Rex"),
    period: fc.constantFrom(
      { kind: "month" as const, year: 2026, month: 2 },
      { kind: "range" as const, from: 20450, to: 20600 },
    ),
  },
  { requiredKeys: [] },
);

describe("the review's aggregations against plain references", () => {
  test("the criterion profile, overall and per team and person, as each group's own profile by definition", () => {
    fc.assert(
      fc.property(fc.array(evaluationArb, { maxLength: 60 }), filterArb, (records, filter) => {
        const data = prepareReview(evaluationsOf(records), versions());
        const review = buildReview(data, { filter });
        const rows = selectRows(data.rows, filter).rows;
        expect(review.profile).toEqual(referenceProfile(rows, data.versions));
        expect(criterionProfile(rows, data.versions)).toEqual(review.profile);
        for (const by of ["team", "person"] as const) {
          const groups = by === "team" ? review.teamProfiles : review.personProfiles;
          expect(profilesBy(rows, by, data.versions)).toEqual(groups);
          const names = [...new Set(rows.map((r) => r[by]))].sort((a, b) => a.localeCompare(b));
          expect(groups.map((g) => g.name)).toEqual(names);
          for (const group of groups) {
            const members = rows.filter((r) => r[by] === group.name);
            expect(group.evaluations).toBe(members.length);
            expect(group.criteria).toEqual(referenceProfile(members, data.versions));
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  test("the trend's months hold their rows' totals, with the quartiles of the totals sorted", () => {
    // Three months or so, so that months hold more than the 16 totals sorted by insertion alone.
    const dayArb = fc.option(fc.integer({ min: 20450, max: 20540 }), { freq: 10 });
    const recordArb = fc.tuple(evaluationArb, dayArb).map(([r, day]) => ({ ...r, day }));
    const scoredArb = recordArb.map((r) => ({ ...r, A: 5, B: 5, C: 5 }));
    fc.assert(
      fc.property(fc.array(fc.oneof(recordArb, scoredArb), { minLength: 20, maxLength: 200 }), (records) => {
        const data = prepareReview(evaluationsOf(records), versions());
        const rows = selectRows(data.rows).rows;
        const prepared = prepareVersions(versions());
        const trends: { trend: Trend; version?: number; leftOut: number }[] = [
          { trend: monthlyTrend(rows), leftOut: 0 },
          ...[2, 3].map((version) => {
            const trend = rescoredTrend(rows, version, prepared);
            return { trend, version, leftOut: trend.leftOut.unscored + trend.leftOut.errors };
          }),
        ];
        for (const { trend, version, leftOut } of trends) {
          const dated = rows.filter((r) => r.day !== undefined);
          expect(trend.undated).toBe(rows.length - dated.length);
          const rescored =
            version === undefined
              ? (row: ScoredRow) => row.result
              : (row: ScoredRow) => prepareReview([{ ...row.evaluation, version }], versions()).rows[0].result;
          let counted = 0;
          for (const month of trend.months) {
            const totals = dated
              .filter((r) => r.date!.startsWith(month.month))
              .map(rescored)
              .flatMap((result) => (result.status === "scored" ? [result.total] : []));
            counted += totals.length;
            expect(month.evaluations).toBe(totals.length);
            expect(month.quartiles).toEqual(referenceQuartiles(totals));
            expect(month.min).toBe(totals.length ? Math.min(...totals) : undefined);
            expect(month.max).toBe(totals.length ? Math.max(...totals) : undefined);
          }
          expect(counted + leftOut).toBe(dated.length);
        }
      }),
      { numRuns: 60 },
    );
  });

  test("buildReview's trend and ledger are those of the rows they are defined on", () => {
    fc.assert(
      fc.property(fc.array(evaluationArb, { maxLength: 60 }), filterArb, (records, filter) => {
        const data = prepareReview(evaluationsOf(records), versions());
        const review = buildReview(data, { filter, rescoreUnder: 2 });
        const history = selectRows(data.rows, { ...filter, period: undefined }).rows;
        expect(review.trend).toEqual(monthlyTrend(history));
        expect(review.rescored).toEqual(rescoredTrend(history, 2, data.versions));
        const persons = new Set(selectRows(data.rows, filter).rows.map((r) => r.person));
        const theirs = selectRows(data.rows).rows.filter((r) => persons.has(r.person));
        expect(review.ledger).toEqual(pointsLedger(theirs));
      }),
      { numRuns: 150 },
    );
  });
});
