// Which rubric a use case works on: the one whose sheet holds the selection, else the first in the workbook.
import { SelectionPosition, WorkbookContext, selectionPosition } from "../workbook";

export interface CurrentRubric {
  /** null when the workbook holds no rubric. */
  id: string | null;
  position: SelectionPosition;
}

export async function currentRubric(context: WorkbookContext): Promise<CurrentRubric> {
  const position = await selectionPosition(context);
  return { id: position.evaluation?.rubricId ?? position.rubricId ?? position.rubrics[0] ?? null, position };
}

/** The current rubric; throws when the workbook holds none yet. */
export async function requireRubric(context: WorkbookContext): Promise<{ id: string; position: SelectionPosition }> {
  const current = await currentRubric(context);
  if (current.id === null) throw new Error("the workbook has no rubric yet: create one first");
  return { id: current.id, position: current.position };
}
