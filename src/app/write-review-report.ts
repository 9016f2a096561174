// "Write to a sheet" for the Review tab's views: a report sheet for the filter with its tables and native Excel charts
// (distribution of totals, monthly trend, mean per team), stamped; writing the same filter again refreshes that sheet
// in place. From the review the pane built from its evaluations store: no table is read, and the syncs are fixed.
import { ReviewData, parsePeriod } from "../rubric/review";
import { reviewReportSheet, writeReportSheet } from "../workbook/reports";
import type { WrittenReport } from "../workbook/reports";
import { defineUseCase } from "./use-case";

export interface ReviewReportRequest {
  /** prepareReview of the evaluations store and the rubric's versions. */
  data: ReviewData;
  /** A period as periodKey writes it ("2026-W05", "2026-03", "2026-03-02..2026-03-08"); absent: all. */
  period?: string;
  team?: string;
  person?: string;
  reviewer?: string;
  /** When it is made (ISO date-time); now by default. */
  made?: string;
}

export const writeReviewReport = defineUseCase("writeReviewReport", (session, request: ReviewReportRequest) =>
  session.run(async (context): Promise<WrittenReport> => {
    const sheet = reviewReportSheet(request.data, {
      period: request.period === undefined ? undefined : parsePeriod(request.period),
      team: request.team,
      person: request.person,
      reviewer: request.reviewer,
      made: request.made ?? new Date().toISOString(),
      language: session.language,
    });
    return writeReportSheet(context, sheet);
  }),
);
