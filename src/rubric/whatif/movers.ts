// The evaluations that move: first those whose result changes kind (a total becomes an error, or unscored, or back;
// those becoming an error first of all), then those that change band or points, then those whose total alone moves;
// within each, the largest move of the total first, then the sheet's order. Each comes with the criteria that moved
// it (explain.ts).
import { Explanation, explain } from "./explain";
import { resultAt } from "./outcome";
import { ERROR, Result, TOTAL } from "./result";
import { Scores } from "./scores";
import { workingBytes, workingFloats } from "./scratch-buffers";

/** "result": the result changes kind (total, error, unscored) or error code; "band": band or points change; "total":
 * the total alone. */
export type MoveKind = "result" | "band" | "total";

export interface Mover {
  /** Index of the evaluation in the data. */
  index: number;
  key: string;
  sheetRow: number;
  person: string;
  team: string;
  kind: MoveKind;
  /** The result becomes an error (from a total or unscored). */
  becomesError: boolean;
  before: Result;
  after: Result;
  /** Null unless there is a total (points) on both sides. */
  totalChange: number | null;
  pointsChange: number | null;
  /** Why the total moved, when there is a total on both sides. */
  explanation?: Explanation;
}

export interface Moved {
  /** Evaluations that move at all, and of them how many in each kind. */
  all: number;
  result: number;
  band: number;
  total: number;
  /** Of the "result" ones, those becoming an error. */
  becomeErrors: number;
}

// Categories in the order movers are listed (lower first); NONE does not move.
const BECOMES_ERROR = 0;
const RESULT = 1;
const BAND = 2;
const TOTAL_ONLY = 3;
const NONE = 4;

function categoryOf(before: Scores, after: Scores, i: number): number {
  const sb = before.status[i];
  const sa = after.status[i];
  if (sb !== sa || before.error[i] !== after.error[i]) return sa === ERROR && sb !== ERROR ? BECOMES_ERROR : RESULT;
  if (sa !== TOTAL) return NONE;
  if (before.band[i] !== after.band[i] || before.points[i] !== after.points[i]) return BAND;
  return before.total[i] !== after.total[i] ? TOTAL_ONLY : NONE;
}

const KINDS: MoveKind[] = ["result", "result", "band", "total"];

/** Counts the movers among `rows` and lists the first `limit` of them (all with Infinity). */
export function movers(
  before: Scores,
  after: Scores,
  rows: Int32Array,
  limit: number,
): { moved: Moved; movers: Mover[] } {
  const n = rows.length;
  const category = workingBytes("movers category", n);
  const size = workingFloats("movers size", n);
  const counts = new Int32Array(NONE + 1);
  for (let r = 0; r < n; r++) {
    const i = rows[r];
    const c = categoryOf(before, after, i);
    category[r] = c;
    counts[c]++;
    const change = after.total[i] - before.total[i];
    size[r] = change === change ? Math.abs(change) : 0;
  }
  // Does row a come before row b (positions in rows)?
  const first = (a: number, b: number) =>
    category[a] !== category[b]
      ? category[a] < category[b]
      : size[a] !== size[b]
        ? size[a] > size[b]
        : rows[a] < rows[b];
  const chosen = choose(n, category, Math.min(limit, n - counts[NONE]), first);
  const list = chosen.map((r) => mover(before, after, rows[r], KINDS[category[r]], category[r] === BECOMES_ERROR));
  const moved: Moved = {
    all: n - counts[NONE],
    result: counts[BECOMES_ERROR] + counts[RESULT],
    band: counts[BAND],
    total: counts[TOTAL_ONLY],
    becomeErrors: counts[BECOMES_ERROR],
  };
  return { moved, movers: list };
}

/** The first `k` positions that move, in order: a bounded heap whose root is the last kept. */
function choose(n: number, category: Uint8Array, k: number, first: (a: number, b: number) => boolean): number[] {
  const heap: number[] = [];
  const down = (at: number) => {
    for (;;) {
      const l = 2 * at + 1;
      const r = l + 1;
      let last = at;
      if (l < heap.length && first(heap[last], heap[l])) last = l;
      if (r < heap.length && first(heap[last], heap[r])) last = r;
      if (last === at) return;
      [heap[at], heap[last]] = [heap[last], heap[at]];
      at = last;
    }
  };
  const up = (at: number) => {
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!first(heap[parent], heap[at])) return;
      [heap[at], heap[parent]] = [heap[parent], heap[at]];
      at = parent;
    }
  };
  if (k <= 0) return [];
  for (let r = 0; r < n; r++) {
    if (category[r] === NONE) continue;
    if (heap.length < k) {
      heap.push(r);
      up(heap.length - 1);
    } else if (first(r, heap[0])) {
      heap[0] = r;
      down(0);
    }
  }
  return heap.sort((a, b) => (first(a, b) ? -1 : 1));
}

function mover(before: Scores, after: Scores, i: number, kind: MoveKind, becomesError: boolean): Mover {
  const evaluation = before.data.evaluations[i];
  const totalChange = before.status[i] === TOTAL && after.status[i] === TOTAL ? after.total[i] - before.total[i] : null;
  const explanation = explain(before, after, i);
  return {
    index: i,
    key: evaluation.key,
    sheetRow: evaluation.sheetRow,
    person: evaluation.person ?? "",
    team: evaluation.team ?? "",
    kind,
    becomesError,
    before: resultAt(before, i),
    after: resultAt(after, i),
    totalChange,
    pointsChange: totalChange === null ? null : after.points[i] - before.points[i],
    ...(explanation ? { explanation } : {}),
  };
}
