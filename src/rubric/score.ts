// The scoring engine: one implementation of the arithmetic, used by the sheet's functions, the pane and exports.
import { Criterion, CriterionKind, DEFAULT_SETTINGS, RawValue, Rubric, RubricSettings } from "./model";
import { roundHalfAway } from "./round";
import { EngineMessage, engineMessage } from "./messages";
import { INVALID, NA, classifyValue, showValue } from "./value";

/** What scoring needs of a criterion; `id` names it in messages (SCORE passes "criterion 3"). */
export type ScoringCriterion = Pick<Criterion, "id" | "kind" | "weight" | "max" | "allowNA">;

export type ScoreErrorCode =
  | "invalid-value" // neither number, NA nor blank
  | "out-of-range" // a number outside 0..max
  | "na-not-allowed"
  | "length" // values and criteria differ in number
  | "all-na" // every score criterion is NA
  | "zero-weight" // the applicable score criteria weigh nothing
  | "incomplete" // some, not all, criteria are blank
  | "invalid-rubric" // the criteria break a rule
  | "missing-column" // a criterion has no score column
  | "duplicate-column" // two score columns have one id
  | "not-finite"; // weights, maxima or scale so extreme that the total is no finite number

export interface ScoreError {
  code: ScoreErrorCode;
  /** What went wrong, as a code and parameters: engineText words it in a language. */
  reason: EngineMessage;
  /** The criterion at fault, where there is one. */
  criterion?: string;
  /** For "incomplete": how many criteria are blank, of how many. */
  blanks?: number;
  count?: number;
}

export interface ScoredTotal {
  status: "total";
  /** Rounded to the rubric's decimals: what the reviewer sees and what bands apply to. */
  total: number;
  unrounded: number;
  base: number;
  bonus: number;
  penalty: number;
  /** The first failed gate, when one made the total 0. */
  failedGate?: string;
}

export type ScoreOutcome = ScoredTotal | { status: "blank" } | { status: "error"; error: ScoreError };

const BLANK: ScoreOutcome = Object.freeze({ status: "blank" });

/** Errors that mean "not computable yet" (#N/A) rather than bad input (#VALUE!). */
export function isUndefinedResult(code: ScoreErrorCode): boolean {
  return code === "incomplete" || code === "all-na" || code === "zero-weight" || code === "missing-column";
}

const KIND_CODE: Record<CriterionKind, number> = { score: 0, bonus: 1, penalty: 2, gate: 3 };

/** A rubric's criteria prepared once for scoring many evaluations. */
export class Scorer {
  private readonly n: number;
  private readonly kinds: Uint8Array;
  private readonly weights: Float64Array;
  private readonly maxima: Float64Array;
  private readonly allowNA: Uint8Array;
  private readonly ids: string[];

  constructor(
    criteria: readonly ScoringCriterion[],
    private readonly settings: RubricSettings = DEFAULT_SETTINGS,
  ) {
    const n = criteria.length;
    this.n = n;
    // Plain loops: RUBRIC.TOTAL builds a Scorer on every call.
    this.kinds = new Uint8Array(n);
    this.weights = new Float64Array(n);
    this.maxima = new Float64Array(n);
    this.allowNA = new Uint8Array(n);
    this.ids = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const c = criteria[i];
      this.kinds[i] = KIND_CODE[c.kind];
      this.weights[i] = c.weight;
      this.maxima[i] = c.max;
      this.allowNA[i] = c.allowNA ? 1 : 0;
      this.ids[i] = c.id;
    }
  }

  /** Scores one evaluation; `values[i]` belongs to criterion i. */
  score(values: ArrayLike<unknown>): ScoreOutcome {
    const n = this.n;
    if (values.length !== n) {
      return fail("length", engineMessage("values-for-criteria", { values: values.length, count: n }));
    }
    let blanks = 0;
    let weighted = 0;
    let weightSum = 0;
    let scoreCount = 0;
    let bonus = 0;
    let penalty = 0;
    let failedGate = -1;
    for (let i = 0; i < n; i++) {
      const raw = values[i];
      const v = typeof raw === "number" && raw === raw ? raw : classifyValue(raw);
      if (v === null) {
        blanks++;
        continue;
      }
      if (v === NA) {
        if (this.allowNA[i] === 0)
          return fail("na-not-allowed", engineMessage("na-not-allowed", { id: this.ids[i] }), this.ids[i]);
        continue;
      }
      if (v === INVALID) {
        const reason = engineMessage("invalid-value", { id: this.ids[i], value: showValue(raw) });
        return fail("invalid-value", reason, this.ids[i]);
      }
      const max = this.maxima[i];
      if (v < 0 || v > max)
        return fail("out-of-range", engineMessage("out-of-range", { id: this.ids[i], value: v, max }), this.ids[i]);
      const f = v / max;
      switch (this.kinds[i]) {
        case 0:
          weighted += this.weights[i] * f;
          weightSum += this.weights[i];
          scoreCount++;
          break;
        case 1:
          bonus += this.weights[i] * f;
          break;
        case 2:
          penalty += this.weights[i] * f;
          break;
        default:
          if (f < 0.5 && failedGate < 0) failedGate = i;
      }
    }
    if (blanks === n) return BLANK;
    if (blanks > 0) {
      return {
        status: "error",
        error: { code: "incomplete", reason: engineMessage("incomplete", { blanks, count: n }), blanks, count: n },
      };
    }
    if (failedGate >= 0) {
      return { status: "total", total: 0, unrounded: 0, base: 0, bonus, penalty, failedGate: this.ids[failedGate] };
    }
    if (scoreCount === 0) return fail("all-na", engineMessage("all-na"));
    if (weightSum <= 0) return fail("zero-weight", engineMessage("zero-weight"));
    const base = (this.settings.scale * weighted) / weightSum;
    const unrounded = Math.max(0, base + bonus - penalty);
    const total = roundHalfAway(unrounded, this.settings.decimals);
    // Huge weights or scale, or a tiny max, overflow doubles (so may rounding, near the largest double): never hand
    // Excel NaN or Infinity as a total.
    if (!Number.isFinite(total)) return fail("not-finite", engineMessage("not-finite"));
    return {
      status: "total",
      total,
      unrounded,
      base,
      bonus,
      penalty,
    };
  }
}

export function fail(code: ScoreErrorCode, reason: EngineMessage, criterion?: string): ScoreOutcome {
  return { status: "error", error: criterion === undefined ? { code, reason } : { code, reason, criterion } };
}

/** Scores one evaluation given as values keyed by criterion id (ids match ignoring case). */
export function scoreEvaluation(rubric: Rubric, valuesById: Readonly<Record<string, RawValue>>): ScoreOutcome {
  const byKey = new Map<string, RawValue>();
  for (const [id, value] of Object.entries(valuesById)) byKey.set(id.toUpperCase(), value);
  const values = rubric.criteria.map((c) => byKey.get(c.id.toUpperCase()));
  return new Scorer(rubric.criteria, rubric.settings).score(values);
}
