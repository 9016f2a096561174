// An edit that makes the rubric invalid is refused as an invalid rubric, so the pane's hint says to fix the rubric
// (not that the workbook may be protected). The rule itself is the domain's (rubric/edit-check.ts).
import { Rubric } from "../rubric/model";
import { refuseInvalidEdit } from "../rubric/edit-check";
import { RefusedError } from "./use-case";

export function refuseInvalid(before: Rubric, after: Rubric): void {
  try {
    refuseInvalidEdit(before, after);
  } catch (error) {
    throw new RefusedError("invalidRubric", error instanceof Error ? error.message : String(error));
  }
}
