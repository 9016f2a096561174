// fast-check generators for the what-if: rubrics (criteria of every kind, bands now and then broken) and evaluations
// whose cells are anything a sheet can hold (numbers in and out of range, NA, blanks, text, infinities).
import fc from "fast-check";
import { Band, Rubric } from "../../../src/rubric/model";
import { WhatIfEvaluation } from "../../../src/rubric/whatif";
import { critFieldsArb, withIdsAndAScore } from "../../support/criteria-arbitraries";

const bandsArb: fc.Arbitrary<Band[]> = fc.oneof(
  // ascending, from an open band or from a number
  fc
    .tuple(fc.boolean(), fc.uniqueArray(fc.integer({ min: 0, max: 120 }), { minLength: 0, maxLength: 5 }))
    .map(([open, froms]) => [
      ...(open ? [{ from: null, points: 0 }] : []),
      ...[...froms].sort((a, b) => a - b).map((from, k) => ({ from, points: k + 1 })),
    ]),
  // now and then bands that break a rule
  fc.constant<Band[]>([
    { from: 50, points: 1 },
    { from: 40, points: 2 },
  ]),
);

export const rubricArb: fc.Arbitrary<Rubric> = fc
  .record({
    crits: fc
      .array(fc.record(critFieldsArb(["score", "score", "score", "bonus", "penalty", "gate"])), {
        minLength: 1,
        maxLength: 8,
      })
      .map((cs) => withIdsAndAScore(cs, "C")),
    bands: bandsArb,
    scale: fc.constantFrom(100, 10, 5),
    decimals: fc.integer({ min: 0, max: 2 }),
  })
  .map(({ crits, bands, scale, decimals }) => ({
    id: "r",
    title: "r",
    version: 1,
    status: "draft",
    settings: { scale, decimals },
    criteria: crits.map((c) => ({
      id: c.id,
      label: c.id,
      kind: c.kind,
      weight: c.w10 / 10,
      max: c.max,
      allowNA: c.allowNA,
    })),
    bands,
  }));

export const cellArb = (max: number) =>
  fc.oneof(
    { weight: 12, arbitrary: fc.integer({ min: 0, max: 10 * max }).map((t) => t / 10) },
    { weight: 1, arbitrary: fc.integer({ min: 10 * max + 1, max: 12 * max }).map((t) => t / 10) },
    { weight: 1, arbitrary: fc.constantFrom(-1, Infinity, NaN, "NA", "n/a", null, "", "  ", "bad", " 7 ", true) },
  );

export const caseArb = rubricArb.chain((rubric) =>
  fc.record({
    rubric: fc.constant(rubric),
    rows: fc.array(
      fc.tuple(
        ...rubric.criteria.map((c) =>
          fc.oneof({ weight: 6, arbitrary: cellArb(c.max) }, { weight: 1, arbitrary: fc.constant(null) }),
        ),
      ),
      { minLength: 1, maxLength: 12 },
    ),
  }),
);

const PERSONS = ["Ann", "Bob", "Cy", ""];

/** The rows of a case as evaluations, with persons and teams, and a retired criterion's column. */
export function evaluationsOf(rubric: Rubric, rows: unknown[][]): WhatIfEvaluation[] {
  return rows.map((row, r) => ({
    key: `k${r}`,
    sheetRow: r + 2,
    person: PERSONS[r % PERSONS.length],
    team: `T${r % 2}`,
    date: `2026-0${1 + (r % 3)}-1${r % 10}`,
    values: { OLD: 3, ...Object.fromEntries(rubric.criteria.map((c, i) => [c.id.toLowerCase(), row[i] as never])) },
  }));
}
