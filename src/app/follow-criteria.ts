// After a grid edit of the criteria table: the score cells of each changed criterion get the validation its Levels,
// Max and Allow NA now call for (nothing while the rubric reads with a problem). Loaded on demand: only a grid edit
// of the criteria table runs it.
import { FollowCriteriaResult, followCriteriaChange } from "../workbook/follow-criteria";
import { defineUseCase } from "./use-case";

export interface CriteriaChange {
  rubricId: string;
  /** The changed area of the criteria table (TableChangedEventArgs.address). */
  address: string;
}

export const followCriteriaEdit = defineUseCase(
  "followCriteriaEdit",
  (session, change: CriteriaChange): Promise<FollowCriteriaResult> =>
    session.run((context) => followCriteriaChange(context, change.rubricId, change.address)),
);
