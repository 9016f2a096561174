// Publishing: the working draft becomes the next numbered version, an immutable snapshot with its checksum and a
// history entry. Pure: the workbook layer stores what this returns.
import type { ChecksumOf } from "./canonical/load";
import { ClassifiedChange, diffRubrics } from "./diff";
import { Rubric } from "./model";
import { describeProblem } from "./problem";
import { validateRubric } from "./validate";
import { HistoryEntry, RubricHistory, RubricVersion, latestVersion } from "./version";

export interface PublishInput {
  /** ISO 8601 date-time. */
  at: string;
  note: string;
  by?: string;
}

export interface Published {
  version: RubricVersion;
  entry: HistoryEntry;
  /** What changed against the version before (empty for a first version). */
  changes: ClassifiedChange[];
}

/** The longest note kept (the sheet cell and the history stay readable). */
export const MAX_NOTE_LENGTH = 500;

/** The draft's changes against the latest version: [] when it is the latest as published. */
export function draftChanges(history: Pick<RubricHistory, "versions">, draft: Rubric): ClassifiedChange[] {
  const latest = latestVersion(history);
  return latest ? diffRubrics(latest.rubric, draft) : [];
}

/**
 * The draft as the next version: number latest + 1 (or the draft's own Version for a first version), status as the
 * draft has it (never final: finalising is its own action). `checksumOf` is rubricChecksum (canonical/load.ts loads
 * it). Throws, naming the problem, when the draft is invalid,
 * when nothing changed since the latest version, or when the note is blank or too long.
 */
export function publishDraft(
  history: RubricHistory,
  draft: Rubric,
  input: PublishInput,
  checksumOf: ChecksumOf,
): Published {
  const problems = validateRubric(draft);
  if (problems.length > 0) {
    throw new Error(`the working draft has problems: ${problems.map((p) => describeProblem(p)).join("; ")}`);
  }
  const note = input.note.trim();
  if (note === "") throw new Error("a version needs a note: say why it changed");
  if (note.length > MAX_NOTE_LENGTH) throw new Error(`the note is ${note.length} characters, over ${MAX_NOTE_LENGTH}`);
  const latest = latestVersion(history);
  const changes = latest ? diffRubrics(latest.rubric, draft) : [];
  if (latest && changes.length === 0) {
    throw new Error(`nothing to publish: the working draft is version ${latest.version} as published`);
  }
  const number = latest ? latest.version + 1 : Math.max(1, Math.trunc(draft.version) || 1);
  const status = draft.status === "final" ? "draft" : draft.status;
  const rubric: Rubric = { ...draft, version: number, status };
  const version: RubricVersion = {
    version: number,
    publishedAt: input.at,
    note,
    checksum: checksumOf(rubric),
    rubric,
  };
  const entry: HistoryEntry = {
    entry: nextEntry(history),
    at: input.at,
    action: "publish",
    version: number,
    note,
    by: input.by ?? "",
    rows: 0,
  };
  return { version, entry, changes };
}

export const nextEntry = (history: Pick<RubricHistory, "entries">): number =>
  history.entries.reduce((max, e) => Math.max(max, e.entry), 0) + 1;
