// Every view of the Review tab from one scoring of the store's evaluations: prepareReview scores them once (when the
// store changes); buildReview builds the views for a filter (each time a filter changes).
import { Rubric } from "../model";
import { distinct, LeftOut, ReviewFilter, isScored, ScoredRow, selectRows } from "./filter";
import { PointsTargets, Ledger, pointsLedger } from "./ledger";
import { Period, periodsHolding } from "../period/period";
import { CriterionProfile, GroupProfile, profiles } from "./profile";
import { ReviewEvaluation, ReviewRow, scoreRows } from "./rows";
import { Summaries, summarise } from "./summary";
import { RescoredTrend, Trend, monthlyTrend, rescoredTrend } from "./trend";
import { PreparedVersions, prepareVersions } from "./versions";

export interface ReviewData {
  versions: PreparedVersions;
  /** Every evaluation with its result, in the store's order. */
  rows: ReviewRow[];
  /** What the filters offer: the names and periods found in the evaluations (blanks left out). */
  choices: { teams: string[]; persons: string[]; reviewers: string[]; weeks: Period[]; months: Period[] };
}

export interface ReviewOptions {
  filter?: ReviewFilter;
  targets?: PointsTargets;
  /** Also re-score the trend under this version. */
  rescoreUnder?: number;
  /** Histogram bin width of the trend (points of total; default 10). */
  binWidth?: number;
  /** How many persons the ledger's closest-to-target list names (default 5). */
  closest?: number;
}

export interface Review {
  /** The filter's evaluations left out (unscored, errors, undated), counted. */
  leftOut: LeftOut;
  summaries: Summaries;
  /** The whole selection's criterion profile, and one per team and per person. */
  profile: CriterionProfile[];
  teamProfiles: GroupProfile[];
  personProfiles: GroupProfile[];
  /** The monthly trend of the filter's team, person and reviewer over all their months (the period is not applied:
   * a trend within one week says nothing). */
  trend: Trend;
  rescored?: RescoredTrend;
  /** The ledger of the persons in the selection: all their evaluations, whatever the period, team or reviewer
   * (promotion points accumulate over time and across teams). */
  ledger: Ledger;
}

/** Scores the evaluations once under their versions (`versions`: the published versions, each rubric's `version`
 * its number; a rubric without versions passes itself). */
export function prepareReview(evaluations: readonly ReviewEvaluation[], versions: readonly Rubric[]): ReviewData {
  const prepared = prepareVersions(versions);
  const rows = scoreRows(evaluations, prepared);
  const days = new Set<number>();
  for (const row of rows) if (row.day !== undefined) days.add(row.day);
  return {
    versions: prepared,
    rows,
    choices: {
      teams: distinct(rows, "team"),
      persons: distinct(rows, "person"),
      reviewers: distinct(rows, "reviewer"),
      weeks: periodsHolding("week", days),
      months: periodsHolding("month", days),
    },
  };
}

/** The views for a filter. Throws for a period that does not exist, a re-scoring version that does not, or a wrong
 * points target. */
export function buildReview(data: ReviewData, options: ReviewOptions = {}): Review {
  const filter = options.filter ?? {};
  const selection = selectRows(data.rows, filter);
  // Without a period the trend's rows are the selection's; without a team, reviewer or period, the ledger's are too.
  const history = filter.period ? selectRows(data.rows, { ...filter, period: undefined }).rows : selection.rows;
  const everyRowOfItsPersons =
    filter.period === undefined && filter.team === undefined && filter.reviewer === undefined;
  let theirs = selection.rows;
  if (!everyRowOfItsPersons) {
    const persons = new Set(selection.rows.map((r) => r.person));
    theirs = data.rows.filter((r): r is ScoredRow => isScored(r) && persons.has(r.person));
  }
  const profiled = profiles(selection.rows, data.versions);
  return {
    leftOut: selection.leftOut,
    summaries: summarise(selection.rows),
    profile: profiled.profile,
    teamProfiles: profiled.teams,
    personProfiles: profiled.persons,
    trend: monthlyTrend(history, options.binWidth),
    ...(options.rescoreUnder === undefined
      ? {}
      : { rescored: rescoredTrend(history, options.rescoreUnder, data.versions, options.binWidth) }),
    ledger: pointsLedger(theirs, options.targets, options.closest),
  };
}
