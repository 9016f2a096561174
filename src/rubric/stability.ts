// Stability, measured: how long and over how many evaluations the rubric has scored the same way. The clock runs
// from the last version that changed scoring (diff.ts classifies each change; the first version counts as one, as it
// made every rule there is); a version that changes only text does not reset it. The timeline puts the versions on a
// time axis with the evaluations scored under each. Plain data: the pane words it.
import { DateInput, dayOf, isoDay } from "./calendar";
import { diffRubrics } from "./diff";
import { RubricVersion, StabilityRule } from "./version";

/** What stability reads of an evaluation: its date and the version it was scored under (null: none). */
export interface DatedEvaluation {
  date: DateInput;
  version: number | null;
}

/** What a version did to scoring, against the version before it. */
export interface VersionImpact {
  version: number;
  publishedAt: string;
  /** The version it is compared with; null for the first. */
  previous: number | null;
  /** The classified changes from the previous version (0 for the first: nothing to compare with). */
  changes: number;
  /** How many of those are scoring changes. */
  scoringChanges: number;
  /** It can score differently from the version before: the first version, or any scoring change. */
  scoring: boolean;
}

export interface ScoringChange {
  version: number;
  publishedAt: string;
  /** publishedAt's UTC day (yyyy-mm-dd), the day the clock runs from; undefined when publishedAt is unreadable. */
  day?: string;
}

export interface Stability {
  /** The version that made the last scoring change; undefined when there are no versions. */
  lastScoringChange?: ScoringChange;
  /** Evaluations dated on or after the last scoring change's day (whatever version they name). */
  evaluationsSince: number;
  /** Evaluations without a readable date: never counted. */
  undated: number;
  /** Whole weeks (7-day periods) from the last scoring change's day to today's (0 if today is not later). */
  weeksSince: number;
  rule: StabilityRule;
  /** weeksSince >= rule.weeks and evaluationsSince >= rule.evaluations, with a scoring change to count from. */
  holds: boolean;
  /** How far from the rule: rule minus measure, 0 once met. */
  missing: { weeks: number; evaluations: number };
}

/** The versions by number (the input may be in any order). */
export const byVersion = (versions: readonly RubricVersion[]): RubricVersion[] =>
  [...versions].sort((a, b) => a.version - b.version);

/** Each version, by number, with what it changed from the one before. A diff needs criterion ids unique ignoring case
 * in each snapshot (as publishing validates); otherwise diffRubrics' RangeError names the id. */
export function versionImpacts(versions: readonly RubricVersion[]): VersionImpact[] {
  return byVersion(versions).map((v, i, sorted) => {
    if (i === 0) {
      return {
        version: v.version,
        publishedAt: v.publishedAt,
        previous: null,
        changes: 0,
        scoringChanges: 0,
        scoring: true,
      };
    }
    const previous = sorted[i - 1];
    const changes = diffRubrics(previous.rubric, v.rubric);
    const scoringChanges = changes.filter((c) => c.impact === "scoring").length;
    return {
      version: v.version,
      publishedAt: v.publishedAt,
      previous: previous.version,
      changes: changes.length,
      scoringChanges,
      scoring: scoringChanges > 0,
    };
  });
}

/** The last version that changed scoring, or undefined when there are no versions. Only the versions after it are
 * compared with their predecessors. */
export function lastScoringChange(versions: readonly RubricVersion[]): ScoringChange | undefined {
  const sorted = byVersion(versions);
  let i = sorted.length - 1;
  while (i > 0 && !diffRubrics(sorted[i - 1].rubric, sorted[i].rubric).some((c) => c.impact === "scoring")) i--;
  if (i < 0) return undefined;
  const { version, publishedAt } = sorted[i];
  const day = dayOf(publishedAt);
  return { version, publishedAt, ...(day === undefined ? {} : { day: isoDay(day) }) };
}

/** Stability as of `today` (its UTC day). Without versions, or when the last scoring change's publishedAt is
 * unreadable, nothing is counted (0 weeks, 0 evaluations) and the rule does not hold. */
