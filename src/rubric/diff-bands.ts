// The bands part of a version diff. Bands are matched by `from`: a band whose From is in both versions is the same
// band (its points may be re-pointed, its label changed). Between two such bands, the bands left over pair up in
// order: a pair is a band moved (its From changed); what is left is added or removed. Matching by position instead
// would report every band above an inserted one as changed.
// Band commands use indices as they stand when applied in order, which is each band's index in `to` (a removed band:
// where it stood among them).
import { BAND_FIELDS, BandFieldChange } from "./change";
import type { DiffStep } from "./diff";
import { Band } from "./model";
import { same } from "./same";

export function diffBands(from: readonly Band[], to: readonly Band[]): DiffStep[] {
  const steps: DiffStep[] = [];
  let [i, j] = [0, 0];
  // The matched pairs, then a sentinel past the ends, so the last gap is handled like the others.
  for (const [mi, mj] of [...sameFrom(from, to), [from.length, to.length]]) {
    const pairs = Math.min(mi - i, mj - j);
    for (let p = 0; p < pairs; p++) steps.push(...bandFields(from[i + p], to[j + p], j + p));
    for (let r = i + pairs; r < mi; r++)
      steps.push({ change: { type: "remove-band", index: j + pairs }, before: from[r] });
    for (let a = j + pairs; a < mj; a++)
      steps.push({ change: { type: "add-band", index: a, band: to[a] }, after: to[a] });
    if (mi < from.length) steps.push(...bandFields(from[mi], to[mj], mj));
    [i, j] = [mi + 1, mj + 1];
  }
  return steps;
}

function bandFields(old: Band, band: Band, index: number): DiffStep[] {
  return BAND_FIELDS.filter((field) => !same(old[field], band[field])).map((field) => ({
    change: { type: "set-band-field", index, field, value: band[field] } as BandFieldChange,
    before: old[field],
    after: band[field],
  }));
}

/** Index pairs of a longest common subsequence of the bands' From values (bands are few). */
function sameFrom(from: readonly Band[], to: readonly Band[]): [number, number][] {
  const n = from.length;
  const m = to.length;
  // suffix[i][j]: the length of the longest common subsequence of from[i..] and to[j..].
  const suffix = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      suffix[i][j] = same(from[i].from, to[j].from)
        ? suffix[i + 1][j + 1] + 1
        : Math.max(suffix[i + 1][j], suffix[i][j + 1]);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m;) {
    if (same(from[i].from, to[j].from) && suffix[i][j] === suffix[i + 1][j + 1] + 1) pairs.push([i++, j++]);
    else if (suffix[i + 1][j] >= suffix[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}
