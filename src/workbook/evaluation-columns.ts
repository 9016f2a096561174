// The parts of an evaluations table that depend on its criteria columns: the label row above the header, the
// formula columns (Total over the active criteria, Points, Band), formats, and score-cell validation. Used by
// createRubric and syncColumns; queues commands only (no sync).
import { Criterion } from "../rubric/model";
import { cellAddress, rangeAddress, sheetCellReference } from "./address";
import { fillRange } from "./fill";
import { bandFormula, pointsFormula, totalFormula } from "./formulas";
import { WorkbookLanguage } from "./language";
import {
  EVALUATION_HEADER_TEXT,
  EvaluationColumn,
  NUMBER_FORMATS,
  SETTINGS_VALUE_COLUMN,
  TableNames,
  evaluationColumn,
  settingRow,
  totalFormat,
} from "./layout";
import { applyScoreValidation } from "./validation";

export interface EvaluationColumnsPlan {
  language: WorkbookLanguage;
  names: TableNames;
  rubricSheet: string;
  /** The table's headers as they will be after any inserts queued before this call. */
  headers: readonly string[];
  /** Where the header row starts (0-based); the label row is the row above. */
  origin?: { row: number; column: number };
  /** Criteria of the rubric (for validation of new columns). */
  criteria: readonly Criterion[];
  /** Ids of the active criteria columns, in sheet order. */
  active: readonly string[];
  /** The label-row text for every header position. */
  labels: readonly string[];
  /** Score columns to give formats and validation (new columns). */
  formatScores: readonly string[];
  /** Decimals for the Total format. */
  decimals?: number;
}

/** The score columns of a header row: everything that is not a fixed column. */
export function scoreColumns(headers: readonly unknown[]): string[] {
  return headers.filter((h) => evaluationColumn(h) === undefined).map((h) => String(h));
}

export function headerOf(headers: readonly unknown[], column: EvaluationColumn): string | undefined {
  const found = headers.find((h) => evaluationColumn(h) === column);
  return found === undefined ? undefined : String(found);
}

export function writeEvaluationColumns(sheet: Excel.Worksheet, table: Excel.Table, plan: EvaluationColumnsPlan): void {
  const { names, headers, language } = plan;
  const origin = plan.origin ?? { row: 2, column: 0 };
  sheet.getRange(rangeAddress(origin.row - 1, origin.column, 1, headers.length)).values = [[...plan.labels]];

  const scores = scoreColumns(headers);
  const header = (c: EvaluationColumn) => headerOf(headers, c) ?? EVALUATION_HEADER_TEXT[language][c];
  const bodyOf = (name: string) => table.columns.getItem(name).getDataBodyRange();
  const decimals = sheetCellReference(plan.rubricSheet, settingRow("decimals"), SETTINGS_VALUE_COLUMN);
  const scale = sheetCellReference(plan.rubricSheet, settingRow("scale"), SETTINGS_VALUE_COLUMN);

  const total = bodyOf(header("total"));
  fillRange(
    total,
    "formulas",
    totalFormula({
      evaluations: names.evaluations,
      criteria: names.criteria,
      first: scores[0] ?? "",
      last: scores[scores.length - 1] ?? "",
      active: plan.active,
      decimals,
      scale,
      language,
    }),
  );
  fillRange(total, "numberFormat", totalFormat(plan.decimals ?? 1));
  const points = bodyOf(header("points"));
  fillRange(points, "formulas", pointsFormula(names.evaluations, names.bands, header("total")));
  fillRange(points, "numberFormat", NUMBER_FORMATS.points);
  fillRange(bodyOf(header("band")), "formulas", bandFormula(names.evaluations, names.bands, header("total")));
  fillRange(bodyOf(header("date")), "numberFormat", NUMBER_FORMATS.date);
  fillRange(bodyOf(header("version")), "numberFormat", NUMBER_FORMATS.version);

  for (const id of plan.formatScores) {
    const criterion = plan.criteria.find((c) => c.id.toUpperCase() === id.toUpperCase());
    const index = headers.findIndex((h) => h.toUpperCase() === id.toUpperCase());
    if (!criterion || index < 0) continue;
    const body = bodyOf(headers[index]);
    fillRange(body, "numberFormat", NUMBER_FORMATS.score);
    applyScoreValidation(body, criterion, cellAddress(origin.row + 1, origin.column + index));
  }
}
