// What a values copy is stamped with, wherever it goes (a sheet of this workbook or a new workbook): the current
// rubric's id, the version its evaluations are scored under by default (the latest published, else the working
// tables') and that version's checksum, and when it was made.
import { readVersionedRubric, WorkbookContext } from "../workbook";
import type { ValuesCopyStamp } from "../workbook/reports";
import { requireRubric } from "./current-rubric";

export async function valuesCopyStamp(context: WorkbookContext, made: string): Promise<ValuesCopyStamp> {
  const { id } = await requireRubric(context);
  const read = await readVersionedRubric(context, id);
  const rubric = read.draft.rubric ?? read.draft.asRead;
  const published = read.versions?.read.history.versions ?? [];
  const latest = published.reduce<(typeof published)[number] | undefined>(
    (newest, v) => (newest === undefined || v.version > newest.version ? v : newest),
    undefined,
  );
  return {
    rubricId: id,
    version: latest?.version ?? rubric?.version ?? null,
    checksum: latest?.checksum ?? null,
    made,
  };
}
