// "Write to a sheet" from the what-if: the summary the pane computed for its filter and scratch edits (distribution
// before and after, band transitions, per person), with native column charts, stamped with the versions compared
// and the time, on the What-if sheet (refreshed in place). Nothing is scored or read here; the syncs are fixed.
import { WhatIfSummary } from "../rubric/whatif";
import { WhatIfCompared, whatIfSheet, writeReportSheet } from "../workbook/reports";
import type { WrittenReport } from "../workbook/reports";
import { defineUseCase } from "./use-case";

export interface WhatIfSheetRequest {
  summary: WhatIfSummary;
  compared: WhatIfCompared;
  /** When it is made (ISO date-time); now by default. */
  made?: string;
}

export const writeWhatIfSheet = defineUseCase("writeWhatIfSheet", (session, request: WhatIfSheetRequest) =>
  session.run(async (context): Promise<WrittenReport> =>
    writeReportSheet(
      context,
      whatIfSheet(request.summary, {
        compared: request.compared,
        made: request.made ?? new Date().toISOString(),
        language: session.language,
      }),
    ),
  ),
);
