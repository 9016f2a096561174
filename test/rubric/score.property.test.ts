// Property tests of the scoring engine (Scorer) against the scoring contract:
//   f = value / max; base = scale × Σ(weight·f) / Σ(weight) over score criteria not NA; bonus and penalty are
//   Σ(weight·f) over their criteria not NA; a gate with f < 0.5 makes the total 0;
//   total = max(0, base + bonus − penalty) rounded half away from zero at `decimals`.
// Raw values have at most one decimal, weights at most one decimal and maxima are small whole numbers, so every
// total is a fraction with a small denominator: it is either exactly a rounding tie or far from one, and an exact
// reference (BigInt fractions) decides every case.
import fc from "fast-check";
import { CriterionKind } from "../../src/rubric/model";
import { ScoreOutcome, Scorer } from "../../src/rubric/score";
import {
  CritFields,
  Val,
  critFieldsArb,
  permutationArb,
  valArb,
  withIdsAndAScore,
} from "../support/criteria-arbitraries";

const RUNS = { numRuns: 200 };

// ---------------------------------------------------------------------------------------------- generated cases

interface Crit extends CritFields {
  id: string;
}

interface Case {
  crits: Crit[];
  vals: Val[];
  scale: number;
  decimals: number;
}

/** 1 to 12 criteria with at least one score criterion of weight > 0. */
const critsArb = (minLength = 1): fc.Arbitrary<Crit[]> =>
  fc
    .array(fc.record(critFieldsArb(["score", "score", "score", "bonus", "penalty", "gate"])), {
      minLength,
      maxLength: 12,
    })
    .map((cs) => withIdsAndAScore(cs, "C"));

const caseArb = (options: { gatesPass?: boolean; crits?: fc.Arbitrary<Crit[]> } = {}): fc.Arbitrary<Case> =>
  (options.crits ?? critsArb()).chain((crits) =>
    fc.record({
      crits: fc.constant(crits),
      vals: fc.tuple(...crits.map((c) => valArb(c, options.gatesPass ?? false))),
      scale: fc.constantFrom(100, 100, 10, 1, 5),
      decimals: fc.integer({ min: 0, max: 3 }),
    }),
  );

// ---------------------------------------------------------------------------------------------- running the engine

const naSpelling = ["NA", "na", "N/A", " n/a "];
const raw = (v: Val, i = 0): unknown => (v === "NA" ? naSpelling[i % naSpelling.length] : v / 10);

function run(c: Case): ScoreOutcome {
  const criteria = c.crits.map(({ id, kind, w10, max, allowNA }) => ({ id, kind, weight: w10 / 10, max, allowNA }));
  return new Scorer(criteria, { scale: c.scale, decimals: c.decimals }).score(c.vals.map(raw));
}

/** The outcome reduced to what the contract fixes: the rounded total, or the error code. */
function summary(o: ScoreOutcome): string {
  if (o.status === "total") return `total ${o.total}`;
  if (o.status === "blank") return "blank";
  return `error ${o.error.code}`;
}

const unroundedOf = (o: ScoreOutcome) => (o.status === "total" ? o.unrounded : NaN);

// ---------------------------------------------------------------------------------------------- exact reference

/** A non-negative-denominator fraction of BigInts. */
class Q {
  constructor(
    readonly n: bigint,
    readonly d: bigint = 1n,
  ) {}
  static of(n: number | bigint, d: number | bigint = 1): Q {
    return new Q(BigInt(n), BigInt(d)).norm();
  }
  norm(): Q {
    let [a, b] = [this.n < 0n ? -this.n : this.n, this.d];
    while (b !== 0n) [a, b] = [b, a % b];
    return a === 0n ? new Q(0n, 1n) : new Q(this.n / a, this.d / a);
  }
  add(o: Q) {
    return new Q(this.n * o.d + o.n * this.d, this.d * o.d).norm();
  }
  sub(o: Q) {
    return new Q(this.n * o.d - o.n * this.d, this.d * o.d).norm();
  }
  mul(o: Q) {
    return new Q(this.n * o.n, this.d * o.d).norm();
  }
  div(o: Q) {
    const s = o.n < 0n ? -1n : 1n;
    return new Q(this.n * o.d * s, this.d * o.n * s).norm();
  }
  lt(o: Q) {
    return this.n * o.d < o.n * this.d;
  }
  isZero() {
    return this.n === 0n;
  }
  toNumber() {
    return Number(this.n) / Number(this.d);
  }
}

