// Sets the rubric's title, description, scale or decimals (its settings block), writing only the cells that change.
// Refused, with nothing written, while the rubric is final, or when a value would make the rubric invalid (an empty
// title, a scale ≤ 0, decimals that are no whole number from 0 to 6): the problems the edit adds are named.
import { SettingsEdit, withSettings } from "../rubric/edit-check";
import { refuseInvalid } from "./refuse-invalid";
import { refuseWhileFinal } from "../rubric/status";
import { readRubric, writeSettings } from "../workbook";
import { requireRubric } from "./current-rubric";
import { RubricState, readRubricState } from "./rubric-state";
import { defineUseCase } from "./use-case";

export type { SettingsEdit } from "../rubric/edit-check";

export const editSettings = defineUseCase("editSettings", (session, edit: SettingsEdit) =>
  session.run(async (context): Promise<RubricState> => {
    const { id } = await requireRubric(context);
    const read = await readRubric(context, id);
    refuseWhileFinal(read.asRead?.status, "edit its settings");
    if (!read.asRead) throw new Error(read.problems.map((p) => p.message).join("; "));
    refuseInvalid(read.asRead, withSettings(read.asRead, edit));
    await writeSettings(context, id, edit);
    return readRubricState(context, id);
  }),
);
