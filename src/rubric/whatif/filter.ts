// Which evaluations the what-if looks at: by team, person, reviewer, period and the version they are scored under.
// Periods are whole UTC days, as the domain compares dates (calendar.ts); a week is an ISO week, Monday to Sunday.
import { DateInput, dayOf } from "../calendar";
import { EvaluationData, Names } from "./data";
import { Scores, versionOf } from "./scores";

export type Period =
  | { kind: "all" }
  | { kind: "week" }
  | { kind: "month" }
  /** Both days included; either end may be open. */
  | { kind: "range"; from?: DateInput; to?: DateInput };

export interface WhatIfFilter {
  /** Names to keep ("" keeps evaluations without one); absent or empty: all. */
  teams?: readonly string[];
  persons?: readonly string[];
  reviewers?: readonly string[];
  period?: Period;
  /** Versions the evaluations are scored under (as awarded) to keep; absent or empty: all. */
  versions?: readonly number[];
}

/** First and last day of a period (inclusive), around `today` for this week and this month. */
export function periodDays(period: Period, today: DateInput): { from: number; to: number } {
  switch (period.kind) {
    case "all":
      return { from: -Infinity, to: Infinity };
    case "range":
      return { from: dayOrOpen(period.from, -Infinity, "from"), to: dayOrOpen(period.to, Infinity, "to") };
    default: {
      const day = dayOf(today);
      if (day === undefined) throw new Error(`today (${String(today)}) is not a date`);
      if (period.kind === "week") {
        const monday = day - ((day + 3) % 7); // 1970-01-01, day 0, was a Thursday
        return { from: monday, to: monday + 6 };
      }
      const date = new Date(day * 86_400_000);
      const [y, m] = [date.getUTCFullYear(), date.getUTCMonth()];
      return { from: Date.UTC(y, m, 1) / 86_400_000, to: Date.UTC(y, m + 1, 0) / 86_400_000 };
    }
  }
}

function dayOrOpen(date: DateInput, open: number, end: string): number {
  if (date === undefined || date === null || date === "") return open;
  const day = dayOf(date);
  if (day === undefined) throw new Error(`the period's ${end} date (${String(date)}) is not a date`);
  return day;
}

/** Per name in `names`: is it kept? null when every name is. */
function keptNames(names: Names, wanted: readonly string[] | undefined): Uint8Array | null {
  if (!wanted || wanted.length === 0) return null;
  const set = new Set(wanted);
  return Uint8Array.from(names.names, (name) => (set.has(name) ? 1 : 0));
}

/** The evaluations (indices into the data) the filter keeps, in the data's order. `awarded` gives the version each is
 * scored under; `today` places this week and this month. */
export function selectRows(
  data: EvaluationData,
  filter: WhatIfFilter = {},
  awarded?: Scores,
  today?: DateInput,
): Int32Array {
  const teams = keptNames(data.team, filter.teams);
  const persons = keptNames(data.person, filter.persons);
  const reviewers = keptNames(data.reviewer, filter.reviewers);
  const period = filter.period ?? { kind: "all" };
  const { from, to } = periodDays(period, today);
  const dated = period.kind !== "all";
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
    // An evaluation without a date is in no period but "all".
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