/** Rounds a non-negative fraction half away from zero to `decimals` places; the result as the decimal it is. */
function roundExact(x: Q, decimals: number): number {
  const p = 10n ** BigInt(decimals);
  const k = (2n * x.n * p + x.d) / (2n * x.d); // floor(x·p + 1/2), x ≥ 0
  return Number(`${k}e-${decimals}`);
}

type Expected = { total: number; unrounded: number } | { error: string };

/** The contract, computed exactly. */
function reference(c: Case): Expected {
  const HALF = Q.of(1, 2);
  let weighted = Q.of(0);
  let weightSum = Q.of(0);
  let scoreCount = 0;
  let bonus = Q.of(0);
  let penalty = Q.of(0);
  let gateFailed = false;
  c.crits.forEach((crit, i) => {
    const v = c.vals[i];
    if (v === "NA") return;
    const f = Q.of(v, 10 * crit.max);
    const w = Q.of(crit.w10, 10);
    if (crit.kind === "score") {
      weighted = weighted.add(w.mul(f));
      weightSum = weightSum.add(w);
      scoreCount++;
    } else if (crit.kind === "bonus") bonus = bonus.add(w.mul(f));
    else if (crit.kind === "penalty") penalty = penalty.add(w.mul(f));
    else if (f.lt(HALF)) gateFailed = true;
  });
  if (gateFailed) return { total: 0, unrounded: 0 };
  if (scoreCount === 0) return { error: "all-na" };
  if (weightSum.isZero()) return { error: "zero-weight" };
  let total = Q.of(c.scale).mul(weighted).div(weightSum).add(bonus).sub(penalty);
  if (total.lt(Q.of(0))) total = Q.of(0);
  return { total: roundExact(total, c.decimals), unrounded: total.toNumber() };
}

/** The contract in plain floating point, rounded through the decimal text of the value snapped to 12 significant
 * digits (BigInt arithmetic on the digits: exact for the decimal). */
function floatReference(c: Case): Expected {
  const applicable = c.crits.map((crit, i) => ({ crit, v: c.vals[i] })).filter((x) => x.v !== "NA");
  const fOf = (x: { crit: Crit; v: Val }) => (x.v as number) / 10 / x.crit.max;
  const ofKind = (kind: CriterionKind) => applicable.filter((x) => x.crit.kind === kind);
  if (ofKind("gate").some((x) => fOf(x) < 0.5)) return { total: 0, unrounded: 0 };
  const scored = ofKind("score");
  if (scored.length === 0) return { error: "all-na" };
  const weightSum = scored.reduce((s, x) => s + x.crit.w10 / 10, 0);
  if (weightSum === 0) return { error: "zero-weight" };
  const points = (kind: CriterionKind) => ofKind(kind).reduce((s, x) => s + (x.crit.w10 / 10) * fOf(x), 0);
  const base = (c.scale * points("score")) / weightSum;
  const unrounded = Math.max(0, base + points("bonus") - points("penalty"));
  return { total: roundDecimalText(unrounded, c.decimals), unrounded };
}

function roundDecimalText(x: number, decimals: number): number {
  const text = Math.abs(x).toPrecision(12); // "84.9500000000" or "1.23456789012e+21"
  const [mantissa, exponentText = "0"] = text.split("e");
  const [whole, fraction = ""] = mantissa.split(".");
  const digits = BigInt(whole + fraction);
  const exponent = Number(exponentText) - fraction.length; // |x| ≈ digits × 10^exponent
  const shift = exponent + decimals;
  let k: bigint;
  if (shift >= 0) k = digits * 10n ** BigInt(shift);
  else {
    const unit = 10n ** BigInt(-shift);
    k = (2n * digits + unit) / (2n * unit);
  }
  return (x < 0 ? -1 : 1) * Number(`${k}e-${decimals}`);
}

