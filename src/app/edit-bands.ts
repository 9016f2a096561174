// Sets the rubric's bands (From, Points, Label) to the list the pane edited, writing only the cells that change.
// Refused, with nothing written, while the rubric is final, or when the bands would make the rubric invalid (a From
// not above the one before, a Points that is no number): the problems the edit adds are named.
import { refuseInvalid } from "./refuse-invalid";
import { Band } from "../rubric/model";
import { refuseWhileFinal } from "../rubric/status";
import { readRubric, writeBands } from "../workbook";
import { requireRubric } from "./current-rubric";
import { RubricState, readRubricState } from "./rubric-state";
import { defineUseCase } from "./use-case";

export const editBands = defineUseCase("editBands", (session, bands: readonly Band[]) =>
  session.run(async (context): Promise<RubricState> => {
    const { id } = await requireRubric(context);
    const read = await readRubric(context, id);
    refuseWhileFinal(read.asRead?.status, "edit its bands");
    if (!read.asRead) throw new Error(read.problems.map((p) => p.message).join("; "));
    refuseInvalid(read.asRead, { ...read.asRead, bands: [...bands] });
    await writeBands(context, id, bands);
    return readRubricState(context, id);
  }),
);
