// What-if: what a rubric change does to past evaluations, computed in memory, never by writing to the sheet.
//
// The API, in the order the pane uses it:
//
//   const data = evaluationData(records);              // once per read of the evaluations store (typed arrays)
//   const awarded = scoreAsAwarded(data, { versions }); // "before": each evaluation under the version it is pinned to
//                                                       // (a blank Rubric version: the latest, or `unversioned`)
//   const trial = trialOf(draft, edits);               // the rubric tried: the draft with scratch edits
//   const after = scoreUnder(data, trial);             // "after": every evaluation under it (per scratch edit)
//   const rows = selectRows(data, filter, awarded);
//   const summary = summarize(awarded, after, rows, { movers: 20 });
//   const history = trend(awarded, scoreUnder(data, versionRubric), rows);
//
// - Results (result.ts): a total with band and points, unscored (every cell blank), or an error keeping the engine's
//   code (ScoreErrorCode, or version-missing, below-bands, invalid-bands). An invalid tried rubric is no exception:
//   every evaluation gets its error. resultAt(scores, i) gives one result with the engine's reason (EngineMessage).
// - impactOf(awarded, after, rows): per evaluation before, after, total and points change, band changed.
// - summarize: distributions (histogram bins on the tried rubric's scale, band edges, mean, median, share per band),
//   the band transition table (errors and unscored as their own row and column), points gained and lost, per person
//   and per team (mean total and points before → after, rank by points among persons), and the movers, the first
//   `movers` of them with the criteria that moved each (explain.ts: the contributions add up to the change; rounding
//   is its own line, and shownChanges rounds the lines so that they add up to the change shown).
// - Scratch edits (scratch.ts) are data: RubricChange commands (weight, a band's From, a criterion switched off as
//   retire-criterion) and set-level-points, which also re-values past evaluations that chose the level (trial.ts).
//   withEdit / withoutTarget keep one edit per target; draftChanges gives the RubricChange commands for "Apply to
//   draft".
// - Speed: rubrics are prepared once per scoring (prepared-rubric.ts); the kernel (kernel.ts) is the engine's
//   arithmetic on typed arrays with no allocation per evaluation; the aggregations read typed arrays. bench/whatif.ts
//   measures it (figure whatif.impact).
export type { WhatIfEvaluation, EvaluationData, Names } from "./data";
export { evaluationData } from "./data";
export type { AwardedRubrics, Scores } from "./scores";
export { scoreAsAwarded, scoreUnder } from "./scores";
export type { Result, ResultErrorCode } from "./result";
export { RESULT_ERROR_CODES } from "./result";
export { resultAt } from "./outcome";
export type { EvaluationImpact } from "./impact";
export { impactOf } from "./impact";
export type { WhatIfFilter } from "./filter";
export { allRows, selectRows } from "./filter";
export type { Bins, Distribution } from "./distribution";
export type { GroupMove, Side } from "./groups";
export type { Moved, MoveKind, Mover } from "./movers";
export type { PointsMove, Transitions } from "./transitions";
export type { CriterionMove, Explanation } from "./explain";
export { shownChanges } from "./explain";
export type { SummaryOptions, WhatIfSummary } from "./summary";
export { summarize } from "./summary";
export type { Trend, TrendMonth } from "./trend";
export { trend } from "./trend";
export type { LevelPointsEdit, ScratchEdit } from "./scratch";
export {
  applyScratchEdits,
  bandFromEdit,
  draftChanges,
  editTarget,
  levelPointsEdit,
  switchOff,
  weightEdit,
  withEdit,
  withoutTarget,
} from "./scratch";
export type { Revaluation, Trial } from "./trial";
export { trialOf } from "./trial";
