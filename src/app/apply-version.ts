// "Apply version N to these evaluations": the explicit re-scoring, recorded in the history with every row's old
// version; and its undo, which applies the old versions back. Three syncs for the round, two to read the result.
// Both are refused while the rubric is final: a final rubric re-scores nothing until it is reopened.
import { VersionedEvaluation, applyVersion, undoApply } from "../rubric/apply-version";
import { refuseWhileFinal } from "../rubric/status";
import { cellNumber } from "../rubric/value";
import { dayOf, isoDay } from "../rubric/calendar";
import { EvaluationVersions, selectedEvaluationRows as selectedRows, versionsTransaction } from "../workbook";
import { requireRubric } from "./current-rubric";
import { RubricState, readRubricState } from "./rubric-state";
import { statusOf } from "./rubric-status";
import { defineUseCase } from "./use-case";

/** Which evaluations: by key, every one, the ones the sheet's selection covers, or those dated in a period
 * (ISO days, both included). */
export type ApplyScope =
  { keys: readonly string[] } | { all: true } | { selection: true } | { from: string; to: string };

export interface ApplyRequest {
  version: number;
  scope: ApplyScope;
  note?: string;
  by?: string;
  at?: string;
}

export interface ApplyResult {
  /** The history entry recording it (what an undo names). */
  entry: number;
  moved: number;
  /** Keys an undo left alone: moved again since, or gone. */
  skipped: string[];
  state: RubricState;
}

/** An evaluation's Date cell as an ISO day ("" when it holds none). */
function isoDate(cell: unknown): string {
  const day = dayOf(cell as never);
  return day === undefined ? "" : isoDay(day);
}

function chosenEvaluations(
  read: EvaluationVersions,
  scope: ApplyScope,
  covered: ReadonlySet<number> | undefined,
): VersionedEvaluation[] {
  const all = evaluationsOf(read);
  if ("all" in scope) return all;
  if ("selection" in scope) {
    const chosen = all.filter((e) => covered!.has(e.rowIndex));
    if (chosen.length === 0) throw new Error("the selection covers no evaluation: select their rows in the sheet");
    return chosen;
  }
  if ("from" in scope) {
    return all.filter((e) => {
      const day = isoDate(read.dates[e.rowIndex]);
      return day >= scope.from && day <= scope.to;
    });
  }
  const byKey = new Map(all.map((e) => [e.key, e]));
  const missing = scope.keys.filter((k) => !byKey.has(k));
  if (missing.length > 0) throw new Error(`no evaluation with the key ${missing.join(", ")}`);
  return scope.keys.map((k) => byKey.get(k)!);
}

function evaluationsOf(read: EvaluationVersions): VersionedEvaluation[] {
  return read.keys.flatMap((key, rowIndex) =>
    key === "" ? [] : [{ key, rowIndex, version: cellNumber(read.versions[rowIndex]) ?? null }],
  );
}

export const applyVersionTo = defineUseCase("applyVersion", (session, request: ApplyRequest) =>
  session.run(async (context): Promise<ApplyResult> => {
    const { id } = await requireRubric(context);
    const at = request.at ?? new Date().toISOString();
    const { scope } = request;
    const covered = "selection" in scope ? new Set(await selectedRows(context, id)) : undefined;
    const applied = await versionsTransaction(context, id, (read) => {
      refuseWhileFinal(statusOf(read), "apply a version to evaluations");
      const chosen = chosenEvaluations(read.evaluations, scope, covered);
      const result = applyVersion(read.versions.read.history, chosen, request.version, {
        at,
        note: request.note ?? "",
        by: request.by,
      });
      return { write: { append: { entries: [result.entry], moves: result.moves }, stamps: result.stamps }, result };
    });
    return {
      entry: applied.entry.entry,
      moved: applied.moves.length,
      skipped: [],
      state: await readRubricState(context, id),
    };
  }),
);

export const undoApplyVersion = defineUseCase(
  "undoApplyVersion",
  (session, entry: number, request: { note?: string; by?: string; at?: string } = {}) =>
    session.run(async (context): Promise<ApplyResult> => {
      const { id } = await requireRubric(context);
      const at = request.at ?? new Date().toISOString();
      const undone = await versionsTransaction(context, id, (read) => {
        refuseWhileFinal(statusOf(read), "undo a re-scoring");
        const byKey = new Map(evaluationsOf(read.evaluations).map((e) => [e.key, e]));
        const result = undoApply(read.versions.read.history, entry, (key) => byKey.get(key), {
          at,
          note: request.note ?? "",
          by: request.by,
        });
        return { write: { append: { entries: [result.entry], moves: result.moves }, stamps: result.stamps }, result };
      });
      return {
        entry: undone.entry.entry,
        moved: undone.moves.length,
        skipped: undone.skipped,
        state: await readRubricState(context, id),
      };
    }),
);
