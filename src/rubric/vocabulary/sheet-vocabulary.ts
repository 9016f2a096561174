// The shape of a language pack: every text a rubric workbook shows or reads, in one language. One pack per language
// (en.ts, zh.ts), as HyperFormula ships its translation packages; lookup.ts reads headers and words in any of them.
import { CriterionKind, RubricStatus } from "../model";
import { HistoryAction } from "../version";

export type CriteriaColumn =
  "id" | "label" | "description" | "kind" | "weight" | "max" | "allowNA" | "levels" | "section";
export type BandsColumn = "from" | "points" | "label";

export type LeadingColumn = "date" | "process" | "person" | "team" | "reviewer";
export type TrailingInputColumn = "comment" | "version";
export type FormulaColumn = "total" | "points" | "band";
/** The evaluation's stable key: written by the add-in, never typed. */
export type KeyColumn = "key";
/** The fixed columns of an evaluations table (the others are criteria's score columns or the user's own). */
export type EvaluationColumn = LeadingColumn | TrailingInputColumn | FormulaColumn | KeyColumn;

/** The versions sheet's tables: published versions, history entries, re-scored evaluations. */
export type VersionsColumn =
  | "version"
  | "published"
  | "note"
  | "changes"
  | "checksum"
  | "evaluations"
  | "title"
  | "description"
  | "status"
  | "scale"
  | "decimals";
export type HistoryColumn = "entry" | "at" | "action" | "version" | "note" | "by" | "rows";
export type MovesColumn = "entry" | "key" | "from" | "to";

/** The points targets table's columns (a workbook-wide sheet: targets are about people, not one rubric). */
export type PointsTargetsColumn = "person" | "level" | "target";

export type SettingKey =
  "id" | "title" | "version" | "status" | "scale" | "decimals" | "description" | "stableWeeks" | "stableEvaluations";

/** Texts as written (the first word of each list is the one written; the others are also read). */
export interface SheetVocabulary {
  /** Criteria table headers: written text, then other headers read as the same column. */
  criteria: Record<CriteriaColumn, readonly [string, ...string[]]>;
  /** The criteria table's extra formula column (weight / total of score weights). */
  share: string;
  bands: Record<BandsColumn, readonly [string, ...string[]]>;
  evaluations: Record<EvaluationColumn, string>;
  /** Evaluation headers an earlier version wrote, still read as the column (a workbook made then still opens). */
  evaluationAliases: Partial<Record<EvaluationColumn, readonly string[]>>;
  settings: Record<SettingKey, string>;
  checks: { check: string; weightTotal: string };
  kinds: Record<CriterionKind, readonly [string, ...string[]]>;
  /** The Status setting's words (its drop-down offers the first of each). */
  statuses: Record<RubricStatus, readonly [string, ...string[]]>;
  yes: readonly [string, ...string[]];
  no: readonly [string, ...string[]];
  /** The label-row word above a retired criterion's score column. */
  retired: string;
  sheetSuffix: { rubric: string; evaluations: string; versions: string };
  /** The versions sheet: its tables' headers, captions and history words. */
  versions: {
    title: string;
    captions: { versions: string; history: string; moves: string; criteria: string; bands: string };
    versions: Record<VersionsColumn, string>;
    history: Record<HistoryColumn, string>;
    moves: Record<MovesColumn, string>;
    /** The Version column of the criteria and bands snapshots. */
    version: string;
    actions: Record<HistoryAction, string>;
    /** The note of version 1 when a rubric is created, or when a workbook from before versions is upgraded. */
    created: string;
    upgraded: string;
    /** The export settings table (workflow id, table and field names), beside the snapshots. */
    exportSettings: { caption: string; setting: string; value: string };
  };
  /** The points targets sheet: its name and its table's headers (a person's own target, or their level's). */
  pointsTargets: { sheet: string; columns: Record<PointsTargetsColumn, readonly [string, ...string[]]> };
  /** The Total column's text for a partly scored row; {blanks} and {count} are filled in by the formula. */
  notScored: string;
  /** The criteria table's Weight, Max, Kind and Allow NA rules: what a refused entry is told ({choices}: the list's
   * values, joined as the language joins them). */
  criteriaRules: { weight: string; max: string; kind: string; allowNA: string };
  /** What a new blank rubric is called, and its one criterion. */
  blankRubric: { title: string; criterion: string };
}
