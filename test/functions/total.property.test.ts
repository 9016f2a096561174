// Property tests of RUBRIC.TOTAL called as Excel calls it: the criteria table (header row first), the ids heading
// the score cells and the score cells as any[][], decimals as a value, an omitted optional as null. The scoring
// contract is the one in test/rubric/score.property.test.ts, at scale 100.
// (test/support/custom-functions-stub.ts, a jest setup file, provides the CustomFunctions global.)
import fc from "fast-check";
import { CriterionKind } from "../../src/rubric/model";
import { total } from "../../src/functions/functions";
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
  /** How the row spells its kind and Allow NA (the sheet vocabulary varies). */
  style: number;
}

interface Case {
  crits: Crit[];
  vals: Val[];
  /** null: omitted (1 decimal). */
  decimals: number | null;
}

const critsArb = (minLength = 1): fc.Arbitrary<Crit[]> =>
  fc
    .array(fc.record({ ...critFieldsArb(["score", "score", "score", "bonus", "penalty", "gate"]), style: fc.nat(5) }), {
      minLength,
      maxLength: 12,
    })
    .map((cs) => withIdsAndAScore(cs, "Q"));

const caseArb = (options: { gatesPass?: boolean; minCriteria?: number } = {}): fc.Arbitrary<Case> =>
  critsArb(options.minCriteria).chain((crits) =>
    fc.record({
      crits: fc.constant(crits),
      vals: fc.tuple(...crits.map((c) => valArb(c, options.gatesPass ?? false))),
      decimals: fc.constantFrom(null, 0, 1, 2, 3),
    }),
  );

// ---------------------------------------------------------------------------------------------- calling TOTAL

const HEADER = ["ID", "Criterion", "Kind", "Weight", "Max", "Allow NA"];
const KIND_SPELLING: Record<CriterionKind, unknown[]> = {
  score: ["score", null, "Score", "得分"],
  bonus: ["bonus", "Bonus", "加分"],
  penalty: ["penalty", "PENALTY", "扣分"],
  gate: ["gate", "Gate", "否决"],
};
const YES_NO: [unknown, unknown][] = [
  [true, false],
  ["yes", "no"],
  ["Y", null],
  ["是", "否"],
];
const NA_SPELLING = ["NA", "n/a", "N/A", "na"];

function criterionRow(c: Crit): unknown[] {
  const kinds = KIND_SPELLING[c.kind];
  const [yes, no] = YES_NO[c.style % YES_NO.length];
  // A gate's weight plays no part; the sheet may leave it blank.
  const weight = c.kind === "gate" && c.style % 2 === 0 ? null : c.w10 / 10;
  return [c.id, `Criterion ${c.id}`, kinds[c.style % kinds.length], weight, c.max, c.allowNA ? yes : no];
}

const rawValue = (v: Val, i: number): unknown => (v === "NA" ? NA_SPELLING[i % NA_SPELLING.length] : v / 10);

/** Where things sit on the sheet: criteria rows and score columns in any order, score cells as a row or a column,
 * and extra score columns (retired criteria) inserted anywhere. */
interface Layout {
  rows?: number[];
  cols?: number[];
  column?: boolean;
  lowerCaseIds?: boolean;
  extras?: { at: number; id: string; value: unknown }[];
}

