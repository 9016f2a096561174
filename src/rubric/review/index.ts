// The weekly review and the promotion points, pure: from the evaluations as the pane's evaluations store holds them
// (key, sheet row, date, process, person, team, reviewer, rubric version, raw values, comment) and the rubric's
// published versions. No words: labels are the rubric's, reasons are engine messages (codes and parameters), and the
// pane and src/formats/evaluation-card word the rest in the reader's language.
//
// The Review tab, in three calls:
//   const data = prepareReview(store.evaluations, history.versions.map((v) => v.rubric)); // when the store changes
//   const review = buildReview(data, { filter, targets, rescoreUnder });                 // when a filter changes
//   const card = evaluationCard(evaluation, data.versions);                             // the selected evaluation
//
// - Scoring is the sheet's: each evaluation under the version in its Rubric version cell (blank: the latest), so its
//   total, points and band are those awarded, never recomputed under another version (except in `rescored`, which
//   says so). Rows with nothing or part scored, and rows the engine refuses (or whose version does not exist), are
//   left out of every figure and counted in `review.leftOut` with the engine's reason; with a period chosen, so are
//   rows without a readable date. NA is left out of a criterion's mean; a failed gate's total is 0, as in the sheet.
// - Periods (period.ts): ISO weeks ("2026-W01": Monday to Sunday, the year of the week's Thursday), months, and
//   inclusive date ranges; periodKey / parsePeriod write and read them, data.choices lists those in the data.
// - review.summaries: overall, per person and per team (a person in two teams counts in each with that team's rows):
//   evaluations, mean / min / max total, band distribution, points, failed gates.
// - review.profile / teamProfiles / personProfiles: each criterion's mean share of its max, score criteria weakest
//   first, with the values (levels) most often given.
// - review.trend (and review.rescored under one version): per month, the distribution of totals.
// - review.ledger: per person, every evaluation with points as awarded and running totals; targets per person or
//   per level (PointsTargets, from the workbook's settings) and progress; the persons closest to their target.
// - parsePointsTargets: the workbook's points targets table (Person | Level | Target) read into PointsTargets, each
//   bad row a problem naming its sheet row.
// - evaluationCard: one evaluation's card (lines, contributions, total, points, band, comment, rubric checksum).
export { buildReview, prepareReview } from "./build";
export type { Review, ReviewData, ReviewOptions } from "./build";
export { evaluationCard } from "./card";
export type { CardAdjustmentLine, CardGateLine, CardLine, CardOutcome, CardScoreLine, EvaluationCard } from "./card";
export { distinct, selectRows } from "./filter";
export type { LeftOut, LeftOutReason, LeftOutRow, ReviewFilter, ScoredRow, Selection } from "./filter";
export { pointsLedger } from "./ledger";
export type { Ledger, LedgerEntry, PersonLedger, PointsTargets, TargetProgress } from "./ledger";
// The periods are src/rubric/period's, shared with the what-if; named here too, as the review filters by them.
export {
  inPeriod,
  isoWeekOf,
  isoWeeksInYear,
  parsePeriod,
  periodDays,
  periodKey,
  periodOf,
  periodsHolding,
} from "../period";
export type { Period, PeriodKind } from "../period";
export { criterionProfile, profilesBy } from "./profile";
export type { CriterionProfile, GroupProfile, LevelCount } from "./profile";
export { reviewRows } from "./rows";
export type { Awarded, ReviewEvaluation, ReviewRow } from "./rows";
export { summarise } from "./summary";
export type { BandCount, PersonSummary, Summaries, TeamSummary, TotalsSummary } from "./summary";
export { monthlyTrend, rescoredTrend } from "./trend";
export type { RescoredTrend, Trend, TrendMonth } from "./trend";
export { parsePointsTargets } from "./targets";
export type { TargetsProblem, TargetsProblemCode, TargetsTable } from "./targets";
export { prepareVersions } from "./versions";
export type { PreparedVersions } from "./versions";
