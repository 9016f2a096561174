// One evaluation's result as an object, with the engine's reason for an error: for lists (movers, the per-evaluation
// impact), never in the hot loop. A score error's reason is the engine's own: the row is scored again by Scorer.
import { belowBandsMessage } from "../bands";
import { engineMessage } from "../messages";
import { RawValue } from "../model";
import { Scorer } from "../score";
import { CELL_BLANK, CELL_NA, CELL_NUMBER, EvaluationData, foldId } from "./data";
import { PreparedRubric } from "./prepared-rubric";
import { BLANK, E_BELOW_BANDS, E_VERSION, Result, TOTAL, errorCodeAt } from "./result";
import { Scores } from "./scores";

/** Evaluation i's raw value in column c, as the store holds it. */
function rawAt(data: EvaluationData, i: number, c: number): RawValue {
  const values = data.evaluations[i].values;
  const key = foldId(data.columns[c]);
  for (const id of Object.keys(values)) if (foldId(id) === key) return values[id];
  return undefined;
}

/** Evaluation i's values in the order of p's criteria, re-valued as the trial reads them. */
export function valuesUnder(data: EvaluationData, p: PreparedRubric, i: number): RawValue[] {
  const out: RawValue[] = [];
  for (let k = 0; k < p.n; k++) {
    const at = p.column[k] * data.count + i;
    const cell = data.cells[at];
    if (cell === CELL_NUMBER) {
      let v = data.values[at];
      for (let j = p.revalueStart[k]; j < p.revalueStart[k + 1]; j++) {
        if (v === p.revalueFrom[j]) {
          v = p.revalueTo[j];
          break;
        }
      }
      out.push(v);
    } else if (cell === CELL_BLANK) out.push(null);
    else if (cell === CELL_NA) out.push("NA");
    else out.push(rawAt(data, i, p.column[k]));
  }
  return out;
}

/** Evaluation i's result in `scores`. */
export function resultAt(scores: Scores, i: number): Result {
  const status = scores.status[i];
  if (status === TOTAL)
    return { status: "total", total: scores.total[i], band: scores.band[i], points: scores.points[i] };
  if (status === BLANK) return { status: "blank" };
  const error = scores.error[i];
  const code = errorCodeAt(error);
  const withTotal = scores.total[i] === scores.total[i] ? { total: scores.total[i] } : {};
  if (error === E_VERSION)
    return { status: "error", code, reason: engineMessage("version-missing", { version: scores.data.version[i] }) };
  const p = scores.rubrics[scores.rubricOf[i]];
  if (error === p.fault) return { status: "error", code, reason: p.faultReason! };
  if (error === p.bandFault && p.bandFaultReason)
    return { status: "error", code, reason: p.bandFaultReason, ...withTotal };
  if (error === E_BELOW_BANDS)
    return { status: "error", code, reason: belowBandsMessage(p.rubric.bands, scores.total[i]), ...withTotal };
  const outcome = new Scorer(p.rubric.criteria, p.rubric.settings).score(valuesUnder(scores.data, p, i));
  if (outcome.status !== "error" || outcome.error.code !== code) {
    const row = scores.data.evaluations[i].sheetRow;
    throw new Error(`the what-if and the engine disagree on row ${row}: ${code} against ${JSON.stringify(outcome)}`);
  }
  return { status: "error", code, reason: outcome.error.reason };
}
