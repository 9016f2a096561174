// Applies one structured criteria change (a domain command) to the current rubric and writes the criteria in one
// batch. Refused, with nothing written, while a cell of the rubric cannot be read, while the rubric is final, or
// when the change would make the rubric invalid (a Max below a level's points, a negative weight...): the problems
// the change adds are named; problems the draft had before are not the change's.
import { RubricChange, applyChanges } from "../rubric/change";
import { refuseInvalidEdit } from "../rubric/edit-check";
import { refuseWhileFinal } from "../rubric/status";
import { readRubric, writeCriteria } from "../workbook";
import { requireRubric } from "./current-rubric";
import { RubricState, readRubricState } from "./rubric-state";
import { defineUseCase } from "./use-case";

/** One change, or several applied together (an editor's fields), checked and written as one. */
export const editCriteria = defineUseCase(
  "applyRubricEdit",
  (session, change: RubricChange | readonly RubricChange[]) =>
    session.run(async (context): Promise<RubricState> => {
      const { id } = await requireRubric(context);
      const read = await readRubric(context, id);
      refuseWhileFinal(read.asRead?.status, "edit its criteria");
      if (!read.asRead || !read.editable) {
        const problems = read.problems.map((p) => (p.address ? `${p.address}: ${p.message}` : p.message));
        throw new Error(`some cells of the rubric cannot be read; fix them in the sheet first: ${problems.join("; ")}`);
      }
      const next = applyChanges(read.asRead, Array.isArray(change) ? change : [change as RubricChange]);
      refuseInvalidEdit(read.asRead, next);
      await writeCriteria(context, id, next);
      return readRubricState(context, id);
    }),
);
