// A rubric's versions as the pane shows them: the history, the latest version, and the working draft's changes
// against it (computed, never typed).
import { ClassifiedChange } from "../rubric/diff";
import { Rubric } from "../rubric/model";
import { draftChanges } from "../rubric/publish";
import { RubricHistory, latestVersion } from "../rubric/version";
import { VersionTablesRead } from "../workbook";

export interface VersionsView {
  history: RubricHistory;
  /** The latest published version's number. */
  latest: number;
  /** The working draft against the latest version; [] when they are the same (or the draft cannot be read). */
  draftChanges: ClassifiedChange[];
  /** Snapshot cells that cannot be read (edited by hand on the versions sheet). */
  problems: string[];
}

export function versionsView(read: VersionTablesRead, draft: Rubric | undefined): VersionsView {
  const { history, problems } = read.read;
  let changes: ClassifiedChange[] = [];
  try {
    if (draft) changes = draftChanges(history, draft);
  } catch {
    changes = []; // ids repeating in the draft: its problems say so
  }
  return { history, latest: latestVersion(history)?.version ?? 0, draftChanges: changes, problems };
}
