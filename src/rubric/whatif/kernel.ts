// The hot loop: every chosen evaluation scored under one prepared rubric, written into typed arrays. It is the
// engine's arithmetic (Scorer.score in score.ts) in the same order of operations, so totals agree to the bit
// (test/rubric/whatif/kernel.property.test.ts holds it to that). What differs is the order of the sweep: criterion by
// criterion, each over every evaluation (its column is one run of memory, its kind and weight constants of the
// inner loop), adding into per-evaluation sums in the rubric's order; then one pass turns the sums into results.
// A trial may also re-value levels. Nothing is allocated per evaluation: the sums live in buffers kept between calls.
import { roundHalfAway } from "../round";
import { EvaluationData, fractionsOf } from "./data";
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

// Cell classes as data.ts numbers them (literals: an imported binding is a property load in the inner loop).
const CELL_NUMBER = 0;
const CELL_BLANK = 1;
const CELL_NA = 2;

/** Per-evaluation sums, grown as needed and reused: the kernel runs on one thread and returns before another call. */
let capacity = 0;
let weighted = new Float64Array(0);
let bonus = new Float64Array(0);
let penalty = new Float64Array(0);
let blanks = new Int32Array(0);
/** 1 where a score criterion is NA: its weight sum is not the rubric's (computed apart, by weighNA). */
let naScore = new Uint8Array(0);
/** For those: the weights of the score criteria with a value, summed in the rubric's order, and how many. */
let naWeightSum = new Float64Array(0);
let naScored = new Int32Array(0);
let naRows = new Int32Array(0);
let fault = new Uint8Array(0);
let gate = new Uint8Array(0);

function sums(count: number): void {
  if (count > capacity) {
    capacity = Math.max(count, 2 * capacity);
    weighted = new Float64Array(capacity);
    bonus = new Float64Array(capacity);
    penalty = new Float64Array(capacity);
    blanks = new Int32Array(capacity);
    naScore = new Uint8Array(capacity);
    naWeightSum = new Float64Array(capacity);
    naScored = new Int32Array(capacity);
    naRows = new Int32Array(capacity);
    fault = new Uint8Array(capacity);
    gate = new Uint8Array(capacity);
  } else {
    weighted.fill(0, 0, count);
    bonus.fill(0, 0, count);
    penalty.fill(0, 0, count);
    blanks.fill(0, 0, count);
    naScore.fill(0, 0, count);
    naWeightSum.fill(0, 0, count);
    naScored.fill(0, 0, count);
    fault.fill(0, 0, count);
    gate.fill(0, 0, count);
  }
}

/** Scores rows[0 .. count) (evaluation indices; every evaluation when rows is null) under `p` into `out`. */
export function scoreRows(p: PreparedRubric, rows: Int32Array | null, out: Scores): void {
  const data = out.data;
  const n = data.count;
  const count = rows === null ? n : rows.length;
  if (p.fault !== 0) {
    for (let r = 0; r < count; r++) setError(out, rows === null ? r : rows[r], p.fault, NaN);
    return;
  }
  sums(count);
  for (let c = 0; c < p.n; c++) {
    if (p.revalueStart[c] === p.revalueStart[c + 1]) sweepFractions(p, c, rows, count, data);
    else sweepValues(p, c, rows, count, data);
  }
  weighNA(p, rows, count, data);
  finish(p, rows, count, out);
}

/** The weight sums of the evaluations with an NA score criterion: criterion by criterion in the rubric's order (as
 * Scorer adds them), over those evaluations only. */
function weighNA(p: PreparedRubric, rows: Int32Array | null, count: number, data: EvaluationData): void {
  let m = 0;
  for (let r = 0; r < count; r++) if (naScore[r] === 1 && fault[r] === 0) naRows[m++] = r;
  if (m === 0) return;
  const { cells } = data;
  for (let c = 0; c < p.n; c++) {
    if (p.kind[c] !== 0) continue;
    const base = p.column[c] * data.count;
    const w = p.weight[c];
    for (let k = 0; k < m; k++) {
      const r = naRows[k];
      if (cells[base + (rows === null ? r : rows[r])] === CELL_NA) continue;
      naWeightSum[r] += w;
      naScored[r]++;
    }
  }
}

/** Which sums criterion c adds into, by kind (a gate adds nothing). */
const intoOf = (kind: number) => (kind === 0 ? weighted : kind === 1 ? bonus : penalty);

