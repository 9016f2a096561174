// A rubric prepared once for scoring the what-if's evaluations: its criteria as typed arrays matched to the score
// columns, its bands as two arrays, and what makes every evaluation fail under it (invalid criteria, settings or
// bands, a criterion without a score column), found before a single value is read.
import { EngineMessage, engineMessage, listingProblems } from "../messages";
import { CriterionKind, Rubric } from "../model";
import { mergeProblems } from "../problem";
import { validateBands, validateCriteria, validateSettings } from "../validate";
import { EvaluationData, foldId } from "./data";
import { ResultErrorCode, errorIndex } from "./result";
import { Revaluation } from "./trial";

const KIND_CODE: Record<CriterionKind, number> = { score: 0, bonus: 1, penalty: 2, gate: 3 };

export interface PreparedRubric {
  readonly rubric: Rubric;
  /** Error index (see result.ts) every evaluation gets before its values are read; 0: none. */
  readonly fault: number;
  readonly faultReason?: EngineMessage;
  /** Error index every total gets instead of a band (invalid bands); 0: none. */
  readonly bandFault: number;
  readonly bandFaultReason?: EngineMessage;
  readonly n: number;
  /** Criterion i's score column in the data. */
  readonly column: Int32Array;
  readonly kind: Uint8Array;
  readonly weight: Float64Array;
  readonly max: Float64Array;
  readonly allowNA: Uint8Array;
  /** Criterion i's re-valued levels are revalueFrom/To[revalueStart[i] .. revalueStart[i + 1]). */
  readonly revalueStart: Int32Array;
  readonly revalueFrom: Float64Array;
  readonly revalueTo: Float64Array;
  readonly revalued: boolean;
  /** The score criteria's weights summed in the rubric's order, as Scorer sums them for an evaluation without NA. */
  readonly scoreWeightSum: number;
  readonly scale: number;
  readonly decimals: number;
  /** Band k's From (−Infinity for an open first band) and points. */
  readonly bandFrom: Float64Array;
  readonly bandPoints: Float64Array;
}

function fault(code: ResultErrorCode, reason: EngineMessage) {
  return { fault: errorIndex(code), faultReason: reason };
}

export function prepareRubric(
  data: EvaluationData,
  rubric: Rubric,
  revalue: readonly Revaluation[] = [],
): PreparedRubric {
  const criteria = rubric.criteria;
  const n = criteria.length;
  const column = new Int32Array(n);
  const kind = new Uint8Array(n);
  const weight = new Float64Array(n);
  const max = new Float64Array(n);
  const allowNA = new Uint8Array(n);
  const revalueStart = new Int32Array(n + 1);
  const from: number[] = [];
  const to: number[] = [];
  let missing: string | undefined;
  for (let i = 0; i < n; i++) {
    const c = criteria[i];
    const at = data.columnOf.get(foldId(c.id));
    if (at === undefined && missing === undefined) missing = c.id;
    column[i] = at ?? 0;
    kind[i] = KIND_CODE[c.kind] ?? 0;
    weight[i] = c.weight;
    max[i] = c.max;
    allowNA[i] = c.allowNA ? 1 : 0;
    revalueStart[i] = from.length;
    const r = revalue.find((x) => foldId(x.id) === foldId(c.id));
    if (r) {
      from.push(...r.from);
      to.push(...r.to);
    }
  }
  revalueStart[n] = from.length;
  let scoreWeightSum = 0;
  for (let i = 0; i < n; i++) if (kind[i] === 0) scoreWeightSum += weight[i];
  // As RUBRIC.TOTAL: an invalid table first, then a criterion without a score column.
  const problems = mergeProblems(validateSettings(rubric.settings), validateCriteria(criteria, { scoringOnly: true }));
  const whole =
    problems.length > 0
      ? fault("invalid-rubric", listingProblems("invalid-rubric", problems))
      : missing !== undefined
        ? fault("missing-column", engineMessage("missing-column", { id: missing }))
        : { fault: 0 };
  const bandProblems = validateBands(rubric.bands);
  const bands =
    bandProblems.length > 0 ? fault("invalid-bands", listingProblems("invalid-bands", bandProblems)) : undefined;
  return {
    rubric,
    ...whole,
    bandFault: bands?.fault ?? 0,
    ...(bands ? { bandFaultReason: bands.faultReason } : {}),
    n,
    column,
    kind,
    weight,
    max,
    allowNA,
    revalueStart,
    revalueFrom: Float64Array.from(from),
    revalueTo: Float64Array.from(to),
    revalued: from.length > 0,
    scoreWeightSum,
    scale: rubric.settings.scale,
    decimals: rubric.settings.decimals,
    bandFrom: Float64Array.from(rubric.bands, (b) => (b.from === null ? -Infinity : b.from)),
    bandPoints: Float64Array.from(rubric.bands, (b) => b.points),
  };
}
