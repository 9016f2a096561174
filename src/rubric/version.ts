// Published versions of a rubric and what happened to them. The live criteria and bands tables are the working
// draft; publishing stores an immutable snapshot with a number (1, 2, 3, ...), and every evaluation is scored under
// the version in its Rubric version cell. The history records each publish, each explicit re-scoring ("apply
// version N to these evaluations", with every evaluation's old version, so it can be undone), and the rubric's
// status changes (marked stable, finalised, reopened).
import { Rubric } from "./model";

export interface RubricVersion {
  /** 1, 2, 3, ... (the snapshot's `rubric.version` is the same number). */
  version: number;
  /** When it was published: ISO 8601 date-time, UTC. */
  publishedAt: string;
  /** Why, in the publisher's words. */
  note: string;
  /** The canonical JSON checksum of the snapshot as published ("sha256:..."). */
  checksum: string;
  /** The snapshot: criteria, bands, settings, title, description and status as published. */
  rubric: Rubric;
}

export type HistoryAction = "publish" | "apply" | "stable" | "finalise" | "reopen";

export const HISTORY_ACTIONS: readonly HistoryAction[] = ["publish", "apply", "stable", "finalise", "reopen"];

export interface HistoryEntry {
  /** 1, 2, 3, ... in the order things happened. */
  entry: number;
  /** ISO 8601 date-time, UTC. */
  at: string;
  action: HistoryAction;
  /** The version published, applied, marked stable, finalised or reopened. */
  version: number;
  note: string;
  /** Who did it, as the pane knows them (may be ""). */
  by: string;
  /** For "apply": how many evaluations moved. */
  rows: number;
}

/** One evaluation moved by an "apply" entry: from its old version to the new one (null: no version, the row then
 * follows the latest; an undo can move a row back to none). */
export interface VersionMove {
  entry: number;
  key: string;
  from: number | null;
  to: number | null;
}

export interface RubricHistory {
  /** Oldest first. */
  versions: RubricVersion[];
  /** Oldest first. */
  entries: HistoryEntry[];
  moves: VersionMove[];
}

/** The latest published version, or undefined before the first. */
export const latestVersion = (history: Pick<RubricHistory, "versions">): RubricVersion | undefined =>
  history.versions.reduce<RubricVersion | undefined>((a, b) => (a && a.version > b.version ? a : b), undefined);

export const findVersion = (history: Pick<RubricHistory, "versions">, version: number): RubricVersion | undefined =>
  history.versions.find((v) => v.version === version);

/** How the stability rule reads: a rubric is stable once this long and this many evaluations have passed with no
 * scoring change (defaults from the practice: 8 weeks, 30 evaluations). */
export interface StabilityRule {
  weeks: number;
  evaluations: number;
}

export const DEFAULT_STABILITY_RULE: Readonly<StabilityRule> = { weeks: 8, evaluations: 30 };
