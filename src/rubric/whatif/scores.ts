// Every evaluation scored under a rubric: as awarded (each under the version it is pinned to), or under one rubric
// being tried. Columnar results, one entry per evaluation of the data.
import { Rubric } from "../model";
import { EvaluationData } from "./data";
import { scoreRows } from "./kernel";
import { PreparedRubric, prepareRubric } from "./prepared-rubric";
import { ERROR, E_VERSION } from "./result";
import { Trial } from "./trial";

export interface Scores {
  readonly data: EvaluationData;
  /** The rubrics the evaluations are scored under. */
  readonly rubrics: readonly PreparedRubric[];
  /** rubrics[rubricOf[i]] scores evaluation i; −1 when there is none (its version is missing). */
  readonly rubricOf: Int32Array;
  /** The version each evaluation is scored under (NaN: not known); null when all are under rubrics[0]. */
  readonly version: Float64Array | null;
  /** TOTAL, BLANK or ERROR (result.ts). */
  readonly status: Uint8Array;
  /** The rounded total, NaN without one (an evaluation whose band fails keeps its total). */
  readonly total: Float64Array;
  /** The band's index in its rubric's bands, −1 without one. */
  readonly band: Int32Array;
  /** The band's points, NaN without one. */
  readonly points: Float64Array;
  /** errorIndex of the code (result.ts), 0 when there is no error. */
  readonly error: Uint8Array;
}

function emptyScores(
  data: EvaluationData,
  rubrics: PreparedRubric[],
  rubricOf: Int32Array,
  version: Float64Array | null,
): Scores {
  const n = data.count;
  return {
    data,
    rubrics,
    rubricOf,
    version,
    status: new Uint8Array(n),
    total: new Float64Array(n),
    band: new Int32Array(n),
    points: new Float64Array(n),
    error: new Uint8Array(n),
  };
}

/** Per data, rubricOf for one rubric (all 0): shared, never written. */
const firstRubric = new WeakMap<EvaluationData, Int32Array>();

/** Every evaluation under one rubric: a version, or the draft with scratch edits (a Trial re-values levels). */
export function scoreUnder(data: EvaluationData, tried: Trial | Rubric): Scores {
  const trial: Trial = "revalue" in tried ? tried : { rubric: tried, revalue: [] };
  const prepared = prepareRubric(data, trial.rubric, trial.revalue);
  let zeros = firstRubric.get(data);
  if (zeros === undefined) firstRubric.set(data, (zeros = new Int32Array(data.count)));
  const scores = emptyScores(data, [prepared], zeros, null);
  scoreRows(prepared, null, scores);
  return scores;
}

/** The rubrics evaluations were awarded under. */
export interface AwardedRubrics {
  /** The published versions (each snapshot's `version` is its number). */
  versions: readonly Rubric[];
  /** What a row with a blank Rubric version is scored under: by default the latest version. */
  unversioned?: Rubric;
}

/** Every evaluation under the version it is pinned to (its Rubric version cell; blank: `unversioned`), as the
 * sheet's Total, Points and Band columns show it. A version that is not there is an error ("version-missing"). */
export function scoreAsAwarded(data: EvaluationData, awarded: AwardedRubrics): Scores {
  const latest = awarded.versions.reduce<Rubric | undefined>((a, b) => (a && a.version > b.version ? a : b), undefined);
  const unversioned = awarded.unversioned ?? latest;
  if (!unversioned) throw new Error("no rubric to score the evaluations under: no version and no unversioned rubric");
  const rubrics: Rubric[] = [];
  const byVersion = new Map<number, number>();
  for (const rubric of awarded.versions) {
    if (byVersion.has(rubric.version)) throw new Error(`version ${rubric.version} is given twice`);
    byVersion.set(rubric.version, rubrics.length);
    rubrics.push(rubric);
  }
  let unversionedAt = rubrics.indexOf(unversioned);
  if (unversionedAt < 0) {
    unversionedAt = rubrics.length;
    rubrics.push(unversioned);
  }
  const n = data.count;
  const rubricOf = new Int32Array(n);
  const version = new Float64Array(n);
  const sizes = new Int32Array(rubrics.length);
  for (let i = 0; i < n; i++) {
    const v = data.version[i];
    const at = v === v ? (byVersion.get(v) ?? -1) : unversionedAt;
    rubricOf[i] = at;
    version[i] = v === v ? v : unversioned.version;
    if (at >= 0) sizes[at]++;
  }
  const prepared = rubrics.map((rubric) => prepareRubric(data, rubric));
  const scores = emptyScores(data, prepared, rubricOf, version);
  // Each rubric's rows in one pass of the kernel.
  const rows = Array.from(sizes, (size) => new Int32Array(size));
  const filled = new Int32Array(rubrics.length);
  for (let i = 0; i < n; i++) {
    const at = rubricOf[i];
    if (at >= 0) rows[at][filled[at]++] = i;
    else {
      scores.status[i] = ERROR;
      scores.error[i] = E_VERSION;
      scores.total[i] = scores.points[i] = NaN;
      scores.band[i] = -1;
    }
  }
  prepared.forEach((p, k) => scoreRows(p, rows[k], scores));
  return scores;
}

/** The version evaluation i is scored under. */
export const versionOf = (scores: Scores, i: number): number =>
  scores.version === null ? scores.rubrics[0].rubric.version : scores.version[i];
