// fast-check arbitraries for valid rubrics: every generated rubric passes validateRubric and fits the schema's
// limits, so serializeRubric/parseRubric must round-trip it exactly.
import fc from "fast-check";
import { Band, CRITERION_KINDS, Criterion, Level, RUBRIC_STATUSES, Rubric } from "../../src/rubric/model";

/** -0 is written as 0 (as JSON.stringify does), so generated data avoids it: the round trip compares with Object.is. */
const noNegativeZero = (v: number) => (v === 0 ? 0 : v);

/** Integers and arbitrary doubles (tiny, huge, many digits) in [min, max]. */
export const numberIn = (min: number, max: number): fc.Arbitrary<number> =>
  fc
    .oneof(
      fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
      fc.double({ min, max, noNaN: true, noDefaultInfinity: true }),
    )
    .map(noNegativeZero);

/** Any text, including non-BMP characters, control characters, quotes and unpaired surrogates. */
export const text = (maxLength: number): fc.Arbitrary<string> =>
  fc.oneof(fc.string({ maxLength, unit: "binary" }), fc.string({ maxLength, unit: "grapheme" }));

export const nonBlankText = (maxLength: number): fc.Arbitrary<string> => text(maxLength).filter((s) => s.trim() !== "");

export const rubricIdArb = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,23}$/);
export const criterionIdArb = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,15}$/);

const positive = fc
  .oneof(fc.integer({ min: 1, max: 1000 }), fc.double({ min: 1e-9, max: 1e9, noNaN: true }))
  .filter((v) => v > 0);

export const levelsArb = (max: number): fc.Arbitrary<Level[]> =>
  fc.uniqueArray(
    fc.record(
      {
        label: nonBlankText(30),
        points: fc.oneof(
          fc.integer({ min: 0, max: Math.floor(max) }),
          fc.double({ min: 0, max: 1, noNaN: true }).map((f) => noNegativeZero(f * max)),
        ),
        description: text(40),
      },
      { requiredKeys: ["label", "points"], noNullPrototype: true },
    ),
    { selector: (l) => l.points, maxLength: 6 },
  );

export const criterionArb: fc.Arbitrary<Criterion> = fc
  .record(
    {
      id: criterionIdArb,
      label: nonBlankText(30),
      description: text(60),
      kind: fc.constantFrom(...CRITERION_KINDS),
      weight: numberIn(0, 1e6),
      max: positive,
      allowNA: fc.boolean(),
      section: text(20),
    },
    { requiredKeys: ["id", "label", "kind", "weight", "max", "allowNA"], noNullPrototype: true },
  )
  .chain((c) => fc.option(levelsArb(c.max), { nil: undefined }).map((levels) => (levels ? { ...c, levels } : c)));

export const criteriaArb: fc.Arbitrary<Criterion[]> = fc
  .uniqueArray(criterionArb, { selector: (c) => c.id.toUpperCase(), minLength: 1, maxLength: 8 })
  .map(([first, ...rest]) => [
    { ...first, kind: "score" as const, weight: first.weight > 0 ? first.weight : 1 },
    ...rest,
  ]);

export const bandsArb: fc.Arbitrary<Band[]> = fc
  .tuple(
    fc.uniqueArray(numberIn(-1e6, 1e6), { maxLength: 6 }),
    fc.boolean(),
    fc.array(
      fc.record({ points: numberIn(-1e3, 1e3), label: text(20) }, { requiredKeys: ["points"], noNullPrototype: true }),
      {
        minLength: 7,
        maxLength: 7,
      },
    ),
  )
  .map(([froms, openFirst, extras]) => {
    const starts: Array<number | null> = [...froms].sort((a, b) => a - b);
    if (openFirst) starts.unshift(null);
    return starts.map((from, i) => ({ from, ...extras[i] }));
  });

export const rubricArb: fc.Arbitrary<Rubric> = fc.record(
  {
    id: rubricIdArb,
    title: nonBlankText(40),
    description: text(80),
    version: fc.integer({ min: 1, max: 1_000_000 }),
    status: fc.constantFrom(...RUBRIC_STATUSES),
    settings: fc.record({ scale: positive, decimals: fc.integer({ min: 0, max: 6 }) }, { noNullPrototype: true }),
    criteria: criteriaArb,
    bands: bandsArb,
  },
  { requiredKeys: ["id", "title", "version", "status", "settings", "criteria", "bands"], noNullPrototype: true },
);
