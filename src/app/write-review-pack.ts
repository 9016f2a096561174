// "Write the review pack": one team's evaluations of one ISO week, the criterion profile and the week's points, as a
// printable sheet (landscape, one page wide, header rows repeated) named after the team and the week; writing it
// again refreshes that sheet in place. From the review the pane built from its evaluations store: no table is read.
import { ReviewData, parsePeriod } from "../rubric/review";
import { paperFor, reviewPackSheet, writeReportSheet } from "../workbook/reports";
import type { WrittenReport } from "../workbook/reports";
import { defineUseCase } from "./use-case";

export interface ReviewPackRequest {
  /** prepareReview of the evaluations store and the rubric's versions. */
  data: ReviewData;
  team: string;
  /** An ISO week as periodKey writes it: "2026-W05". */
  week: string;
  /** When it is made (ISO date-time); now by default. */
  made?: string;
  /** The reader's locale ("en-US"): Letter paper where it is usual, A4 elsewhere. */
  locale?: string;
}

export const writeReviewPack = defineUseCase("writeReviewPack", (session, request: ReviewPackRequest) =>
  session.run(async (context): Promise<WrittenReport> => {
    const week = parsePeriod(request.week);
    if (week.kind !== "week") throw new Error(`"${request.week}" is not an ISO week (such as 2026-W05)`);
    const sheet = reviewPackSheet(request.data, {
      team: request.team,
      week,
      made: request.made ?? new Date().toISOString(),
      language: session.language,
      paper: paperFor(request.locale),
    });
    return writeReportSheet(context, sheet);
  }),
);