export function measureStability(
  versions: readonly RubricVersion[],
  evaluations: readonly DatedEvaluation[],
  rule: StabilityRule,
  today: Date,
): Stability {
  const change = lastScoringChange(versions);
  const from = change && dayOf(change.publishedAt);
  const todayDay = dayOf(today);
  let evaluationsSince = 0;
  let undated = 0;
  for (const evaluation of evaluations) {
    const day = dayOf(evaluation.date);
    if (day === undefined) undated++;
    else if (from !== undefined && day >= from) evaluationsSince++;
  }
  const weeksSince = from === undefined || todayDay === undefined ? 0 : Math.max(0, Math.floor((todayDay - from) / 7));
  const missing = {
    weeks: Math.max(0, rule.weeks - weeksSince),
    evaluations: Math.max(0, rule.evaluations - evaluationsSince),
  };
  const holds = from !== undefined && missing.weeks === 0 && missing.evaluations === 0;
  return {
    ...(change ? { lastScoringChange: change } : {}),
    evaluationsSince,
    undated,
    weeksSince,
    rule: { weeks: rule.weeks, evaluations: rule.evaluations },
    holds,
    missing,
  };
}

export interface TimelineVersion {
  version: number;
  publishedAt: string;
  /** publishedAt's UTC day, yyyy-mm-dd; undefined when unreadable. */
  publishedOn?: string;
  /** It changed scoring (versionImpacts). */
  scoring: boolean;
  /** Evaluations scored under it (by the evaluation's version), dated or not. */
  evaluations: number;
  /** Of those, how many have no readable date. */
  undated: number;
  /** The earliest and latest date of the evaluations under it, yyyy-mm-dd. */
  firstDate?: string;
  lastDate?: string;
}

export interface Timeline {
  /** By version number. */
  versions: TimelineVersion[];
  /** The ends of the axis: the earliest and latest of the publication days and the dates of the evaluations under
   * a published version; undefined when there is no day at all. */
  start?: string;
  end?: string;
  /** Evaluations naming a version that was never published. */
  unknown: number;
  /** Evaluations with no version. */
  unversioned: number;
}

interface Tally {
  evaluations: number;
  undated: number;
  first?: number;
  last?: number;
}

/** The versions on a time axis with the evaluations scored under each. */
export function versionTimeline(versions: readonly RubricVersion[], evaluations: readonly DatedEvaluation[]): Timeline {
  const impacts = versionImpacts(versions);
  const tallies = new Map<number, Tally>(impacts.map((v) => [v.version, { evaluations: 0, undated: 0 }]));
  let unknown = 0;
  let unversioned = 0;
  for (const evaluation of evaluations) {
    const tally = evaluation.version === null ? undefined : tallies.get(evaluation.version);
    if (!tally) {
      if (evaluation.version === null) unversioned++;
      else unknown++;
      continue;
    }
    tally.evaluations++;
    const day = dayOf(evaluation.date);
    if (day === undefined) {
      tally.undated++;
      continue;
    }
    tally.first = Math.min(tally.first ?? day, day);
    tally.last = Math.max(tally.last ?? day, day);
  }
  const days: number[] = [];
  const timeline = impacts.map(({ version, publishedAt, scoring }): TimelineVersion => {
    const { evaluations: count, undated, first, last } = tallies.get(version) as Tally;
    const published = dayOf(publishedAt);
    for (const day of [published, first, last]) if (day !== undefined) days.push(day);
    return {
      version,
      publishedAt,
      ...(published === undefined ? {} : { publishedOn: isoDay(published) }),
      scoring,
      evaluations: count,
      undated,
      ...(first === undefined ? {} : { firstDate: isoDay(first) }),
      ...(last === undefined ? {} : { lastDate: isoDay(last) }),
    };
  });
  return {
    versions: timeline,
    ...(days.length ? { start: isoDay(Math.min(...days)), end: isoDay(Math.max(...days)) } : {}),
    unknown,
    unversioned,
  };
}
