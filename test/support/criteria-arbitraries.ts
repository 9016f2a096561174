// fast-check generators shared by the scoring property tests (domain and RUBRIC.TOTAL). Values and weights are
// kept in tenths, so every total is a fraction with a small denominator that an exact reference can decide.
import fc from "fast-check";
import { CriterionKind } from "../../src/rubric/model";

export interface CritFields {
  kind: CriterionKind;
  /** The weight in tenths. */
  w10: number;
  max: number;
  allowNA: boolean;
}

/** A raw value in tenths, or NA. */
export type Val = number | "NA";

export const MAXIMA = [1, 2, 3, 4, 5, 10, 20];

/** One criterion's fields: whole weights most of the time, one decimal otherwise, 0 now and then. */
export const critFieldsArb = (kinds: CriterionKind[]) => ({
  kind: fc.constantFrom(...kinds),
  w10: fc.oneof(
    fc.integer({ min: 0, max: 10 }).map((w) => w * 10),
    fc.integer({ min: 0, max: 100 }),
  ),
  max: fc.constantFrom(...MAXIMA),
  allowNA: fc.boolean(),
});

/** Ids `${prefix}1..n`, and at least one score criterion of weight > 0 (what a valid rubric needs). */
export function withIdsAndAScore<C extends CritFields>(cs: C[], prefix: string): (C & { id: string })[] {
  const crits = cs.map((c, i) => ({ ...c, id: `${prefix}${i + 1}` }));
  if (!crits.some((c) => c.kind === "score" && c.w10 > 0)) crits[0] = { ...crits[0], kind: "score", w10: 10 };
  return crits;
}

/** A number 0..max in tenths: a whole number or one with one decimal. Gates pass when `gatesPass`. */
export const numberArb = (c: CritFields, gatesPass: boolean): fc.Arbitrary<number> => {
  const lo = c.kind === "gate" && gatesPass ? 5 * c.max : 0;
  return fc.oneof(
    fc.integer({ min: Math.ceil(lo / 10), max: c.max }).map((v) => v * 10),
    fc.integer({ min: lo, max: 10 * c.max }),
  );
};

export const valArb = (c: CritFields, gatesPass: boolean): fc.Arbitrary<Val> =>
  c.allowNA
    ? fc.oneof({ weight: 1, arbitrary: fc.constant<Val>("NA") }, { weight: 4, arbitrary: numberArb(c, gatesPass) })
    : numberArb(c, gatesPass);

/** A permutation of 0..n-1. */
export const permutationArb = (n: number): fc.Arbitrary<number[]> =>
  fc.shuffledSubarray(
    Array.from({ length: n }, (_, i) => i),
    { minLength: n, maxLength: n },
  );
