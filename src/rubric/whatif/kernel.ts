// The hot loop: every chosen evaluation scored under one prepared rubric, written into typed arrays. It is the
// engine's arithmetic (Scorer.score in score.ts), step for step and in the same order, so totals agree to the bit
// (test/rubric/whatif/kernel.property.test.ts holds it to that); what differs is the input (cells classified once, in
// typed arrays) and the output (arrays, not an object per evaluation), and that a trial may re-value levels.
import { roundHalfAway } from "../round";
import { CELL_BLANK, CELL_INVALID, CELL_NA } from "./data";
import { PreparedRubric } from "./prepared-rubric";
import {
  BLANK,
  ERROR,
  E_ALL_NA,
  E_BELOW_BANDS,
  E_INCOMPLETE,
  E_INVALID,
  E_NA,
  E_NOT_FINITE,
  E_RANGE,
  E_ZERO_WEIGHT,
  TOTAL,
} from "./result";
import { Scores } from "./scores";

/** Scores rows[0 .. count) (evaluation indices; all evaluations when rows is null) under `p` into `out`. */
export function scoreRows(p: PreparedRubric, rows: Int32Array | null, out: Scores): void {
  const data = out.data;
  const count = rows === null ? data.count : rows.length;
  const { status, total, unrounded, band, points, error } = out;
  if (p.fault !== 0) {
    for (let r = 0; r < count; r++) {
      const e = rows === null ? r : rows[r];
      status[e] = ERROR;
      error[e] = p.fault;
      total[e] = NaN;
      unrounded[e] = NaN;
      band[e] = -1;
      points[e] = NaN;
    }
    return;
  }
  const width = data.columns.length;
  const { cells, values } = data;
  const { n, column, kind, weight, max, allowNA, revalued, revalueStart, revalueFrom, revalueTo, scale, decimals } = p;
  const { bandFrom, bandPoints, bandFault } = p;
  const bands = bandFrom.length;
  for (let r = 0; r < count; r++) {
    const e = rows === null ? r : rows[r];
    const row = e * width;
    let blanks = 0;
    let weighted = 0;
    let weightSum = 0;
    let scoreCount = 0;
    let bonus = 0;
    let penalty = 0;
    let gateFailed = false;
    let err = 0;
    for (let i = 0; i < n; i++) {
      const at = row + column[i];
      const cell = cells[at];
      if (cell === CELL_BLANK) {
        blanks++;
        continue;
      }
      if (cell === CELL_NA) {
        if (allowNA[i] === 0) {
          err = E_NA;
          break;
        }
        continue;
      }
      if (cell === CELL_INVALID) {
        err = E_INVALID;
        break;
      }
      let v = values[at];
      if (revalued) {
        for (let k = revalueStart[i], end = revalueStart[i + 1]; k < end; k++) {
          if (v === revalueFrom[k]) {
            v = revalueTo[k];
            break;
          }
        }
      }
      const m = max[i];
      if (v < 0 || v > m) {
        err = E_RANGE;
        break;
      }
      const f = v / m;
      switch (kind[i]) {
        case 0:
          weighted += weight[i] * f;
          weightSum += weight[i];
          scoreCount++;
          break;
        case 1:
          bonus += weight[i] * f;
          break;
        case 2:
          penalty += weight[i] * f;
          break;
        default:
          if (f < 0.5) gateFailed = true;
      }
    }
    let t = NaN;
    let u = NaN;
    if (err === 0) {
      if (blanks === n) {
        status[e] = BLANK;
        error[e] = 0;
        total[e] = NaN;
        unrounded[e] = NaN;
        band[e] = -1;
        points[e] = NaN;
        continue;
      }
      if (blanks > 0) err = E_INCOMPLETE;
      else if (gateFailed) t = u = 0;
      else if (scoreCount === 0) err = E_ALL_NA;
      else if (weightSum <= 0) err = E_ZERO_WEIGHT;
      else {
        const base = (scale * weighted) / weightSum;
        u = Math.max(0, base + bonus - penalty);
        t = roundHalfAway(u, decimals);
        if (!Number.isFinite(t)) {
          err = E_NOT_FINITE;
          t = u = NaN;
        }
      }
    }
    total[e] = t;
    unrounded[e] = u;
    if (err !== 0) {
      status[e] = ERROR;
      error[e] = err;
      band[e] = -1;
      points[e] = NaN;
      continue;
    }
    // The band: the last whose From the total reaches (findBand in bands.ts).
    let k = bands - 1;
    while (k >= 0 && !(t >= bandFrom[k])) k--;
    if (bandFault !== 0 || k < 0) {
      status[e] = ERROR;
      error[e] = bandFault !== 0 ? bandFault : E_BELOW_BANDS;
      band[e] = -1;
      points[e] = NaN;
      continue;
    }
    status[e] = TOTAL;
    error[e] = 0;
    band[e] = k;
    points[e] = bandPoints[k];
  }
}
