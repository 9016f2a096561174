// "Share a values copy": the current rubric's evaluations table copied as values (no RUBRIC formula: Totals, Points
// and Bands as Excel computed them) to a new sheet of this workbook, stamped with the rubric's id, version and the
// checksum of that published version, for readers without the add-in.
import { REPORT_WORDS } from "../rubric/vocabulary/report-words";
import { ValuesCopy, writeValuesCopy } from "../workbook/reports";
import { defineUseCase } from "./use-case";
import { valuesCopyStamp } from "./values-copy-stamp";

export const shareValuesCopy = defineUseCase("shareValuesCopy", (session, made: string = new Date().toISOString()) =>
  session.run(async (context): Promise<ValuesCopy> =>
    writeValuesCopy(context, REPORT_WORDS[session.language], await valuesCopyStamp(context, made)),
  ),
);
