// Which rubric an export is of. Without published versions: the working tables, as before versions. With them: a
// published version's snapshot (the latest unless another is chosen), or the working draft when it has unpublished
// changes and is chosen. Never the working tables for a published version. Pure and small: the Export tab's picker
// uses it before the format modules are loaded.
import { Rubric } from "../rubric/model";
import { RubricVersion } from "../rubric/version";
import type { RubricState } from "./rubric-state";

/** A published version by number, or the working draft. */
export type VersionChoice = number | "draft";

export type ExportTarget =
  /** The workbook has no published versions: the working tables. */
  | { kind: "working"; rubric: Rubric }
  /** The working draft, with changes not yet published: its own Version number, not a published version. */
  | { kind: "draft"; rubric: Rubric }
  /** A published version: `snapshot` is it as published; `rubric`, what is exported, is the snapshot with the
   * rubric's status now when it is the latest (status is the version's standing, not its content: marking the latest
   * stable or final changes no snapshot). */
  | { kind: "version"; rubric: Rubric; snapshot: Rubric; published: RubricVersion; latest: boolean }
  /** The chosen version is not in the history. */
  | { kind: "missing"; version: number; known: number[] };

export interface TargetInput {
  /** The working tables as read (the working draft once there are versions). */
  rubric: Rubric;
  /** The published versions; absent or empty: none. */
  versions?: readonly RubricVersion[];
  /** Default: the latest version. */
  version?: VersionChoice;
}

const newest = (versions: readonly RubricVersion[]) =>
  versions.reduce<RubricVersion | undefined>((a, b) => (a && a.version > b.version ? a : b), undefined);

/** A version's snapshot under the rubric's id: the versions sheet does not store the id, its reader supplies one (and
 * the selection read supplies the tables' name suffix, e.g. proactive_visit for proactive-visit), while the checksum
 * was computed with the rubric's own. */
export const ofRubric = (version: RubricVersion, rubric: Pick<Rubric, "id">): Rubric =>
  version.rubric.id === rubric.id ? version.rubric : { ...version.rubric, id: rubric.id };

export function exportTarget({ rubric, versions = [], version }: TargetInput): ExportTarget {
  const latest = newest(versions);
  if (!latest) return { kind: "working", rubric };
  if (version === "draft") return { kind: "draft", rubric };
  const wanted = version ?? latest.version;
  const published = versions.find((v) => v.version === wanted);
  if (!published) {
    return { kind: "missing", version: wanted, known: versions.map((v) => v.version).sort((a, b) => a - b) };
  }
  const isLatest = published.version === latest.version;
  const snapshot = ofRubric(published, rubric);
  return {
    kind: "version",
    rubric: isLatest && snapshot.status !== rubric.status ? { ...snapshot, status: rubric.status } : snapshot,
    snapshot,
    published,
    latest: isLatest,
  };
}

export interface VersionOption {
  choice: VersionChoice;
  /** The version number the export carries (the draft's own Version for the draft). */
  version: number;
  latest: boolean;
}

/** The working draft differs from the latest version: it has changes, or problems (which say it cannot be read as
 * the latest version). */
export const draftDiffers = (state: RubricState): boolean =>
  (state.versions?.draftChanges.length ?? 0) > 0 || state.problems.length > 0;

/** The picker's choices: every published version, newest first, then the working draft when it differs from the
 * latest. Empty without published versions (there is nothing to choose). */
export function versionOptions(state: RubricState): VersionOption[] {
  const versions = state.versions?.history.versions ?? [];
  const latest = newest(versions);
  if (!latest) return [];
  const options: VersionOption[] = [...versions]
    .sort((a, b) => b.version - a.version)
    .map((v) => ({ choice: v.version, version: v.version, latest: v.version === latest.version }));
  if (state.rubric && draftDiffers(state)) {
    options.push({ choice: "draft", version: state.rubric.version, latest: false });
  }
  return options;
}
