// Excel recalculates RUBRIC.TOTAL once per evaluation row, each time handing over the same criteria table as fresh
// arrays. Reading and validating that table once per distinct content, not once per row, keeps a recalculation of
// thousands of rows cheap. The check compares every cell, so any edit to the table is seen at once.
import { Criterion } from "./model";
import { Problem, mergeProblems } from "./problem";
import { Scorer } from "./score";
import { Cells, readCriteriaTable } from "./table";
import { validateCriteria } from "./validate";

export interface PreparedCriteria {
  criteria: Criterion[];
  problems: Problem[];
  /** Present when there are no problems. */
  scorer?: Scorer;
}

let lastFlat: unknown[] = [];
let lastWidths: number[] = [];
let lastDecimals = -1;
let last: PreparedCriteria | undefined;

function sameAsLast(cells: Cells, decimals: number): boolean {
  if (last === undefined || decimals !== lastDecimals || cells.length !== lastWidths.length) return false;
  let k = 0;
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r];
    if (row.length !== lastWidths[r]) return false;
    for (let c = 0; c < row.length; c++) if (row[c] !== lastFlat[k++]) return false;
  }
  return true;
}

function remember(cells: Cells, decimals: number, prepared: PreparedCriteria): void {
  lastFlat = cells.flat();
  lastWidths = cells.map((row) => row.length);
  lastDecimals = decimals;
  last = prepared;
}

/** The criteria of a table (header row first), checked for scoring, with a Scorer when they are valid. */
export function prepareCriteria(cells: Cells, decimals: number): PreparedCriteria {
  if (sameAsLast(cells, decimals)) return last!;
  const table = readCriteriaTable(cells, { levels: false });
  const problems = mergeProblems(table.problems, validateCriteria(table.criteria, { scoringOnly: true }));
  const prepared: PreparedCriteria = { criteria: table.criteria, problems };
  if (problems.length === 0) prepared.scorer = new Scorer(table.criteria, { scale: 100, decimals });
  remember(cells, decimals, prepared);
  return prepared;
}