/** TOTAL's result: the number, "" for blank, or the Excel error code. */
function call(c: Case, layout: Layout = {}): number | string {
  const n = c.crits.length;
  const identity = Array.from({ length: n }, (_, i) => i);
  const table = [HEADER, ...(layout.rows ?? identity).map((i) => criterionRow(c.crits[i]))];
  const cols = layout.cols ?? identity;
  const ids: unknown[] = cols.map((i) => (layout.lowerCaseIds ? c.crits[i].id.toLowerCase() : c.crits[i].id));
  const scores: unknown[] = cols.map((i) => rawValue(c.vals[i], i));
  for (const extra of layout.extras ?? []) {
    const at = Math.min(extra.at, ids.length);
    ids.splice(at, 0, extra.id);
    scores.splice(at, 0, extra.value);
  }
  const shape = (cells: unknown[]) => (layout.column ? cells.map((v) => [v]) : [cells]);
  try {
    return total(shape(scores), shape(ids), table, c.decimals);
  } catch (e) {
    if (e instanceof CustomFunctions.Error) return e.code;
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------- exact reference

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
/** n/d with d > 0. */
type Q = [bigint, bigint];
const q = (n: number, d = 1): Q => [BigInt(n), BigInt(d)];
const norm = ([n, d]: Q): Q => {
  const g = gcd(n, d) || 1n;
  return [n / g, d / g];
};
const add = (a: Q, b: Q): Q => norm([a[0] * b[1] + b[0] * a[1], a[1] * b[1]]);
const mul = (a: Q, b: Q): Q => norm([a[0] * b[0], a[1] * b[1]]);
const div = (a: Q, b: Q): Q => norm([a[0] * b[1], a[1] * b[0]]); // b > 0 here

/** The contract computed exactly: the rounded total, or the Excel error TOTAL gives. */
function reference(c: Case): number | string {
  let weighted = q(0);
  let weightSum = q(0);
  let scoreCount = 0;
  let extra = q(0); // bonus − penalty
  let gateFailed = false;
  c.crits.forEach((crit, i) => {
    const v = c.vals[i];
    if (v === "NA") return;
    const f = q(v, 10 * crit.max);
    const w = q(crit.w10, 10);
    if (crit.kind === "score") {
      weighted = add(weighted, mul(w, f));
      weightSum = add(weightSum, w);
      scoreCount++;
    } else if (crit.kind === "bonus") extra = add(extra, mul(w, f));
    else if (crit.kind === "penalty") extra = add(extra, mul(q(-1), mul(w, f)));
    else if (2 * v < 10 * crit.max) gateFailed = true;
  });
  if (gateFailed) return 0;
  if (scoreCount === 0 || weightSum[0] === 0n) return "#N/A"; // all NA, or no weight left
  let [n, d] = add(div(mul(q(100), weighted), weightSum), extra);
  if (n < 0n) [n, d] = [0n, 1n];
  const decimals = c.decimals ?? 1;
  const p = 10n ** BigInt(decimals);
  const k = (2n * n * p + d) / (2n * d); // half away from zero, n ≥ 0
  return Number(`${k}e-${decimals}`);
}

// ---------------------------------------------------------------------------------------------- the properties

describe("RUBRIC.TOTAL properties", () => {
  test("TOTAL equals the exact reference computation", () => {
    const arb = fc.record({
      c: fc.oneof(caseArb(), caseArb({ gatesPass: true })),
      column: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, ({ c, column }) => {
        expect(call(c, { column })).toBe(reference(c));
      }),
      RUNS,
    );
  });

  test("a one-cell edit of the criteria table between two calls is seen at once (nothing stale is reused)", () => {
    const arb = caseArb().chain((c) =>
      fc.record({
        c: fc.constant(c),
        i: fc.nat(c.crits.length - 1),
        edit: fc.constantFrom<"weight" | "max" | "kind" | "allowNA">("weight", "max", "kind", "allowNA"),
        decimals: fc.constantFrom(null, 0, 1, 2, 3),
      }),
    );
    fc.assert(
      fc.property(arb, ({ c, i, edit, decimals }) => {
        const crit = c.crits[i];
        const edited: Crit = {
          ...crit,
          w10: edit === "weight" ? crit.w10 + 10 : crit.w10,
          // a larger max keeps the value in range
          max: edit === "max" ? crit.max * 2 : crit.max,
          kind: edit === "kind" ? (crit.kind === "bonus" ? "penalty" : "bonus") : crit.kind,
          allowNA: edit === "allowNA" ? true : crit.allowNA,
        };
        const next: Case = { ...c, decimals, crits: c.crits.map((x, j) => (j === i ? edited : x)) };
        // the rubric after the edit may lack a score criterion of weight > 0: then it is invalid (#VALUE!)
        const valid = next.crits.some((x) => x.kind === "score" && x.w10 > 0);
        call(c);
        expect(call(next)).toBe(valid ? reference(next) : "#VALUE!");
        expect(call(c)).toBe(reference(c));
      }),
      RUNS,
    );
  });

  const withValue = (c: Case, i: number, v: Val): Case => ({ ...c, vals: c.vals.map((x, j) => (j === i ? v : x)) });

  const raiseArb = (kinds: CriterionKind[]) =>
    caseArb({ gatesPass: true })
      .filter((c) => c.crits.some((crit) => kinds.includes(crit.kind)))
      .chain((c) =>
        fc
          .constantFrom(...c.crits.map((_, i) => i).filter((i) => kinds.includes(c.crits[i].kind)))
          .chain((i) =>
            fc
              .tuple(fc.integer({ min: 0, max: 10 * c.crits[i].max }), fc.integer({ min: 0, max: 10 * c.crits[i].max }))
              .map(([a, b]) => ({ c, i, low: Math.min(a, b), high: Math.max(a, b) })),
          ),
      );

  test("raising a score or bonus value never lowers the total", () => {
    fc.assert(
      fc.property(raiseArb(["score", "bonus"]), ({ c, i, low, high }) => {
        const lower = call(withValue(c, i, low));
        const higher = call(withValue(c, i, high));
        if (typeof lower === "number") {
          expect(typeof higher).toBe("number");
          expect(higher as number).toBeGreaterThanOrEqual(lower);
        } else expect(higher).toBe(lower);
      }),
      RUNS,
    );
  });

  test("raising a penalty value never raises the total", () => {
    fc.assert(
      fc.property(raiseArb(["penalty"]), ({ c, i, low, high }) => {
        const lower = call(withValue(c, i, low));
        const higher = call(withValue(c, i, high));
        if (typeof lower === "number") {
          expect(typeof higher).toBe("number");
          expect(higher as number).toBeLessThanOrEqual(lower);
        } else expect(higher).toBe(lower);
      }),
      RUNS,
    );
  });

  test("TOTAL is the same when criteria rows and score columns are reordered together", () => {
    const arb = caseArb().chain((c) =>
      fc.record({ c: fc.constant(c), perm: permutationArb(c.crits.length), column: fc.boolean() }),
    );
    fc.assert(
      fc.property(arb, ({ c, perm, column }) => {
        expect(call(c, { rows: perm, cols: perm, column })).toBe(call(c));
      }),
      RUNS,
    );
  });

  test("TOTAL is the same when only the score columns (with their ids) are reordered: matching is by id", () => {
    const arb = caseArb().chain((c) =>
      fc.record({
        c: fc.constant(c),
        perm: permutationArb(c.crits.length),
        column: fc.boolean(),
        lowerCaseIds: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(arb, ({ c, perm, column, lowerCaseIds }) => {
        expect(call(c, { cols: perm, column, lowerCaseIds })).toBe(call(c));
      }),
      RUNS,
    );
  });

  test("marking a criterion that allows NA as NA equals removing its row and column (score, bonus, penalty)", () => {
    const removable = (c: Case, i: number) =>
      c.crits[i].allowNA &&
      c.crits[i].kind !== "gate" &&
      // the rubric without it is still valid: a score criterion of weight > 0 remains
      c.crits.some((crit, j) => j !== i && crit.kind === "score" && crit.w10 > 0);
    const arb = caseArb({ minCriteria: 2 })
      .filter((c) => c.crits.some((_, i) => removable(c, i)))
      .chain((c) =>
        fc.record({
          c: fc.constant(c),
          i: fc.constantFrom(...c.crits.map((_, i) => i).filter((i) => removable(c, i))),
        }),
      );
    fc.assert(
      fc.property(arb, ({ c, i }) => {
        const removed: Case = {
          ...c,
          crits: c.crits.filter((_, j) => j !== i),
          vals: c.vals.filter((_, j) => j !== i),
        };
        expect(call(withValue(c, i, "NA"))).toBe(call(removed));
      }),
      RUNS,
    );
  });

  test("any failed gate gives 0", () => {
    const arb = caseArb()
      .filter((c) => c.crits.some((crit) => crit.kind === "gate"))
      .chain((c) =>
        fc
          .constantFrom(...c.crits.map((_, i) => i).filter((i) => c.crits[i].kind === "gate"))
          .chain((i) => fc.integer({ min: 0, max: 5 * c.crits[i].max - 1 }).map((failing) => withValue(c, i, failing))),
      );
    fc.assert(
      fc.property(arb, (c) => {
        expect(call(c)).toBe(0);
      }),
      RUNS,
    );
  });

  test("score columns whose ids no criterion has (retired criteria) do not change the total", () => {
    const extraArb = fc.record({
      at: fc.nat(14),
      id: fc.constantFrom("OLD1", "Q99", "retired_2", "Z", "Notes"),
      value: fc.constantFrom<unknown>(0, 7, 12.5, -3, "NA", "", null, "junk", true, "n/a"),
    });
    const arb = caseArb().chain((c) =>
      fc.record({
        c: fc.constant(c),
        // distinct ids: a repeated id is a duplicate-column error, as it should be
        extras: fc.uniqueArray(extraArb, { minLength: 1, maxLength: 4, selector: (e) => e.id }),
        perm: permutationArb(c.crits.length),
        column: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(arb, ({ c, extras, perm, column }) => {
        expect(call(c, { extras, column })).toBe(call(c));
        expect(call(c, { extras, column, cols: perm })).toBe(call(c));
      }),
      RUNS,
    );
  });
});
