// The rubric's status: mark it stable, finalise it, reopen it. Each is one versions round (three syncs: the draft,
// the versions sheet and the sheets' protection read in two, everything written in the third), recorded as a
// history entry, with the Status setting written; then the rubric's state is read back (two syncs).
// Finalising protects the rubric sheet and the versions sheet (no password: see workbook/versions/protection.ts for
// how a workbook owner adds one, in Excel, with Review > Protect Sheet); reopening unprotects them.
import { RubricStatus } from "../rubric/model";
import { draftChanges } from "../rubric/publish";
import { StatusInput, StatusMove, finalise, markStable as markStableMove, reopen } from "../rubric/status";
import { RubricHistory } from "../rubric/version";
import { VersionsRead, versionsTransaction } from "../workbook";
import { requireRubric } from "./current-rubric";
import { RubricState, readRubricState } from "./rubric-state";
import { RefusedError, defineUseCase } from "./use-case";

export interface StatusRequest {
  /** Why (optional; kept in the history). */
  note?: string;
  by?: string;
  /** When (ISO 8601); default now. */
  at?: string;
}

/** The rubric's status as its Status setting says, readable or not. */
export function statusOf(read: Pick<VersionsRead, "draft">): RubricStatus {
  return (read.draft.rubric ?? read.draft.asRead)?.status ?? "draft";
}

/** The draft's changes against the latest version; throws, naming them, when the draft has problems. */
function changesOf(read: VersionsRead): number {
  const draft = read.draft.rubric;
  if (!draft) {
    const problems = read.draft.problems.map((p) => (p.address ? `${p.address}: ${p.message}` : p.message));
    throw new RefusedError("invalidRubric", `the working draft has problems: ${problems.join("; ")}`);
  }
  return draftChanges(read.versions.read.history, draft).length;
}

type Move = (read: VersionsRead, history: RubricHistory, input: StatusInput) => StatusMove;

function statusUseCase(key: string, decide: Move, protection?: "protect" | "unprotect") {
  return defineUseCase(key, (session, request: StatusRequest = {}) =>
    session.run(async (context): Promise<RubricState> => {
      const { id } = await requireRubric(context);
      const input = { at: request.at ?? new Date().toISOString(), note: request.note, by: request.by };
      await versionsTransaction(context, id, (read) => {
        const move = decide(read, read.versions.read.history, input);
        return {
          write: { append: { entries: [move.entry] }, settings: { status: move.status }, protection },
          result: move,
        };
      });
      return readRubricState(context, id);
    }),
  );
}

/** Draft → stable: a published version, no draft change. */
export const markStable = statusUseCase("markStable", (read, history, input) =>
  markStableMove(history, statusOf(read), changesOf(read), input),
);

/** Draft or stable → final: a published version, no draft change; the rubric and versions sheets end protected. */
export const finaliseRubric = statusUseCase(
  "finaliseRubric",
  (read, history, input) => finalise(history, statusOf(read), changesOf(read), input),
  "protect",
);

/** Final → draft: the rubric and versions sheets end unprotected. */
export const reopenRubric = statusUseCase(
  "reopenRubric",
  (read, history, input) => reopen(history, statusOf(read), input),
  "unprotect",
);
