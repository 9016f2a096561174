// RUBRIC.CHECK and the sheet's live checks: every problem of a criteria table and a bands table (checkText words them).
import { Problem, mergeProblems as merge } from "./problem";
import { Cells, readBandsTable, readCriteriaTable } from "./table";
import { validateBands, validateCriteria } from "./validate";

export function checkTables(criteriaCells: Cells, bandsCells?: Cells | null): Problem[] {
  const criteria = readCriteriaTable(criteriaCells);
  const problems = merge(criteria.problems, criteria.criteria.length ? validateCriteria(criteria.criteria) : []);
  if (criteria.problems.length === 0 && criteria.criteria.length === 0) problems.push(...validateCriteria([]));
  if (bandsCells) {
    const bands = readBandsTable(bandsCells);
    problems.push(...merge(bands.problems, validateBands(bands.bands)));
  }
  return problems;
}
