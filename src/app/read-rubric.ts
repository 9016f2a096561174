// Reads the current rubric's tables and validates them.
import { readRubric as readRubricTables } from "../workbook";
import { currentRubric } from "./current-rubric";
import { RubricState, rubricState } from "./rubric-state";
import { defineUseCase } from "./use-case";

export const readRubric = defineUseCase("readRubric", (session) =>
  session.run(async (context): Promise<RubricState> => {
    const { id } = await currentRubric(context);
    return id === null ? { rubric: null, problems: [] } : rubricState(await readRubricTables(context, id));
  }),
);
