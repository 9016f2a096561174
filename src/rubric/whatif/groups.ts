// Per person and per team: evaluations, mean total and points before and after, and, among persons, the rank by
// points before and after (promotion points are what ranks people).
import { Names } from "./data";
import { TOTAL } from "./result";
import { Scores } from "./scores";

export interface Side {
  /** Evaluations with a total, and their mean (null without one). */
  totals: number;
  mean: number | null;
  /** Points of those evaluations. */
  points: number;
  /** Evaluations with an error (unscored ones are the rest). */
  errors: number;
}

export interface GroupMove {
  /** The person's or team's name as the evaluations give it ("" for evaluations without one). */
  name: string;
  evaluations: number;
  before: Side;
  after: Side;
  /** after.points − before.points. */
  pointsChange: number;
  /** Among the named groups, by points, the most first; equal points share a rank (1, 2, 2, 4). Null for "". */
  rankBefore: number | null;
  rankAfter: number | null;
  /** rankBefore − rankAfter: positive when the group moves up. */
  rankChange: number | null;
}

/** Competition ranks (1, 2, 2, 4) of `points`, the most first, over the groups `ranked` says. */
function ranks(points: Float64Array, ranked: number[]): Map<number, number> {
  const order = [...ranked].sort((a, b) => points[b] - points[a]);
  const rank = new Map<number, number>();
  order.forEach((g, k) => rank.set(g, k > 0 && points[g] === points[order[k - 1]] ? rank.get(order[k - 1])! : k + 1));
  return rank;
}

/** The groups that `names` forms among `rows`, in the order first met, with their moves. */
export function groupMoves(names: Names, before: Scores, after: Scores, rows: Int32Array): GroupMove[] {
  const g = names.names.length;
  const count = new Int32Array(g);
  // Per side: totals, sum of totals, points, errors.
  const acc = [new Float64Array(4 * g), new Float64Array(4 * g)];
  const sides = [before, after];
  const seen: number[] = [];
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    const k = names.of[i];
    if (count[k]++ === 0) seen.push(k);
    for (let s = 0; s < 2; s++) {
      const scores = sides[s];
      const a = acc[s];
      if (scores.status[i] === TOTAL) {
        a[4 * k]++;
        a[4 * k + 1] += scores.total[i];
        a[4 * k + 2] += scores.points[i];
      } else if (scores.error[i] !== 0) a[4 * k + 3]++;
    }
  }
  const pointsOf = (s: number) => Float64Array.from({ length: g }, (_, k) => acc[s][4 * k + 2]);
  const named = seen.filter((k) => names.names[k] !== "");
  const [rankBefore, rankAfter] = [ranks(pointsOf(0), named), ranks(pointsOf(1), named)];
  const side = (s: number, k: number): Side => {
    const a = acc[s];
    const totals = a[4 * k];
    return { totals, mean: totals === 0 ? null : a[4 * k + 1] / totals, points: a[4 * k + 2], errors: a[4 * k + 3] };
  };
  return seen.map((k) => {
    const rb = rankBefore.get(k) ?? null;
    const ra = rankAfter.get(k) ?? null;
    return {
      name: names.names[k],
      evaluations: count[k],
      before: side(0, k),
      after: side(1, k),
      pointsChange: acc[1][4 * k + 2] - acc[0][4 * k + 2],
      rankBefore: rb,
      rankAfter: ra,
      rankChange: rb === null || ra === null ? null : rb - ra,
    };
  });
}
