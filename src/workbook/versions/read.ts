// Reading a rubric together with its versions: the working tables (the draft) and the versions sheet, in two syncs.
import { ReadRubricResult, readRubric } from "../read-rubric";
import { VersionTablesRead, queueVersionTables, queueVersionTablesExist } from "./tables";

export interface VersionedRubricRead {
  /** The working draft as read from the rubric sheet. */
  draft: ReadRubricResult;
  /** The versions sheet as read; undefined when the workbook is from before versions (see upgrade.ts). */
  versions?: VersionTablesRead;
}

export async function readVersionedRubric(
  context: Excel.RequestContext,
  rubricId: string,
): Promise<VersionedRubricRead> {
  const tables = queueVersionTablesExist(context, rubricId);
  let versions: (() => VersionTablesRead) | undefined;
  const draft = await readRubric(context, rubricId, {
    // Queued with the draft's reads, once the versions tables are known to be there: the same two syncs.
    beforeRead: () => {
      if (tables.exists()) versions = queueVersionTables(context, rubricId);
    },
  });
  return { draft, versions: versions?.() };
}
