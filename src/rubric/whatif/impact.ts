// The impact on each evaluation, one object per evaluation: for lists and exports. The aggregations (summary.ts)
// read the typed arrays directly and never build these.
import { resultAt } from "./outcome";
import { Result, TOTAL } from "./result";
import { Scores } from "./scores";
import { allRows } from "./filter";

export interface EvaluationImpact {
  /** Index of the evaluation in the data. */
  index: number;
  key: string;
  sheetRow: number;
  before: Result;
  after: Result;
  /** Null unless both sides have a total with points. */
  totalChange: number | null;
  pointsChange: number | null;
  /** Both sides have a band, and it differs (by position in the bands). */
  bandChanged: boolean;
}

/** Before and after for each of `rows` (every evaluation by default), in their order. */
export function impactOf(before: Scores, after: Scores, rows: Int32Array = allRows(before.data)): EvaluationImpact[] {
  if (before.data !== after.data) throw new Error("before and after must score the same evaluations");
  return Array.from(rows, (i) => {
    const both = before.status[i] === TOTAL && after.status[i] === TOTAL;
    const evaluation = before.data.evaluations[i];
    return {
      index: i,
      key: evaluation.key,
      sheetRow: evaluation.sheetRow,
      before: resultAt(before, i),
      after: resultAt(after, i),
      totalChange: both ? after.total[i] - before.total[i] : null,
      pointsChange: both ? after.points[i] - before.points[i] : null,
      bandChanged: both && before.band[i] !== after.band[i],
    };
  });
}
