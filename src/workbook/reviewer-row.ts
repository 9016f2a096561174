// What a reviewer last entered: the Person and Team of the last row whose Reviewer is that name, so a new
// evaluation starts with them (not with whatever the last row, perhaps another reviewer's, holds).
import { queueEvaluationsTable } from "./evaluations-table";

export interface ReviewerLastRow {
  person: string;
  team: string;
}

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());

/** The Person and Team of the last data row whose Reviewer is `reviewer` (trimmed, ignoring case); null when the
 * reviewer has none, or the table has no Reviewer column. Reads only those three columns: two syncs. */
export async function lastRowOfReviewer(
  context: Excel.RequestContext,
  rubricId: string,
  reviewer: string,
): Promise<ReviewerLastRow | null> {
  const wanted = reviewer.trim().toLowerCase();
  if (wanted === "") return null;
  const { body, layout: layoutOf } = queueEvaluationsTable(context, rubricId);
  await context.sync();
  const at = layoutOf().at;
  if (at.reviewer === undefined || body.rowCount === 0) return null;
  const column = (c: number | undefined) => (c === undefined ? undefined : body.getColumn(c).load("values"));
  const [reviewers, persons, teams] = [column(at.reviewer)!, column(at.person), column(at.team)];
  await context.sync();
  for (let i = reviewers.values.length - 1; i >= 0; i--) {
    if (text(reviewers.values[i][0]).toLowerCase() !== wanted) continue;
    return { person: text(persons?.values[i][0]), team: text(teams?.values[i][0]) };
  }
  return null;
}
