// "Apply version N to these evaluations": the explicit re-scoring, recorded in the history with every row's old
// version; and its undo, which applies the old versions back. Three syncs for the round, two to read the result.
import { VersionedEvaluation, applyVersion, undoApply } from "../rubric/apply-version";
import { cellNumber } from "../rubric/value";
import { EvaluationVersions, versionsTransaction } from "../workbook";
import { requireRubric } from "./current-rubric";
import { RubricState, readRubricState } from "./rubric-state";
import { defineUseCase } from "./use-case";

export interface ApplyRequest {
  version: number;
  /** The evaluations' keys, or every evaluation of the table. */
  keys: readonly string[] | "all";
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

function evaluationsOf(read: EvaluationVersions): VersionedEvaluation[] {
  return read.keys.flatMap((key, rowIndex) =>
    key === "" ? [] : [{ key, rowIndex, version: cellNumber(read.versions[rowIndex]) ?? null }],
  );
}

export const applyVersionTo = defineUseCase("applyVersion", (session, request: ApplyRequest) =>
  session.run(async (context): Promise<ApplyResult> => {
    const { id } = await requireRubric(context);
    const at = request.at ?? new Date().toISOString();
    const applied = await versionsTransaction(context, id, (read) => {
      const all = evaluationsOf(read.evaluations);
      let chosen = all;
      if (request.keys !== "all") {
        const byKey = new Map(all.map((e) => [e.key, e]));
        const missing = request.keys.filter((k) => !byKey.has(k));
        if (missing.length > 0) throw new Error(`no evaluation with the key ${missing.join(", ")}`);
        chosen = request.keys.map((k) => byKey.get(k)!);
      }
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
