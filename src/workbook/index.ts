// The workbook layer: the only code that touches Excel.*. Every operation takes an Excel.RequestContext first.
export * from "./layout";
export type { WorkbookLanguage } from "./language";
export type { EvaluationInput } from "./cells";
export { createRubric } from "./create";
export type { CreateRubricOptions, CreatedRubric } from "./create";
export { readRubric } from "./read-rubric";
export type { LocatedProblem, ReadRubricResult } from "./read-rubric";
export { readEvaluations, rowsPerChunk } from "./evaluations";
export type { EvaluationRow, EvaluationsRead, ReadEvaluationsOptions } from "./evaluations";
export { syncColumns } from "./columns";
export type { SyncColumnsResult } from "./columns";
export { appendEvaluationRow, saveEvaluationRow } from "./rows";
export { findRubrics, selectedEvaluation, selectionPosition } from "./locate";
export type { SelectedEvaluation, SelectionPosition } from "./locate";
export { nextUnscoredRow, readEvaluationRow, readLastEvaluationRow, selectEvaluationRow } from "./evaluation-row";
export type { EvaluationRowRead } from "./evaluation-row";
export { writeCriteria } from "./write-criteria";
export { onSelectionChanged, runInWorkbook } from "./session";
