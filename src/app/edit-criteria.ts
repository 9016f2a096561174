// Applies one structured criteria change (a domain command) to the current rubric and writes the criteria in one
// batch. Refused, with nothing written, while a cell of the rubric cannot be read, while the rubric is final, or
// when the change would make the rubric invalid (a Max below a level's points, a negative weight...): the problems
// the change adds are named; problems the draft had before are not the change's.
import { RubricChange, applyChange } from "../rubric/change";
import { describeProblem } from "../rubric/problem";
import { refuseWhileFinal } from "../rubric/status";
import { validateRubric } from "../rubric/validate";
import { readRubric, writeCriteria } from "../workbook";
import { requireRubric } from "./current-rubric";
import { RubricState, readRubricState } from "./rubric-state";
import { RefusedError, defineUseCase } from "./use-case";

export const editCriteria = defineUseCase("applyRubricEdit", (session, change: RubricChange) =>
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
    const next = applyChange(read.asRead, change);
    const before = new Set(validateRubric(read.asRead).map((p) => describeProblem(p)));
    const added = validateRubric(next)
      .map((p) => describeProblem(p))
      .filter((p) => !before.has(p));
    if (added.length > 0)
      throw new RefusedError("invalidRubric", `the change would make the rubric invalid: ${added.join("; ")}`);
    await writeCriteria(context, id, next);
    return readRubricState(context, id);
  }),
);
