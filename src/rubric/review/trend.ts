// The monthly trend of the distribution of totals: per calendar month, how many evaluations, the mean, quartiles,
// lowest and highest total, the bands and a histogram. As awarded (each evaluation under its own version), and
// re-scored under one chosen version, to tell a change in the work from a change in the rubric.
import { LeftOut, ScoredRow } from "./filter";
import { Period, monthOfIndex, periodKey } from "../period/period";
import { Awarded, awardUnder, awardValues } from "./rows";
import { BandCount, BandTally } from "./summary";
import { PreparedVersions, sameCriteria } from "./versions";

export interface TrendMonth {
  /** "2018-09". */
  month: string;
  period: Period;
  evaluations: number;
  /** Undefined (as the quartiles, min and max) for a month without evaluations. */
  mean: number | undefined;
  /** Quartiles by linear interpolation between the sorted totals (the median is the second). */
  quartiles: [number, number, number] | undefined;
  min: number | undefined;
  max: number | undefined;
  bands: BandCount[];
  /** Totals per bin of `binWidth` points: bin k holds [k·width, (k+1)·width). */
  histogram: number[];
}

export interface Trend {
  binWidth: number;
  /** Every month from the first to the last evaluation's, months without evaluations included. */
  months: TrendMonth[];
  /** Rows left out for want of a readable date. */
  undated: number;
}

export interface RescoredTrend extends Trend {
  version: number;
  /** Rows that have a total as awarded but none under this version (a criterion it has and they lack: unscored). */
  leftOut: LeftOut;
}

/** A dated total: a scored row itself (as awarded), or a row's result under another version. */
interface Point {
  /** The month, as monthIndexOf gives it. */
  month: number;
  version: number;
  result: Awarded;
}

function quantile(sorted: Float64Array, q: number): number {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

/** Sorts totals (finite numbers) ascending, in place: a plain quicksort, finishing short runs by insertion. The
 * built-in Float64Array sort took three times as long here, and the trend sorts every month's totals twice. */
function sortTotals(a: Float64Array, from = 0, to = a.length - 1): void {
  while (to - from > 16) {
    const pivot = a[(from + to) >> 1];
    let i = from;
    let j = to;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i++] = a[j];
        a[j--] = t;
      }
    }
    // Recurse into the shorter part, loop on the longer: the stack stays shallow.
    if (j - from < to - i) {
      sortTotals(a, from, j);
      from = i;
    } else {
      sortTotals(a, i, to);
      to = j;
    }
  }
  for (let i = from + 1; i <= to; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= from && a[j] > v) a[j + 1] = a[j--];
    a[j + 1] = v;
  }
}

function month(period: Period, totals: Point[], binWidth: number, bins: number): TrendMonth {
  const sorted = new Float64Array(totals.length);
  for (let i = 0; i < totals.length; i++) sorted[i] = totals[i].result.total;
  sortTotals(sorted);
  const n = sorted.length;
  const histogram = new Array<number>(bins).fill(0);
  const bands = new BandTally();
  let sum = 0;
  for (const { version, result: r } of totals) {
    sum += r.total;
    histogram[Math.floor(r.total / binWidth)]++;
    bands.add(version, r.band, r.bandLabel, r.points);
  }
  return {
    month: periodKey(period),
    period,
    evaluations: n,
    mean: n > 0 ? sum / n : undefined,
    quartiles: n > 0 ? [quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75)] : undefined,
    min: n > 0 ? sorted[0] : undefined,
    max: n > 0 ? sorted[n - 1] : undefined,
    bands: bands.list(),
    histogram,
  };
}

function trendOf(points: Point[], undated: number, binWidth: number): Trend {
  if (!(binWidth > 0) || !Number.isFinite(binWidth)) throw new RangeError(`bin width ${binWidth} is not a number > 0`);
  let first = Infinity;
  let last = -Infinity;
  let highest = 0;
  for (const p of points) {
    if (p.month < first) first = p.month;
    if (p.month > last) last = p.month;
    if (p.result.total > highest) highest = p.result.total;
  }
  // Every month from the first to the last, by its offset from the first (the rows' months were read once, in rows.ts).
  const byMonth: Point[][] = [];
  for (let m = first; m <= last; m++) byMonth.push([]);
  for (const p of points) byMonth[p.month - first].push(p);
  const bins = Math.floor(highest / binWidth) + 1;
  const months = byMonth.map((totals, offset) => month(monthOfIndex(first + offset), totals, binWidth, bins));
  return { binWidth, months, undated };
}

/** The trend of the rows' totals as awarded. */
export function monthlyTrend(rows: readonly ScoredRow[], binWidth = 10): Trend {
  const points: Point[] = [];
  let undated = 0;
  for (const row of rows) {
    if (row.month === undefined) undated++;
    else points.push(row as Point);
  }
  return trendOf(points, undated, binWidth);
}

/** The same rows re-scored under `version` (their values matched to its criteria by id). */
export function rescoredTrend(
  rows: readonly ScoredRow[],
  version: number,
  versions: PreparedVersions,
  binWidth = 10,
): RescoredTrend {
  const prepared = versions.byNumber.get(version);
  if (!prepared) throw new Error(`there is no rubric version ${version} to re-score under`);
  // A row of a version with the same criteria (ids, in order) is re-scored from the values given, without looking
  // each up by id again.
  const same = new Map<number, boolean>();
  const rescore = (row: ScoredRow) => {
    let alike = same.get(row.version!);
    if (alike === undefined)
      same.set(row.version!, (alike = sameCriteria(versions.byNumber.get(row.version!)!, prepared)));
    return alike ? awardValues(prepared, row.result.values, false) : awardUnder(prepared, row.evaluation.values, false);
  };
  const points: Point[] = [];
  let undated = 0;
  const leftOut: LeftOut = { unscored: 0, errors: 0, undated: 0, rows: [] };
  for (const row of rows) {
    if (row.month === undefined) {
      undated++;
      continue;
    }
    const result = row.version === version ? row.result : rescore(row);
    if (result.status === "scored") {
      points.push({ month: row.month, version, result });
      continue;
    }
    const { key, sheetRow } = row.evaluation;
    const why = result.status === "unscored" ? "unscored" : "error";
    if (why === "unscored") leftOut.unscored++;
    else leftOut.errors++;
    leftOut.rows.push(result.reason ? { key, sheetRow, why, reason: result.reason } : { key, sheetRow, why });
  }
  return { ...trendOf(points, undated, binWidth), version, leftOut };
}
