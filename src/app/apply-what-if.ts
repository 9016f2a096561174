// "Apply to draft" from the what-if: the scratch edits a manager tried (weights, a level's points, a band's From, a
// criterion switched off), as RubricChange commands, written to the working tables in one action: the criteria
// table when a criterion changed, the bands table when a band did, each writing only what changed. Refused, with
// nothing written, while the rubric is final or a cell of it cannot be read, and when the result would be invalid.
import { RubricChange, applyChanges } from "../rubric/change";
import { same } from "../rubric/same";
import { refuseWhileFinal } from "../rubric/status";
import { readRubric, writeBands, writeCriteria } from "../workbook";
import { requireRubric } from "./current-rubric";
import { refuseInvalid } from "./refuse-invalid";
import { RubricState, readRubricState } from "./rubric-state";
import { RefusedError, defineUseCase } from "./use-case";

export const applyWhatIf = defineUseCase("applyWhatIf", (session, changes: readonly RubricChange[]) =>
  session.run(async (context): Promise<RubricState> => {
    const { id } = await requireRubric(context);
    const read = await readRubric(context, id);
    refuseWhileFinal(read.asRead?.status, "apply the tried changes");
    if (!read.asRead || !read.editable) {
      const problems = read.problems.map((p) => (p.address ? `${p.address}: ${p.message}` : p.message));
      throw new RefusedError(
        "invalidRubric",
        `some cells of the rubric cannot be read; fix them in the sheet first: ${problems.join("; ")}`,
      );
    }
    const next = applyChanges(read.asRead, changes);
    refuseInvalid(read.asRead, next);
    if (!same(next.criteria, read.asRead.criteria)) await writeCriteria(context, id, next);
    if (!same(next.bands, read.asRead.bands)) await writeBands(context, id, next.bands);
    return readRubricState(context, id);
  }),
);
