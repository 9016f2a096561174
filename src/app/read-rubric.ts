// Reads the current rubric's tables and versions, and validates them. A workbook from before versions is upgraded
// on the way (its working tables become version 1), once its rubric can be read without problems.
import { readVersionedRubric } from "../workbook";
import { currentRubric } from "./current-rubric";
import { RubricState, rubricState } from "./rubric-state";
import { defineUseCase } from "./use-case";

export const readRubric = defineUseCase("readRubric", (session) =>
  session.run(async (context): Promise<RubricState> => {
    const { id } = await currentRubric(context);
    if (id === null) return { rubric: null, problems: [] };
    let read = await readVersionedRubric(context, id);
    if (!read.versions && read.draft.rubric) {
      // Once per workbook from before versions: loaded on demand.
      const { upgradeToVersions } = await import(/* webpackChunkName: "upgrade" */ "../workbook/versions/upgrade");
      await upgradeToVersions(context, id, read.draft.rubric, { at: new Date().toISOString() });
      read = await readVersionedRubric(context, id);
    }
    return rubricState(read.draft, read.versions);
  }),
);
