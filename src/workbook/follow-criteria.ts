// followCriteriaChange: after a user edits the criteria table in the grid (the table's changed event), the score
// cells of each criterion whose Levels, Max or Allow NA cell changed get the validation those now call for. Only
// those columns' validation is written, nothing else; nothing at all while the rubric reads with a problem (a
// half-typed level list must not make the score cells refuse good scores). Writing a rule again is harmless, so an
// event for the add-in's own write costs a write and changes nothing.
// Syncs: readRubric's two (the changed rows' ids and the evaluations header in its second), one write when needed.
import { cellString } from "../rubric/table";
import { CriteriaColumn } from "../rubric/vocabulary";
import { cellAddress, parseAddress } from "./address";
import { criteriaLayout } from "./criteria-layout";
import { evaluationsLayout } from "./evaluations-layout";
import { tableNames } from "./layout";
import { readRubric } from "./read-rubric";
import { applyScoreValidation } from "./validation";

/** The columns of the criteria table a score cell's validation depends on. */
const RULE_COLUMNS: readonly CriteriaColumn[] = ["levels", "max", "allowNA"];

export interface FollowCriteriaResult {
  /** Criterion ids whose score cells got their validation again. */
  validated: string[];
  /** Why nothing was written: the rubric has problems, or the change touched no Levels, Max or Allow NA cell. */
  skipped?: "invalid" | "unrelated";
}

/** `changed`: the changed area of the criteria table as TableChangedEventArgs.address gives it ("F12", "E5:G9",
 * with or without the sheet). */
export async function followCriteriaChange(
  context: Excel.RequestContext,
  rubricId: string,
  changed: string,
): Promise<FollowCriteriaResult> {
  const names = tableNames(rubricId);
  let criteria: Excel.Range | undefined;
  let header: Excel.Range | undefined;
  const read = await readRubric(context, rubricId, {
    beforeRead: () => {
      criteria = context.workbook.tables.getItem(names.criteria).getRange().load("values,address");
      header = context.workbook.tables.getItem(names.evaluations).getHeaderRowRange().load("values,address");
    },
  });
  if (!read.rubric || !criteria || !header) return { validated: [], skipped: "invalid" };

  // The changed cells within the table: which rows, and do they include a column the rule depends on?
  const table = parseAddress(criteria.address);
  const box = parseAddress(changed);
  const layout = criteriaLayout(criteria.values[0]);
  const columns = Array.from({ length: box.columns }, (_, k) => box.column + k - table.column);
  if (!columns.some((c) => RULE_COLUMNS.includes(layout.columns[c] as CriteriaColumn))) {
    return { validated: [], skipped: "unrelated" };
  }
  const idColumn = layout.columns.indexOf("id");
  const rows = criteria.values.slice(1).filter((_, r) => {
    const row = table.row + 1 + r;
    return row >= box.row && row < box.row + box.rows;
  });
  const ids = new Set(rows.map((row) => cellString(row[idColumn]).trim().toUpperCase()));
  const wanted = read.rubric.criteria.filter((c) => ids.has(c.id.toUpperCase()));

  const evaluations = context.workbook.tables.getItem(names.evaluations);
  const origin = parseAddress(header.address);
  const headers = header.values[0].map((h) => String(h ?? ""));
  const scores = evaluationsLayout(headers);
  const validated: string[] = [];
  for (const criterion of wanted) {
    const k = scores.scores.findIndex((h) => h.toUpperCase() === criterion.id.toUpperCase());
    if (k < 0) continue; // no column yet: the pane's next structured edit adds it (syncColumns)
    const index = scores.scoreAt[k];
    const body = evaluations.columns.getItem(headers[index]).getDataBodyRange();
    applyScoreValidation(body, criterion, cellAddress(origin.row + 1, origin.column + index));
    validated.push(criterion.id);
  }
  if (validated.length > 0) await context.sync();
  return { validated };
}
