// Excel recalculates RUBRIC.TOTAL once per evaluation row, each time handing over the same criteria table as fresh
// arrays. Reading and validating that table once per distinct content, not once per row, keeps a recalculation of
// thousands of rows cheap. The check compares every cell, so any edit to the table is seen at once.
import { Criterion, RubricSettings } from "./model";
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

interface Entry {
  flat: unknown[];
  widths: number[];
  settings: RubricSettings;
  prepared: PreparedCriteria;
}

/** A few entries, so that workbooks with several rubrics recalculating in turn still hit. */
const CAPACITY = 4;
const entries: Entry[] = [];

function holds(entry: Entry, cells: Cells, settings: RubricSettings): boolean {
  const same = settings.decimals === entry.settings.decimals && settings.scale === entry.settings.scale;
  if (!same || cells.length !== entry.widths.length) return false;
  const flat = entry.flat;
  let k = 0;
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r];
    if (row.length !== entry.widths[r]) return false;
    for (let c = 0; c < row.length; c++) if (row[c] !== flat[k++]) return false;
  }
  return true;
}

function remember(cells: Cells, settings: RubricSettings, prepared: PreparedCriteria): void {
  const flat: unknown[] = [];
  const widths: number[] = [];
  for (const row of cells) {
    widths.push(row.length);
    for (let c = 0; c < row.length; c++) flat.push(row[c]);
  }
  entries.unshift({ flat, widths, settings: { ...settings }, prepared });
  if (entries.length > CAPACITY) entries.pop();
}

/** The criteria of a table (header row first), checked for scoring, with a Scorer when they are valid. */
export function prepareCriteria(cells: Cells, settings: RubricSettings): PreparedCriteria {
  for (let i = 0; i < entries.length; i++) {
    if (holds(entries[i], cells, settings)) return entries[i].prepared;
  }
  const table = readCriteriaTable(cells, { levels: false });
  const problems = mergeProblems(table.problems, validateCriteria(table.criteria, { scoringOnly: true }));
  const prepared: PreparedCriteria = { criteria: table.criteria, problems };
  if (problems.length === 0) prepared.scorer = new Scorer(table.criteria, { ...settings });
  remember(cells, settings, prepared);
  return prepared;
}
