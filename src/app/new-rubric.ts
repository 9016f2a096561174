// Writing a new rubric (sheets and tables) and making it the current one: shared by creating and importing.
import { EvaluationInput } from "../rubric/evaluation";
import { Rubric } from "../rubric/model";
import { WorkbookContext, createRubric, selectEvaluationRow } from "../workbook";
import { RubricState, readRubricState } from "./rubric-state";
import { WorkbookSession } from "./session";

export async function writeNewRubric(
  context: WorkbookContext,
  session: WorkbookSession,
  rubric: Rubric,
  evaluations: readonly EvaluationInput[] = [],
): Promise<RubricState> {
  await createRubric(context, rubric, { language: session.language, evaluations });
  // The new rubric becomes the current one: its first evaluation row is selected.
  await selectEvaluationRow(context, rubric.id, 0);
  return readRubricState(context, rubric.id);
}
