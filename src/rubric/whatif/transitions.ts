// From which band to which: the band transition table, and the promotion points gained and lost.
import { BLANK, ERROR } from "./result";
import { Scores } from "./scores";

export interface Transitions {
  /** Bands before and after (as many as the rubrics with the most have). */
  beforeBands: number;
  afterBands: number;
  /** counts[from][to]. Rows 0 .. beforeBands − 1 are the bands before, row beforeBands the errors, the next the
   * unscored; columns likewise after. */
  counts: number[][];
}

/** The row or column of a result in the table: its band, or errors, or unscored, after the bands. */
function slot(scores: Scores, i: number, bands: number): number {
  const s = scores.status[i];
  return s === ERROR ? bands : s === BLANK ? bands + 1 : scores.band[i];
}

export function transitions(
  before: Scores,
  after: Scores,
  rows: Int32Array,
  beforeBands: number,
  afterBands: number,
): Transitions {
  const width = afterBands + 2;
  const flat = new Int32Array((beforeBands + 2) * width);
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    flat[slot(before, i, beforeBands) * width + slot(after, i, afterBands)]++;
  }
  const counts = Array.from({ length: beforeBands + 2 }, (_, k) =>
    Array.from(flat.subarray(k * width, (k + 1) * width)),
  );
  return { beforeBands, afterBands, counts };
}

export interface PointsMove {
  /** Points over the evaluations with points before, and after. */
  before: number;
  after: number;
  /** Over the evaluations with points on both sides: the points they gain, the points they lose (≤ 0), and how many
   * gain, and lose. */
  gained: number;
  lost: number;
  up: number;
  down: number;
  /** Evaluations without points on one side or both (an error or unscored): their change is not counted. */
  unknown: number;
}

export function pointsMove(before: Scores, after: Scores, rows: Int32Array): PointsMove {
  const move: PointsMove = { before: 0, after: 0, gained: 0, lost: 0, up: 0, down: 0, unknown: 0 };
  const pb = before.points;
  const pa = after.points;
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    const b = pb[i];
    const a = pa[i];
    if (b === b) move.before += b;
    if (a === a) move.after += a;
    if (b !== b || a !== a) move.unknown++;
    else if (a > b) {
      move.gained += a - b;
      move.up++;
    } else if (a < b) {
      move.lost += a - b;
      move.down++;
    }
  }
  return move;
}
