// Discards the working draft's changes: the working tables are written back from a published version (the latest,
// or the one asked for: "make version N the working draft"). No evaluation data is touched; nothing is published.
import { refuseWhileFinal } from "../rubric/status";
import { findVersion, latestVersion } from "../rubric/version";
import { readVersionedRubric, writeDraft } from "../workbook";
import { requireRubric } from "./current-rubric";
import { RubricState, readRubricState } from "./rubric-state";
import { defineUseCase } from "./use-case";

export const discardDraft = defineUseCase("discardDraft", (session, version?: number) =>
  session.run(async (context): Promise<RubricState> => {
    const { id } = await requireRubric(context);
    const read = await readVersionedRubric(context, id);
    if (!read.versions) throw new Error(`the rubric ${id} has no published versions yet`);
    refuseWhileFinal(read.draft.asRead?.status, "change the working draft");
    const { history } = read.versions.read;
    const source = version === undefined ? latestVersion(history) : findVersion(history, version);
    if (!source)
      throw new Error(version === undefined ? "no version is published yet" : `there is no version ${version}`);
    await writeDraft(context, id, source.rubric);
    return readRubricState(context, id);
  }),
);
