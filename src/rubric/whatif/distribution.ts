// The distribution of totals over chosen evaluations: a histogram on the rubric's scale, mean, median, and how many
// fall in each band. Only results that are totals count; errors and unscored rows are counted apart.
import { Band } from "../model";
import { ERROR, TOTAL } from "./result";
import { Scores } from "./scores";

/** Histogram bins: bin k covers [from + k·width, from + (k + 1)·width); the last also holds its upper edge. */
export interface Bins {
  from: number;
  width: number;
  count: number;
}

/** Bins of `width` (a twentieth of the scale by default) from 0 up to the scale, or to `highest` when a total
 * (bonus points) goes beyond it. */
export function binsFor(scale: number, highest: number, width = scale / 20): Bins {
  if (!(width > 0) || !Number.isFinite(width)) throw new Error(`a histogram's bin width must be above 0, not ${width}`);
  const top = Math.max(scale, Number.isFinite(highest) ? highest : 0);
  return { from: 0, width, count: Math.max(1, Math.ceil(top / width - 1e-9)) };
}

/** The bin holding a total (totals are never below 0; one above the last bin goes in the last). */
export function binOf(bins: Bins, total: number): number {
  const k = Math.floor((total - bins.from) / bins.width);
  return k < 0 ? 0 : k >= bins.count ? bins.count - 1 : k;
}

/** The Froms of the bands that have one: where a histogram marks band edges. */
export const bandEdges = (bands: readonly Band[]): number[] =>
  bands.filter((b) => b.from !== null).map((b) => b.from as number);

export interface Distribution {
  /** Evaluations looked at. */
  evaluations: number;
  /** Of which a total (with band and points), an error, unscored. */
  totals: number;
  errors: number;
  unscored: number;
  /** Of the totals; null without any. */
  mean: number | null;
  median: number | null;
  /** Totals per bin. */
  histogram: number[];
  /** Totals per band (by index in the rubric's bands), and their share of the totals. */
  bands: number[];
  shares: number[];
}

/** The k-th smallest of xs[0 .. n) (rearranges them). */
function select(xs: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = xs[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (xs[i] < pivot) i++;
      while (xs[j] > pivot) j--;
      if (i <= j) {
        const t = xs[i];
        xs[i] = xs[j];
        xs[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return xs[k];
  }
  return xs[k];
}

function median(xs: Float64Array, n: number): number | null {
  if (n === 0) return null;
  const upper = select(xs, n, n >> 1);
  if (n % 2 === 1) return upper;
  // The lower middle is the largest of the part select left below the upper middle.
  let lower = -Infinity;
  for (let i = 0; i < n >> 1; i++) if (xs[i] > lower) lower = xs[i];
  return (lower + upper) / 2;
}

/** The distribution of `scores` over `rows`, with `bandCount` bands; `scratch` (rows.length long) is reused. */
export function distribution(
  scores: Scores,
  rows: Int32Array,
  bins: Bins,
  bandCount: number,
  scratch: Float64Array = new Float64Array(rows.length),
): Distribution {
  const histogram = new Array<number>(bins.count).fill(0);
  const bands = new Array<number>(bandCount).fill(0);
  const { status, total, band } = scores;
  let totals = 0;
  let errors = 0;
  let sum = 0;
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    const s = status[i];
    if (s === TOTAL) {
      const t = total[i];
      scratch[totals++] = t;
      sum += t;
      histogram[binOf(bins, t)]++;
      bands[band[i]]++;
    } else if (s === ERROR) errors++;
  }
  return {
    evaluations: rows.length,
    totals,
    errors,
    unscored: rows.length - totals - errors,
    mean: totals === 0 ? null : sum / totals,
    median: median(scratch, totals),
    histogram,
    bands,
    shares: bands.map((c) => (totals === 0 ? 0 : c / totals)),
  };
}
