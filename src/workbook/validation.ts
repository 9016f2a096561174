// Data validation for score cells: a list of the level points (plus NA where allowed) where the criterion has
// levels, otherwise a decimal from 0 to max; with NA allowed and no levels, a custom formula accepting both.
import { Criterion } from "../rubric/model";
import { NA } from "../rubric/value";

export type ScoreRule = Excel.DataValidationRule;

/** `firstCell`: the relative A1 address of the range's top-left cell (custom formulas are relative to it). */
export function scoreValidationRule(criterion: Criterion, firstCell: string): ScoreRule {
  const levels = criterion.levels ?? [];
  if (levels.length > 0) {
    const items = levels.map((l) => String(l.points));
    if (criterion.allowNA) items.push(NA);
    return { list: { inCellDropDown: true, source: items.join(",") } };
  }
  if (criterion.allowNA) {
    const x = firstCell;
    return {
      custom: {
        formula: `=OR(AND(ISNUMBER(${x}),${x}>=0,${x}<=${criterion.max}),UPPER(TRIM(${x}))="NA",UPPER(TRIM(${x}))="N/A")`,
      },
    };
  }
  return { decimal: { formula1: 0, formula2: criterion.max, operator: "Between" } };
}

export function scoreValidationMessage(criterion: Criterion): Excel.DataValidationErrorAlert {
  const levels = criterion.levels ?? [];
  const allowed = levels.length > 0 ? levels.map((l) => l.points).join(", ") : `a number from 0 to ${criterion.max}`;
  return {
    showAlert: true,
    style: "Stop",
    title: criterion.id,
    message: `${criterion.id}: ${allowed}${criterion.allowNA ? ", or NA" : ""}`,
  };
}

/** Queues the rule on a range (no sync). Clears an existing rule first: Excel refuses to set over one. */
export function applyScoreValidation(range: Excel.Range, criterion: Criterion, firstCell: string): void {
  range.dataValidation.clear();
  range.dataValidation.rule = scoreValidationRule(criterion, firstCell);
  range.dataValidation.errorAlert = scoreValidationMessage(criterion);
}
