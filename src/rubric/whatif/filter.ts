// Which evaluations the what-if looks at: by team, person, reviewer, period and the version they are scored under.
// Periods are src/rubric/period's, as the review's: ISO weeks, months and date ranges (either end may be open), in
// whole UTC days (calendar.ts); the pane turns "this week" and "this month" into the period around its today.
import { Period, periodDays } from "../period";
import { EvaluationData, Names } from "./data";
import { Scores, versionOf } from "./scores";

export interface WhatIfFilter {
  /** Names to keep ("" keeps evaluations without one); absent or empty: all. */
  teams?: readonly string[];
  persons?: readonly string[];
  reviewers?: readonly string[];
  /** Absent: every evaluation, dated or not. */
  period?: Period;
  /** Versions the evaluations are scored under (as awarded) to keep; absent or empty: all. */
  versions?: readonly number[];
}

/** Per name in `names`: is it kept? null when every name is. */
function keptNames(names: Names, wanted: readonly string[] | undefined): Uint8Array | null {
  if (!wanted || wanted.length === 0) return null;
  const set = new Set(wanted);
  return Uint8Array.from(names.names, (name) => (set.has(name) ? 1 : 0));
}

/** The evaluations (indices into the data) the filter keeps, in the data's order. `awarded` gives the version each is
 * scored under. Throws for a period that does not exist. */
export function selectRows(data: EvaluationData, filter: WhatIfFilter = {}, awarded?: Scores): Int32Array {
  const teams = keptNames(data.team, filter.teams);
  const persons = keptNames(data.person, filter.persons);
  const reviewers = keptNames(data.reviewer, filter.reviewers);
  const dated = filter.period !== undefined;
  const { from, to } = dated ? periodDays(filter.period!) : { from: -Infinity, to: Infinity };
  const versions = filter.versions && filter.versions.length > 0 ? new Set(filter.versions) : null;
  if (versions && !awarded) throw new Error("filtering by version needs the evaluations as awarded");
  // Nothing to leave out: every evaluation, as the shared list.
  if (!teams && !persons && !reviewers && !dated && !versions) return allRows(data);
  const rows = new Int32Array(data.count);
  let n = 0;
  for (let i = 0; i < data.count; i++) {
    if (teams && !teams[data.team.of[i]]) continue;
    if (persons && !persons[data.person.of[i]]) continue;
    if (reviewers && !reviewers[data.reviewer.of[i]]) continue;
    // An evaluation without a date is in no period.
    if (dated && !(data.day[i] >= from && data.day[i] <= to)) continue;
    if (versions && !versions.has(versionOf(awarded!, i))) continue;
    rows[n++] = i;
  }
  return n === rows.length ? rows : rows.slice(0, n);
}

const everyRow = new WeakMap<EvaluationData, Int32Array>();

/** Every evaluation: one list per data, shared (never write to it). */
export function allRows(data: EvaluationData): Int32Array {
  let rows = everyRow.get(data);
  if (rows === undefined) everyRow.set(data, (rows = Int32Array.from({ length: data.count }, (_, i) => i)));
  return rows;
}
