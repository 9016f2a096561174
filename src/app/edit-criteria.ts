// Applies one structured criteria change (a domain command) to the current rubric and writes the criteria in one
// batch. Refused, with nothing written, while a cell of the rubric cannot be read, or while the rubric is final.
import { RubricChange, applyChange } from "../rubric/change";
import { refuseWhileFinal } from "../rubric/status";
import { readRubric, writeCriteria } from "../workbook";
import { requireRubric } from "./current-rubric";
import { RubricState, readRubricState } from "./rubric-state";
import { defineUseCase } from "./use-case";

export const editCriteria = defineUseCase("applyRubricEdit", (session, change: RubricChange) =>
  session.run(async (context): Promise<RubricState> => {
    const { id } = await requireRubric(context);
    const read = await readRubric(context, id);
    refuseWhileFinal(read.asRead?.status, "edit its criteria");
    if (!read.asRead || !read.editable) {
      const problems = read.problems.map((p) => (p.address ? `${p.address}: ${p.message}` : p.message));
      throw new Error(`some cells of the rubric cannot be read; fix them in the sheet first: ${problems.join("; ")}`);
    }
    await writeCriteria(context, id, applyChange(read.asRead, change));
    return readRubricState(context, id);
  }),
);
