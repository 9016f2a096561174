// "Share a values copy": the current rubric's evaluations table copied as values (no RUBRIC formula: Totals, Points
// and Bands as Excel computed them) to a new sheet of this workbook, stamped with the rubric's id, version and the
// checksum of that published version, for readers without the add-in.
import { REPORT_WORDS } from "../rubric/vocabulary/report-words";
import { readVersionedRubric } from "../workbook";
import { ValuesCopy, writeValuesCopy } from "../workbook/reports";
import { requireRubric } from "./current-rubric";
import { defineUseCase } from "./use-case";

export const shareValuesCopy = defineUseCase("shareValuesCopy", (session, made: string = new Date().toISOString()) =>
  session.run(async (context): Promise<ValuesCopy> => {
    const { id } = await requireRubric(context);
    const read = await readVersionedRubric(context, id);
    const rubric = read.draft.rubric ?? read.draft.asRead;
    const published = read.versions?.read.history.versions ?? [];
    // The version the evaluations are scored under by default: the latest published, else the working tables'.
    const latest = published.reduce<(typeof published)[number] | undefined>(
      (newest, v) => (newest === undefined || v.version > newest.version ? v : newest),
      undefined,
    );
    return writeValuesCopy(context, REPORT_WORDS[session.language], {
      rubricId: id,
      version: latest?.version ?? rubric?.version ?? null,
      checksum: latest?.checksum ?? null,
      made,
    });
  }),
);
