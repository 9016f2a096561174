// syncColumns: keeps the evaluations table's criterion columns in step with the criteria table, BY ID.
//
// - A criterion without a column gets one, inserted at the end of the score block, with its label above and its
//   validation.
// - A column whose id is no longer a criterion is retired: header and values stay, the label row says "retired:
//   <old label>", and RUBRIC.TOTAL (which ignores unknown ids) leaves it out.
//   Columns are never deleted. A criterion that comes back under its old id makes its column active again.
// - A renamed id cannot be told apart from a removal plus an addition (the criteria table has no stable key), so it
//   is treated as one: the old column is retired with its scores, a new empty column is added.
// Only the label row, the new columns and the formula columns are written; score cells are never touched.
// Two syncs: one read (criteria, headers, labels), one write.
import { queueTableCells } from "./table-cells";
import { DEFAULT_SETTINGS } from "../rubric/model";
import { readCriteriaTable } from "../rubric/table";
import { CRITERION_ID_PATTERN } from "../rubric/validate";
import { cellNumber } from "../rubric/value";
import { evaluationColumn, retiredLabel } from "../rubric/vocabulary";
import { cellAddress, parseAddress } from "./address";
import { writeEvaluationColumns } from "./evaluation-columns";
import { evaluationsLayout } from "./evaluations-layout";
import { SETTINGS_VALUE_COLUMN, settingRow, tableNames } from "./layout";

export interface SyncColumnsResult {
  /** Criterion ids that got a new column. */
  added: string[];
  /** Score columns now retired (no longer a criterion), including ones retired before. */
  retired: string[];
  /** Score columns in use, in sheet order. */
  active: string[];
}

export async function syncColumns(context: Excel.RequestContext, rubricId: string): Promise<SyncColumnsResult> {
  const names = tableNames(rubricId);
  const criteriaTable = context.workbook.tables.getItem(names.criteria);
  const criteriaCells = queueTableCells(criteriaTable);
  const rubricSheet = criteriaTable.worksheet.load("name");
  const decimalsCell = criteriaTable.worksheet
    .getRange(cellAddress(settingRow("decimals"), SETTINGS_VALUE_COLUMN))
    .load("values");
  const evaluations = context.workbook.tables.getItem(names.evaluations);
  const header = evaluations.getHeaderRowRange().load("values,address");
  const labelRow = header.getOffsetRange(-1, 0).load("values");
  await context.sync();

  const criteria = readCriteriaTable(criteriaCells().values).criteria.filter(
    (c) => CRITERION_ID_PATTERN.test(c.id) && evaluationColumn(c.id) === undefined,
  );
  const layout = evaluationsLayout(header.values[0]);
  const { headers, language } = layout;
  const labels = labelRow.values[0].map((l) => (l === null || l === undefined ? "" : String(l)));
  const known = new Set(layout.scores.map((id) => id.toUpperCase()));
  const added = criteria.map((c) => c.id).filter((id) => !known.has(id.toUpperCase()));

  // Insert new columns after the last score column (or after Reviewer when there is none).
  const insertAt = (layout.scoreAt[layout.scoreAt.length - 1] ?? layout.at.reviewer ?? -1) + 1;
  added.forEach((id, k) => evaluations.columns.add(insertAt + k, undefined, id));
  const newHeaders = [...headers.slice(0, insertAt), ...added, ...headers.slice(insertAt)];
  const oldLabels = [...labels.slice(0, insertAt), ...added.map(() => ""), ...labels.slice(insertAt)];

  const byId = new Map(criteria.map((c) => [c.id.toUpperCase(), c]));
  const scores = evaluationsLayout(newHeaders).scores;
  const active = scores.filter((id) => byId.has(id.toUpperCase()));
  const retired = scores.filter((id) => !byId.has(id.toUpperCase()));
  const newLabels = newHeaders.map((h, i) => {
    if (evaluationColumn(h) !== undefined) return oldLabels[i];
    const criterion = byId.get(h.toUpperCase());
    return criterion ? criterion.label : retiredLabel(language, oldLabels[i]);
  });
  const box = parseAddress(header.address);
  writeEvaluationColumns(header.worksheet, evaluations, {
    rubricId,
    names,
    rubricSheet: rubricSheet.name,
    headers: newHeaders,
    origin: { row: box.row, column: box.column },
    criteria,
    labels: newLabels,
    formatScores: added,
    // Levels or Max may have changed: every active column's rule follows the criteria as they are now.
    validateScores: active,
    decimals: cellNumber(decimalsCell.values[0][0]) ?? DEFAULT_SETTINGS.decimals,
  });
  await context.sync();
  return { added, retired, active };
}
