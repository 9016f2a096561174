// The trend under one rubric: the whole history re-scored under one chosen version, month by month beside the
// distribution as awarded, so that a manager can tell how much of a shift came from people and how much from the
// rubric. Months are calendar months of the evaluations' UTC days; evaluations without a date are counted apart.
import { Bins, Distribution, binsFor, distribution } from "./distribution";
import { allRows } from "./filter";
import { monthText } from "./data";
import { Scores } from "./scores";
import { workingFloats } from "./scratch-buffers";
import { bandCount, referenceRubric } from "./summary";

export interface TrendMonth {
  /** yyyy-mm */
  month: string;
  awarded: Distribution;
  /** Under the chosen rubric. */
  under: Distribution;
}

export interface Trend {
  bins: Bins;
  /** Oldest first; months without evaluations are left out. */
  months: TrendMonth[];
  /** Evaluations among those chosen without a readable date. */
  undated: number;
}

/** `awarded` and `under` (the chosen version, scoreUnder) month by month over `rows`. */
export function trend(
  awarded: Scores,
  under: Scores,
  rows: Int32Array = allRows(awarded.data),
  binWidth?: number,
): Trend {
  const data = awarded.data;
  if (under.data !== data) throw new Error("both sides must score the same evaluations");
  let top = 0;
  let first = Infinity;
  let last = -Infinity;
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    if (awarded.total[i] > top) top = awarded.total[i];
    if (under.total[i] > top) top = under.total[i];
    const m = data.month[i];
    if (m < 0) continue;
    if (m < first) first = m;
    if (m > last) last = m;
  }
  const bins = binsFor(referenceRubric(under).settings.scale, top, binWidth);
  if (first > last) return { bins, months: [], undated: rows.length };
  // Rows by month in one counting pass.
  const span = last - first + 1;
  const start = new Int32Array(span + 1);
  let undated = 0;
  for (let r = 0; r < rows.length; r++) {
    const m = data.month[rows[r]];
    if (m < 0) undated++;
    else start[m - first + 1]++;
  }
  for (let k = 0; k < span; k++) start[k + 1] += start[k];
  const byMonth = new Int32Array(rows.length - undated);
  const at = start.slice(0, span);
  for (let r = 0; r < rows.length; r++) {
    const m = data.month[rows[r]];
    if (m >= 0) byMonth[at[m - first]++] = rows[r];
  }
  const [awardedBands, underBands] = [bandCount(awarded), bandCount(under)];
  const scratch = workingFloats("trend median", rows.length);
  const months: TrendMonth[] = [];
  for (let k = 0; k < span; k++) {
    if (start[k] === start[k + 1]) continue;
    const monthRows = byMonth.subarray(start[k], start[k + 1]);
    months.push({
      month: monthText(first + k),
      awarded: distribution(awarded, monthRows, bins, awardedBands, scratch),
      under: distribution(under, monthRows, bins, underBands, scratch),
    });
  }
  return { bins, months, undated };
}
