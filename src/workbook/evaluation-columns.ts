// The parts of an evaluations table that depend on its criteria columns: the label row above the header, the
// formula columns (Total, Points, Band), formats, and score-cell validation. Used by
// createRubric and syncColumns; queues commands only (no sync).
import { Criterion, DEFAULT_SETTINGS } from "../rubric/model";
import { SHEET_VOCABULARY } from "../rubric/vocabulary";
import { cellAddress, rangeAddress } from "./address";
import {
  EVALUATIONS_COLUMN,
  EVALUATIONS_HEADER_ROW,
  EvaluationColumn,
  evaluationHeader,
  evaluationsLayout,
} from "./evaluations-layout";
import { fillRange } from "./fill";
import { versionedBandFormula, versionedPointsFormula, versionedTotalFormula } from "./formulas";
import { NUMBER_FORMATS, TableNames, totalFormat } from "./layout";
import { versionedFormulaNames } from "./versions/layout";
import { writeValues } from "./text-cells";
import { applyScoreValidation } from "./validation";

export interface EvaluationColumnsPlan {
  rubricId: string;
  names: TableNames;
  rubricSheet: string;
  /** The table's headers as they will be after any inserts queued before this call. */
  headers: readonly string[];
  /** Where the header row starts (0-based); the label row is the row above. */
  origin?: { row: number; column: number };
  /** Criteria of the rubric (for validation of new columns). */
  criteria: readonly Criterion[];
  /** The label-row text for every header position. */
  labels: readonly string[];
  /** Score columns to give formats and validation (new columns). */
  formatScores: readonly string[];
  /** Score columns whose validation is written again (a criterion's levels or Max may have changed). */
  validateScores?: readonly string[];
  /** Decimals for the Total format. */
  decimals?: number;
}

export function writeEvaluationColumns(sheet: Excel.Worksheet, table: Excel.Table, plan: EvaluationColumnsPlan): void {
  const { names, headers } = plan;
  const origin = plan.origin ?? { row: EVALUATIONS_HEADER_ROW, column: EVALUATIONS_COLUMN };
  writeValues(sheet.getRange(rangeAddress(origin.row - 1, origin.column, 1, headers.length)), [plan.labels]);

  const layout = evaluationsLayout(headers);
  const { scores, language } = layout;
  const header = (c: EvaluationColumn) => evaluationHeader(layout, c) ?? SHEET_VOCABULARY[language].evaluations[c];
  const bodyOf = (name: string) => table.columns.getItem(name).getDataBodyRange();
  // Every row is scored under its own version (versions/layout.ts): the formulas name the versions sheet's tables.
  const versioned = versionedFormulaNames(plan.rubricId, language, {
    table: names.evaluations,
    versionHeader: header("version"),
  });

  const total = bodyOf(header("total"));
  fillRange(
    total,
    "formulas",
    versionedTotalFormula({ names: versioned, first: scores[0] ?? "", last: scores[scores.length - 1] ?? "" }),
  );
  fillRange(total, "numberFormat", totalFormat(plan.decimals ?? DEFAULT_SETTINGS.decimals));
  const points = bodyOf(header("points"));
  fillRange(points, "formulas", versionedPointsFormula(versioned, header("total")));
  fillRange(points, "numberFormat", NUMBER_FORMATS.points);
  fillRange(bodyOf(header("band")), "formulas", versionedBandFormula(versioned, header("total")));
  fillRange(bodyOf(header("date")), "numberFormat", NUMBER_FORMATS.date);
  fillRange(bodyOf(header("version")), "numberFormat", NUMBER_FORMATS.version);

  const formatted = new Set(plan.formatScores.map((id) => id.toUpperCase()));
  const validated = new Set([...formatted, ...(plan.validateScores ?? []).map((id) => id.toUpperCase())]);
  for (const id of validated) {
    const criterion = plan.criteria.find((c) => c.id.toUpperCase() === id);
    const k = scores.findIndex((h) => h.toUpperCase() === id);
    if (!criterion || k < 0) continue;
    const index = layout.scoreAt[k];
    const body = bodyOf(headers[index]);
    if (formatted.has(id)) fillRange(body, "numberFormat", NUMBER_FORMATS.score);
    applyScoreValidation(body, criterion, cellAddress(origin.row + 1, origin.column + index));
  }
}
