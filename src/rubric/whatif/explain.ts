// Why an evaluation's total moved: its change split by criterion. A criterion's contribution to a total is what it
// adds to the unrounded total: a score criterion scale × weight × (value / max) / (the weights of the score criteria
// scored), a bonus weight × (value / max), a penalty minus that. A failed gate contributes what makes the total 0
// (minus everything else); a total that would fall below 0 is floored, and the floor is its own line. So the
// contributions add up to the unrounded total, and their changes to the change of the unrounded total.
//
// Rounding: the change shown is between rounded totals. What rounding adds on either side is one more line
// (`rounding`), so that criteria + floor + rounding = the change of the rounded totals. shownChanges rounds the
// lines to the rubric's decimals so that the numbers shown add up exactly to the change shown (largest remainders).
import { Scorer } from "../score";
import { CELL_NUMBER, EvaluationData, foldId } from "./data";
import { valuesUnder } from "./outcome";
import { PreparedRubric } from "./prepared-rubric";
import { Scores } from "./scores";

export interface CriterionMove {
  id: string;
  /** The criterion's contribution to the unrounded total before and after (0 where the rubric lacks it). */
  before: number;
  after: number;
  change: number;
}

export interface Explanation {
  /** The criteria whose contribution changed, the largest change first. */
  criteria: CriterionMove[];
  /** The change in what the floor at 0 added. */
  floor: number;
  /** The change in what rounding added. */
  rounding: number;
  /** After's rounded total minus before's: the sum of all the above. */
  change: number;
}

interface Contributions {
  parts: Map<string, { id: string; value: number }>;
  floor: number;
}

/** Evaluation i's contributions under p (it must have a total under p). */
function contributions(data: EvaluationData, p: PreparedRubric, i: number): Contributions {
  const f = new Float64Array(p.n);
  const scored = new Uint8Array(p.n);
  let weightSum = 0;
  for (let k = 0; k < p.n; k++) {
    const at = p.column[k] * data.count + i;
    if (data.cells[at] !== CELL_NUMBER) continue; // NA: left out
    let v = data.values[at];
    for (let j = p.revalueStart[k]; j < p.revalueStart[k + 1]; j++) {
      if (v === p.revalueFrom[j]) {
        v = p.revalueTo[j];
        break;
      }
    }
    f[k] = v / p.max[k];
    scored[k] = 1;
    if (p.kind[k] === 0) weightSum += p.weight[k];
  }
  const values = new Float64Array(p.n);
  let sum = 0;
  let failedGate = -1;
  for (let k = 0; k < p.n; k++) {
    if (!scored[k]) continue;
    const kind = p.kind[k];
    if (kind === 0) values[k] = weightSum > 0 ? (p.scale * p.weight[k] * f[k]) / weightSum : 0;
    else if (kind === 1) values[k] = p.weight[k] * f[k];
    else if (kind === 2) values[k] = -p.weight[k] * f[k];
    else if (f[k] < 0.5 && failedGate < 0) failedGate = k;
    sum += values[k];
  }
  let floor = 0;
  if (failedGate >= 0) values[failedGate] = -sum;
  else if (sum < 0) floor = -sum;
  const parts = new Map<string, { id: string; value: number }>();
  p.rubric.criteria.forEach((c, k) => parts.set(foldId(c.id), { id: c.id, value: values[k] }));
  return { parts, floor };
}

/** Evaluation i's unrounded total, as the engine gives it (the what-if keeps only the rounded one). */
function unroundedOf(scores: Scores, i: number): number {
  const p = scores.rubrics[scores.rubricOf[i]];
  const outcome = new Scorer(p.rubric.criteria, p.rubric.settings).score(valuesUnder(scores.data, p, i));
  return outcome.status === "total" ? outcome.unrounded : NaN;
}

/** Why evaluation i's total differs between `before` and `after`; undefined unless it has a total in both. */
export function explain(before: Scores, after: Scores, i: number): Explanation | undefined {
  const tb = before.total[i];
  const ta = after.total[i];
  if (tb !== tb || ta !== ta) return undefined;
  const b = contributions(before.data, before.rubrics[before.rubricOf[i]], i);
  const a = contributions(after.data, after.rubrics[after.rubricOf[i]], i);
  const criteria: CriterionMove[] = [];
  const add = (key: string, id: string) => {
    const x = b.parts.get(key)?.value ?? 0;
    const y = a.parts.get(key)?.value ?? 0;
    if (x !== y) criteria.push({ id, before: x, after: y, change: y - x });
  };
  for (const [key, { id }] of a.parts) add(key, id);
  for (const [key, { id }] of b.parts) if (!a.parts.has(key)) add(key, id);
  criteria.sort((x, y) => Math.abs(y.change) - Math.abs(x.change));
  const rounding = ta - unroundedOf(after, i) - (tb - unroundedOf(before, i));
  return { criteria, floor: a.floor - b.floor, rounding, change: ta - tb };
}

/** The explanation's lines (criteria, then the floor) rounded to `decimals` so that they add up exactly to the
 * change as shown: each line rounded down, then the units still missing given to the largest remainders (or, when
 * there is one unit too many, taken from the smallest). Rounding is spread over the lines, not shown apart. */
export function shownChanges(explanation: Explanation, decimals: number): { criteria: number[]; floor: number } {
  const p = Math.pow(10, decimals);
  const lines = [...explanation.criteria.map((c) => c.change), explanation.floor];
  const target = Math.round(explanation.change * p);
  const units = lines.map((x) => Math.floor(x * p));
  let missing = target - units.reduce((s, u) => s + u, 0);
  const order = lines.map((x, k) => ({ k, rest: x * p - units[k] })).sort((x, y) => y.rest - x.rest || x.k - y.k);
  for (let j = 0; missing > 0; j = (j + 1) % order.length, missing--) units[order[j].k]++;
  for (let j = order.length - 1; missing < 0; j = (j - 1 + order.length) % order.length, missing++) units[order[j].k]--;
  const shown = units.map((u) => u / p);
  return { criteria: shown.slice(0, -1), floor: shown[shown.length - 1] };
}
