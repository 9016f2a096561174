// Report sheets: the review pack, the review report with charts, the what-if sheet and the values copy, each laid out
// in memory (report-grid.ts) and written in a fixed number of syncs (write-report.ts).
export { ReportGrid, boxAddress } from "./report-grid";
export type { ReportValue, TableBox } from "./report-grid";
export { reportSheetName, writeReportSheet } from "./write-report";
export type { ReportChart, ReportPage, ReportSheet, WrittenReport } from "./write-report";
export { paperFor } from "./paper";
export { reviewPackSheet } from "./review-pack";
export type { ReviewPackOptions } from "./review-pack";
export { readValuesCopy, writeValuesCopy } from "./values-copy";
export type { ValuesCopy, ValuesCopyLayout, ValuesCopyStamp } from "./values-copy";
export { histogram, reviewReportSheet } from "./review-report";
export type { ReviewReportOptions } from "./review-report";
export { whatIfSheet } from "./what-if-sheet";
export type { WhatIfCompared, WhatIfSheetOptions } from "./what-if-sheet";
