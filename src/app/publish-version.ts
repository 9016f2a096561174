// Publishes the working draft as the next version: an immutable snapshot on the versions sheet, a history entry, the
// Version setting raised. Rows the grid left without a version are stamped with the version they are scored under
// until now, so that publishing moves no existing total. Three syncs for the round, two to read the result back.
// Refused while the rubric is final (reopen it first).
import { isBlankCell } from "../rubric/value";
import { loadChecksum } from "../rubric/canonical/load";
import { publishDraft } from "../rubric/publish";
import { refuseWhileFinal } from "../rubric/status";
import { latestVersion } from "../rubric/version";
import { versionsTransaction } from "../workbook";
import { requireRubric } from "./current-rubric";
import { RubricState, readRubricState } from "./rubric-state";
import { statusOf } from "./rubric-status";
import { RefusedError, defineUseCase } from "./use-case";

export interface PublishRequest {
  /** Why: a short note (required). */
  note: string;
  by?: string;
  /** When (ISO 8601); default now. */
  at?: string;
}

export interface PublishResult {
  version: number;
  /** How many changes it made against the version before. */
  changes: number;
  state: RubricState;
}

export const publishVersion = defineUseCase("publishVersion", (session, request: PublishRequest) =>
  session.run(async (context): Promise<PublishResult> => {
    const { id } = await requireRubric(context);
    const at = request.at ?? new Date().toISOString();
    // Loaded on first publish: the checksum and the wording of changes are not on the pane's first screen.
    const [checksumOf, { summarizeChanges }] = await Promise.all([
      loadChecksum(),
      import(/* webpackChunkName: "change-words" */ "../rubric/vocabulary/change-words/describe"),
    ]);
    const published = await versionsTransaction(context, id, (read) => {
      refuseWhileFinal(statusOf(read), "publish a new version");
      const draft = read.draft.rubric;
      if (!draft) {
        const problems = read.draft.problems.map((p) => (p.address ? `${p.address}: ${p.message}` : p.message));
        throw new RefusedError("invalidRubric", `the working draft has problems: ${problems.join("; ")}`);
      }
      const { history } = read.versions.read;
      const previous = latestVersion(history)?.version;
      const result = publishDraft(history, draft, { at, note: request.note, by: request.by }, checksumOf);
      const { keys, versions, totals } = read.evaluations;
      const stamps =
        previous === undefined
          ? []
          : versions.flatMap((v, rowIndex) =>
              isBlankCell(v) && !isBlankCell(totals[rowIndex]) && keys[rowIndex] !== undefined
                ? [{ rowIndex, version: previous }]
                : [],
            );
      return {
        write: {
          append: {
            version: {
              version: result.version,
              changes: summarizeChanges(result.changes, read.versions.language, result.version.rubric),
            },
            entries: [result.entry],
          },
          stamps,
          settings: { version: result.version.version },
        },
        result,
      };
    });
    return {
      version: published.version.version,
      changes: published.changes.length,
      state: await readRubricState(context, id),
    };
  }),
);