/** Criterion c over the rows, from the fractions it shares with every rubric of its maximum. */
function sweepFractions(p: PreparedRubric, c: number, rows: Int32Array | null, count: number, data: EvaluationData) {
  const column = p.column[c];
  const fractions = fractionsOf(data, column, p.max[c]);
  const w = p.weight[c];
  const kind = p.kind[c];
  const into = intoOf(kind);
  const isGate = kind === 3;
  for (let r = 0; r < count; r++) {
    const e = rows === null ? r : rows[r];
    const f = fractions[e];
    if (f !== f) unusual(p, c, r, data.cells[column * data.count + e]);
    else if (isGate) {
      if (f < 0.5) gate[r] = 1;
    } else into[r] += w * f;
  }
}

/** Criterion c over the rows, re-valuing its levels first. */
function sweepValues(p: PreparedRubric, c: number, rows: Int32Array | null, count: number, data: EvaluationData) {
  const base = p.column[c] * data.count;
  const { values, cells } = data;
  const w = p.weight[c];
  const m = p.max[c];
  const kind = p.kind[c];
  const into = intoOf(kind);
  const isGate = kind === 3;
  const [first, last] = [p.revalueStart[c], p.revalueStart[c + 1]];
  for (let r = 0; r < count; r++) {
    const at = base + (rows === null ? r : rows[r]);
    let v = values[at];
    if (v !== v) {
      unusual(p, c, r, cells[at]);
      continue;
    }
    for (let k = first; k < last; k++) {
      if (v === p.revalueFrom[k]) {
        v = p.revalueTo[k];
        break;
      }
    }
    if (v < 0 || v > m) {
      if (fault[r] === 0) fault[r] = E_RANGE;
      continue;
    }
    const f = v / m;
    if (isGate) {
      if (f < 0.5) gate[r] = 1;
    } else into[r] += w * f;
  }
}

/** A cell that gives no fraction: blank, NA, text, or a number out of range. */
function unusual(p: PreparedRubric, c: number, r: number, cell: number): void {
  if (cell === CELL_BLANK) blanks[r]++;
  else if (cell === CELL_NA) {
    if (p.allowNA[c] === 0) {
      if (fault[r] === 0) fault[r] = E_NA;
    } else if (p.kind[c] === 0) naScore[r] = 1;
  } else if (fault[r] === 0) fault[r] = cell === CELL_NUMBER ? E_RANGE : E_INVALID;
}

function setError(out: Scores, e: number, error: number, total: number): void {
  out.status[e] = ERROR;
  out.error[e] = error;
  out.total[e] = total;
  out.band[e] = -1;
  out.points[e] = NaN;
}

/** From the sums to each evaluation's result, as Scorer.score ends, then its band (findBand in bands.ts). */
function finish(p: PreparedRubric, rows: Int32Array | null, count: number, out: Scores): void {
  const { status, total, band, points, error } = out;
  const { n, scale, decimals, bandFrom, bandPoints, bandFault, scoreWeightSum } = p;
  const bands = bandFrom.length;
  // The sums as locals: the loop calls out (rounding), after which module variables would be read again.
  const [faults, blank, gates, nas, sums, bonuses, penalties] = [
    fault,
    blanks,
    gate,
    naScore,
    weighted,
    bonus,
    penalty,
  ];
  for (let r = 0; r < count; r++) {
    const e = rows === null ? r : rows[r];
    if (faults[r] !== 0) {
      setError(out, e, faults[r], NaN);
      continue;
    }
    if (blank[r] === n) {
      status[e] = BLANK;
      error[e] = 0;
      total[e] = NaN;
      band[e] = -1;
      points[e] = NaN;
      continue;
    }
    let t = 0;
    let u = 0;
    if (blank[r] > 0) {
      setError(out, e, E_INCOMPLETE, NaN);
      continue;
    }
    if (gates[r] === 0) {
      // Without NA the score criteria's weights sum as the rubric's do (in the same order: the same bits).
      const sum = nas[r] === 0 ? scoreWeightSum : naScored[r] === 0 ? NaN : naWeightSum[r];
      if (sum !== sum) {
        setError(out, e, E_ALL_NA, NaN);
        continue;
      }
      if (sum <= 0) {
        setError(out, e, E_ZERO_WEIGHT, NaN);
        continue;
      }
      const base = (scale * sums[r]) / sum;
      u = Math.max(0, base + bonuses[r] - penalties[r]);
      t = roundHalfAway(u, decimals);
      if (!Number.isFinite(t)) {
        setError(out, e, E_NOT_FINITE, NaN);
        continue;
      }
    }
    let k = bands - 1;
    while (k >= 0 && !(t >= bandFrom[k])) k--;
    if (bandFault !== 0 || k < 0) {
      setError(out, e, bandFault !== 0 ? bandFault : E_BELOW_BANDS, t);
      continue;
    }
    status[e] = TOTAL;
    error[e] = 0;
    total[e] = t;
    band[e] = k;
    points[e] = bandPoints[k];
  }
}
