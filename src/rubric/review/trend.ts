// The monthly trend of the distribution of totals: per calendar month, how many evaluations, the mean, quartiles,
// lowest and highest total, the bands and a histogram. As awarded (each evaluation under its own version), and
// re-scored under one chosen version, to tell a change in the work from a change in the rubric.
import { LeftOut, ScoredRow } from "./filter";
import { Period, periodDays, periodKey, periodOf } from "./period";
import { Awarded, awardUnder } from "./rows";
import { BandCount, BandTally } from "./summary";
import { PreparedVersions } from "./versions";

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
  day: number;
  version: number;
  result: Awarded;
}

function quantile(sorted: Float64Array, q: number): number {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

function month(period: Period, totals: Point[], binWidth: number, bins: number): TrendMonth {
  // A typed array sorts numbers as numbers, without a comparison function.
  const sorted = new Float64Array(totals.length);
  for (let i = 0; i < totals.length; i++) sorted[i] = totals[i].result.total;
  sorted.sort();
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
  const byMonth = new Map<string, Point[]>();
  let first = Infinity;
  let last = -Infinity;
  let highest = 0;
  const monthOf = new Map<number, string>();
  for (const p of points) {
    let key = monthOf.get(p.day);
    if (key === undefined) monthOf.set(p.day, (key = periodKey(periodOf("month", p.day))));
    const list = byMonth.get(key);
    if (list) list.push(p);
    else byMonth.set(key, [p]);
    if (p.day < first) first = p.day;
    if (p.day > last) last = p.day;
    if (p.result.total > highest) highest = p.result.total;
  }
  const bins = Math.floor(highest / binWidth) + 1;
  const months: TrendMonth[] = [];
  for (let day = first; day <= last;) {
    const period = periodOf("month", day);
    months.push(month(period, byMonth.get(periodKey(period)) ?? [], binWidth, bins));
    day = periodDays(period).to + 1;
  }
  return { binWidth, months, undated };
}

/** The trend of the rows' totals as awarded. */
export function monthlyTrend(rows: readonly ScoredRow[], binWidth = 10): Trend {
  const points: Point[] = [];
  let undated = 0;
  for (const row of rows) {
    if (row.day === undefined) undated++;
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
  const points: Point[] = [];
  let undated = 0;
  const leftOut: LeftOut = { unscored: 0, errors: 0, undated: 0, rows: [] };
  for (const row of rows) {
    if (row.day === undefined) {
      undated++;
      continue;
    }
    const result = row.version === version ? row.result : awardUnder(prepared, row.evaluation.values, false);
    if (result.status === "scored") {
      points.push({ day: row.day, version, result });
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
