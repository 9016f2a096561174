// Re-scoring is explicit: "apply version N to these evaluations" moves each of them to version N, recording in the
// history every evaluation's old version, so that undoing it is applying their old versions back. Pure: returns the
// history rows to add and the Rubric version cells to set.
import { nextEntry } from "./publish";
import { HistoryEntry, RubricHistory, VersionMove, findVersion } from "./version";

/** An evaluation as the re-scoring sees it: its key, its data row, and the version it is scored under now. */
export interface VersionedEvaluation {
  key: string;
  rowIndex: number;
  version: number | null;
}

export interface VersionApplied {
  entry: HistoryEntry;
  moves: VersionMove[];
  /** The cells to write: null clears a Rubric version cell (the row then follows the latest version). */
  stamps: { rowIndex: number; version: number | null }[];
}

export interface ApplyInput {
  at: string;
  note: string;
  by?: string;
}

/** Moves `evaluations` to `version`; the ones already under it are left out. Throws when the version does not
 * exist, or when nothing would move. */
export function applyVersion(
  history: RubricHistory,
  evaluations: readonly VersionedEvaluation[],
  version: number,
  input: ApplyInput,
): VersionApplied {
  if (!findVersion(history, version)) throw new Error(`there is no version ${version} to apply`);
  const moving = evaluations.filter((e) => e.version !== version && e.key !== "");
  if (moving.length === 0) throw new Error(`nothing to apply: every evaluation chosen is under version ${version}`);
  const entry: HistoryEntry = {
    entry: nextEntry(history),
    at: input.at,
    action: "apply",
    version,
    note: input.note.trim(),
    by: input.by ?? "",
    rows: moving.length,
  };
  return {
    entry,
    moves: moving.map((e) => ({ entry: entry.entry, key: e.key, from: e.version, to: version })),
    stamps: moving.map((e) => ({ rowIndex: e.rowIndex, version })),
  };
}

/** Undoes an "apply" entry: each evaluation it moved, and still under the version it was moved to, goes back to its
 * old version (recorded as a new entry, so the undo can be undone too). Evaluations since moved again, or gone, are
 * left as they are. `where` finds an evaluation's row and current version by key. */
export function undoApply(
  history: RubricHistory,
  entryNumber: number,
  where: (key: string) => VersionedEvaluation | undefined,
  input: ApplyInput,
): VersionApplied & { skipped: string[] } {
  const undone = history.entries.find((e) => e.entry === entryNumber);
  if (!undone || undone.action !== "apply") throw new Error(`history entry ${entryNumber} is no re-scoring to undo`);
  const moves = history.moves.filter((m) => m.entry === entryNumber);
  const skipped: string[] = [];
  const back: { evaluation: VersionedEvaluation; to: number | null }[] = [];
  for (const move of moves) {
    const now = where(move.key);
    if (!now || now.version !== move.to) skipped.push(move.key);
    else back.push({ evaluation: now, to: move.from });
  }
  if (back.length === 0) throw new Error(`nothing to undo: the evaluations of entry ${entryNumber} have moved since`);
  const entry: HistoryEntry = {
    entry: nextEntry(history),
    at: input.at,
    action: "apply",
    version: undone.version,
    note: input.note.trim(),
    by: input.by ?? "",
    rows: back.length,
  };
  return {
    entry,
    moves: back.map(({ evaluation, to }) => ({
      entry: entry.entry,
      key: evaluation.key,
      from: evaluation.version,
      to,
    })),
    stamps: back.map(({ evaluation, to }) => ({ rowIndex: evaluation.rowIndex, version: to })),
    skipped,
  };
}
