// Applies one structured criteria change (a domain command) to the current rubric and writes the criteria in one
// batch. Refused, with nothing written, while a cell of the rubric cannot be read, while the rubric is final, or
// when the change would make the rubric invalid (a Max below a level's points, a negative weight...): the problems
// the change adds are named; problems the draft had before are not the change's.
import { RubricChange, applyChanges } from "../rubric/change";
import { refuseWhileFinal } from "../rubric/status";
import { readRubric, writeCriteria } from "../workbook";
import { requireRubric } from "./current-rubric";
import { refuseInvalid } from "./refuse-invalid";
import { RubricState, readRubricState } from "./rubric-state";
import { RefusedError, defineUseCase } from "./use-case";

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
        throw new RefusedError(
          "invalidRubric",
          `some cells of the rubric cannot be read; fix them in the sheet first: ${problems.join("; ")}`,
        );
      }
      const next = applyChanges(read.asRead, Array.isArray(change) ? change : [change as RubricChange]);
      refuseInvalid(read.asRead, next);
      await writeCriteria(context, id, next);
      return readRubricState(context, id);
    }),
);