function expectMatches(outcome: ScoreOutcome, expected: Expected) {
  if ("error" in expected) {
    expect(summary(outcome)).toBe(`error ${expected.error}`);
    return;
  }
  expect(summary(outcome)).toBe(`total ${expected.total}`);
  expect(unroundedOf(outcome)).toBeCloseTo(expected.unrounded, 9);
}

// ---------------------------------------------------------------------------------------------- the properties

describe("Scorer properties", () => {
  test("the references agree with each other on the generated cases (a check of the test itself)", () => {
    fc.assert(
      fc.property(caseArb({ gatesPass: true }), (c) => {
        const exact = reference(c);
        const float = floatReference(c);
        if ("error" in exact) expect(float).toEqual(exact);
        else {
          expect("total" in float && float.total).toBe(exact.total);
          expect("unrounded" in float && float.unrounded).toBeCloseTo(exact.unrounded, 9);
        }
      }),
      RUNS,
    );
  });

  // Gates that pass leave more totals above 0 to compare; about 2 % of the cases are exact ties.
  const referenceCases = fc.oneof(caseArb(), caseArb({ gatesPass: true }), caseArb({ gatesPass: true }));

  test("the total equals the exact reference computation", () => {
    fc.assert(
      fc.property(referenceCases, (c) => expectMatches(run(c), reference(c))),
      { numRuns: 400 },
    );
  });

  test("the total equals the floating-point reference with decimal-text rounding", () => {
    fc.assert(
      fc.property(referenceCases, (c) => expectMatches(run(c), floatReference(c))),
      { numRuns: 400 },
    );
  });

  test("ties round half away from zero: totals that are exactly x.x5 go up", () => {
    // One score criterion, max 20, scale 10: the base is v10/20, which ends in 5 at the second decimal when the
    // value in tenths (v10) is odd: 0.05, 0.15, ... 9.95, each a tie at one decimal.
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99 }).map((k) => 2 * k + 1),
        (v10) => {
          const c: Case = {
            crits: [{ id: "A", kind: "score", w10: 10, max: 20, allowNA: false }],
            vals: [v10],
            scale: 10,
            decimals: 1,
          };
          expect(summary(run(c))).toBe(`total ${Number(`${(v10 + 1) / 2}e-1`)}`);
          expectMatches(run(c), reference(c));
        },
      ),
      RUNS,
    );
  });

  const raiseArb = (kinds: CriterionKind[]) =>
    caseArb({ gatesPass: true })
      .filter((c) => c.crits.some((crit) => kinds.includes(crit.kind)))
      .chain((c) => {
        const candidates = c.crits.map((crit, i) => i).filter((i) => kinds.includes(c.crits[i].kind));
        return fc
          .constantFrom(...candidates)
          .chain((i) =>
            fc
              .tuple(fc.integer({ min: 0, max: 10 * c.crits[i].max }), fc.integer({ min: 0, max: 10 * c.crits[i].max }))
              .map(([a, b]) => ({ c, i, low: Math.min(a, b), high: Math.max(a, b) })),
          );
      });

  const withValue = (c: Case, i: number, v: Val): Case => ({ ...c, vals: c.vals.map((x, j) => (j === i ? v : x)) });

  test("raising a score or bonus value never lowers the total (rounded or unrounded)", () => {
    fc.assert(
      fc.property(raiseArb(["score", "bonus"]), ({ c, i, low, high }) => {
        const lower = run(withValue(c, i, low));
        const higher = run(withValue(c, i, high));
        expect(higher.status).toBe(lower.status);
        if (lower.status === "total" && higher.status === "total") {
          expect(higher.total).toBeGreaterThanOrEqual(lower.total);
          expect(higher.unrounded).toBeGreaterThanOrEqual(lower.unrounded);
        } else expect(summary(higher)).toBe(summary(lower));
      }),
      RUNS,
    );
  });

  test("raising a penalty value never raises the total (rounded or unrounded)", () => {
    fc.assert(
      fc.property(raiseArb(["penalty"]), ({ c, i, low, high }) => {
        const lower = run(withValue(c, i, low));
        const higher = run(withValue(c, i, high));
        expect(summary(higher).split(" ")[0]).toBe(summary(lower).split(" ")[0]);
        if (lower.status === "total" && higher.status === "total") {
          expect(higher.total).toBeLessThanOrEqual(lower.total);
          expect(higher.unrounded).toBeLessThanOrEqual(lower.unrounded);
        }
      }),
      RUNS,
    );
  });

  test("reordering criteria together with their values leaves the total unchanged", () => {
    const arb = caseArb().chain((c) => fc.record({ c: fc.constant(c), perm: permutationArb(c.crits.length) }));
    fc.assert(
      fc.property(arb, ({ c, perm }) => {
        const permuted: Case = { ...c, crits: perm.map((j) => c.crits[j]), vals: perm.map((j) => c.vals[j]) };
        const a = run(c);
        const b = run(permuted);
        expect(summary(b)).toBe(summary(a));
        if (a.status === "total" && b.status === "total") expect(b.unrounded).toBeCloseTo(a.unrounded, 9);
      }),
      RUNS,
    );
  });

  test("marking a criterion that allows NA as NA equals removing it (score, bonus, penalty)", () => {
    const arb = caseArb({ crits: critsArb(2) })
      .filter((c) => c.crits.some((crit) => crit.allowNA && crit.kind !== "gate"))
      .chain((c) =>
        fc.record({
          c: fc.constant(c),
          i: fc.constantFrom(
            ...c.crits.map((_, i) => i).filter((i) => c.crits[i].allowNA && c.crits[i].kind !== "gate"),
          ),
        }),
      );
    fc.assert(
      fc.property(arb, ({ c, i }) => {
        const marked = withValue(c, i, "NA");
        const removed: Case = {
          ...c,
          crits: c.crits.filter((_, j) => j !== i),
          vals: c.vals.filter((_, j) => j !== i),
        };
        expect(run(marked)).toEqual(run(removed));
      }),
      RUNS,
    );
  });

  test("any failed gate makes the total 0", () => {
    const arb = caseArb()
      .filter((c) => c.crits.some((crit) => crit.kind === "gate"))
      .chain((c) => {
        const gates = c.crits.map((_, i) => i).filter((i) => c.crits[i].kind === "gate");
        return fc
          .constantFrom(...gates)
          .chain((i) =>
            fc
              .integer({ min: 0, max: 5 * c.crits[i].max - 1 })
              .map((failing) => ({ c: withValue(c, i, failing), gate: c.crits[i].id })),
          );
      });
    fc.assert(
      fc.property(arb, ({ c }) => {
        const outcome = run(c);
        expect(outcome).toMatchObject({ status: "total", total: 0, unrounded: 0 });
        // failedGate names the first failing gate
        const first = c.crits.find(
          (crit, i) => crit.kind === "gate" && c.vals[i] !== "NA" && (c.vals[i] as number) < 5 * crit.max,
        );
        expect(outcome.status === "total" && outcome.failedGate).toBe(first!.id);
      }),
      RUNS,
    );
  });

  test("all blank gives blank; some blank gives incomplete", () => {
    const arb = caseArb().chain((c) =>
      fc.record({
        c: fc.constant(c),
        blanks: fc.array(fc.boolean(), { minLength: c.crits.length, maxLength: c.crits.length }),
      }),
    );
    const blankSpelling = [null, undefined, "", "  "];
    fc.assert(
      fc.property(arb, ({ c, blanks }) => {
        const criteria = c.crits.map(({ id, kind, w10, max, allowNA }) => ({
          id,
          kind,
          weight: w10 / 10,
          max,
          allowNA,
        }));
        const values = c.vals.map((v, i) => (blanks[i] ? blankSpelling[i % 4] : raw(v, i)));
        const outcome = new Scorer(criteria, { scale: c.scale, decimals: c.decimals }).score(values);
        const count = blanks.filter(Boolean).length;
        if (count === c.crits.length) expect(outcome).toEqual({ status: "blank" });
        else if (count > 0) expect(summary(outcome)).toBe("error incomplete");
        else expectMatches(outcome, reference(c));
      }),
      RUNS,
    );
  });
});
