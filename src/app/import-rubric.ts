// Imports a canonical rubric JSON file. The file is parsed and validated before anything is written: a refused file
// leaves the workbook as it was. A rubric new to the workbook is written as a new rubric (its version 1); a rubric
// whose id the workbook already holds (edited elsewhere, or returned from the workflow system) becomes the working
// draft of that rubric, so its changes against the latest version show as draft changes, to publish or discard.
// That is refused while the working draft has unpublished changes of its own: nothing a manager did is overwritten.
import { draftChanges } from "../rubric/publish";
import { readVersionedRubric, upgradeToVersions, writeDraft } from "../workbook";
import { writeNewRubric } from "./new-rubric";
import { RubricState, readRubricState } from "./rubric-state";
import { RefusedError, defineUseCase } from "./use-case";

/** What the pane hands over: a File, or anything with a name and its text. */
export interface RubricFile {
  name: string;
  text(): Promise<string>;
}

export const importRubric = defineUseCase("importRubric", async (session, file: RubricFile) => {
  // Loaded on demand: the JSON validator stays out of the pane's first download.
  const { parseRubric } = await import("../formats/rubric-json/file");
  const parsed = parseRubric(await file.text());
  if (!parsed.ok) {
    const problems = parsed.errors.map((e) => `${e.path || "/"}: ${e.message}`);
    throw new RefusedError("invalidFile", `${file.name} is not a rubric file: ${problems.join("; ")}`);
  }
  const imported = parsed.rubric;
  return session.run(async (context): Promise<RubricState> => {
    let read = await readVersionedRubric(context, imported.id);
    if (!read.draft.asRead) return writeNewRubric(context, session, imported);
    if (!read.versions && read.draft.rubric) {
      await upgradeToVersions(context, imported.id, read.draft.rubric, { at: new Date().toISOString() });
      read = await readVersionedRubric(context, imported.id);
    }
    if (!read.versions)
      throw new RefusedError(
        "invalidRubric",
        `the rubric ${imported.id} in this workbook has problems: fix them first`,
      );
    const current = read.draft.rubric;
    const pending = current ? draftChanges(read.versions.read.history, current).length : NaN;
    if (pending !== 0) {
      throw new RefusedError(
        Number.isNaN(pending) ? "invalidRubric" : "pendingDraft",
        Number.isNaN(pending)
          ? `the working draft of ${imported.id} has problems: fix or discard them before importing a new version`
          : `the working draft of ${imported.id} has ${pending} unpublished change(s): publish or discard them first`,
      );
    }
    await writeDraft(context, imported.id, imported);
    return readRubricState(context, imported.id);
  });
});
