// A workbook action that failed: which one (for its title and what to do) and the error's own message.
export type FailedAction =
  | "readRubric"
  | "createRubric"
  | "applyRubricEdit"
  | "readEvaluation"
  | "saveEvaluation"
  | "nextUnscored"
  | "newEvaluation"
  | "readEvaluations"
  | "insertSheet";

export interface Failure {
  action: FailedAction;
  message: string;
}

export function failureOf(action: FailedAction, error: unknown): Failure {
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : String(error);
  return { action, message };
}
