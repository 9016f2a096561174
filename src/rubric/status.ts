// A rubric's status and how it moves, each move a history entry: a draft is marked stable once it has held still
// (the manager's call; stability.ts measures), a draft or stable rubric is finalised (no new version, no re-scoring
// until it is reopened), and a final rubric is reopened as a draft. Pure: the workbook layer writes what these
// return (the Status setting and the entry) and protects or unprotects the sheets.
import { RubricStatus } from "./model";
import { MAX_NOTE_LENGTH, nextEntry } from "./publish";
import { HistoryAction, HistoryEntry, RubricHistory, latestVersion } from "./version";

export interface StatusInput {
  /** ISO 8601 date-time. */
  at: string;
  /** Why (optional). */
  note?: string;
  by?: string;
}

export interface StatusMove {
  /** The status the rubric moves to. */
  status: RubricStatus;
  entry: HistoryEntry;
}

/** Throws "the rubric is final: reopen it to <doing>" for a final rubric; returns otherwise. */
export function refuseWhileFinal(status: RubricStatus | string | undefined, doing: string): void {
  if (status === "final") throw new Error(`the rubric is final: reopen it to ${doing}`);
}

const changesText = (count: number) => (count === 1 ? "1 unpublished change" : `${count} unpublished changes`);

/** Draft → stable: needs a published version and a draft that is that version as published. */
export function markStable(
  history: RubricHistory,
  status: RubricStatus,
  draftChanges: number,
  input: StatusInput,
): StatusMove {
  refuseWhileFinal(status, "mark it stable");
  if (status === "stable") throw new Error("the rubric is already marked stable");
  const latest = published(history, "marking the rubric stable");
  if (draftChanges > 0) {
    throw new Error(
      `the working draft has ${changesText(draftChanges)}: publish or discard them before marking the rubric stable`,
    );
  }
  return move(history, "stable", latest, input, "stable");
}

/** Draft or stable → final: needs a published version and no draft change (a final rubric is its latest version). */
export function finalise(
  history: RubricHistory,
  status: RubricStatus,
  draftChanges: number,
  input: StatusInput,
): StatusMove {
  if (status === "final") throw new Error("the rubric is already final");
  const latest = published(history, "finalising the rubric");
  if (draftChanges > 0) {
    throw new Error(`the working draft has ${changesText(draftChanges)}: publish or discard them before finalising`);
  }
  return move(history, "finalise", latest, input, "final");
}

/** Final → draft. */
export function reopen(history: RubricHistory, status: RubricStatus, input: StatusInput): StatusMove {
  if (status !== "final")
    throw new Error(`the rubric is not final (its status is ${status || "empty"}): nothing to reopen`);
  const latest = published(history, "reopening the rubric");
  return move(history, "reopen", latest, input, "draft");
}

function published(history: RubricHistory, doing: string): number {
  const latest = latestVersion(history);
  if (!latest) throw new Error(`no version is published yet: publish one before ${doing}`);
  return latest.version;
}

function move(
  history: RubricHistory,
  action: HistoryAction,
  version: number,
  input: StatusInput,
  status: RubricStatus,
): StatusMove {
  const note = (input.note ?? "").trim();
  if (note.length > MAX_NOTE_LENGTH) throw new Error(`the note is ${note.length} characters, over ${MAX_NOTE_LENGTH}`);
  const entry: HistoryEntry = {
    entry: nextEntry(history),
    at: input.at,
    action,
    version,
    note,
    by: input.by ?? "",
    rows: 0,
  };
  return { status, entry };
}
