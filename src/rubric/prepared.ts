// Excel recalculates RUBRIC.TOTAL once per evaluation row, each time handing over the criteria table as fresh arrays:
// the rubric's, or the rows of the version the evaluation is scored under. Reading and validating a table once per
// distinct content, not once per row, keeps a recalculation of thousands of rows cheap, whichever versions they are
// scored under. The check compares every cell, so any edit to the table is seen at once.
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
  /** Rows, the header row's width and a fingerprint of the cells: a table that differs in one is rejected at once. */
  rows: number;
  width: number;
  fingerprint: number;
  flat: unknown[];
  widths: number[];
  settings: RubricSettings;
  prepared: PreparedCriteria;
}

/** Enough entries for every published version of a rubric (each evaluation row is scored under its own version, so
 * a recalculation goes through the versions in turn), and for several rubrics in one workbook. */
export const PREPARED_CAPACITY = 64;
/** Most recently used first. */
const entries: Entry[] = [];

/** A number from a cell, cheap to compute: equal cells give equal numbers. Different cells may too (the cells are
 * compared after), but versions of one rubric rarely do: they differ in a weight, a max, a kind or an id. */
function cellFingerprint(v: unknown): number {
  switch (typeof v) {
    case "number":
      return (v * 1024) | 0;
    case "string":
      return v.length === 0 ? 7 : (v.length << 16) ^ v.charCodeAt(0) ^ (v.charCodeAt(v.length - 1) << 8);
    case "boolean":
      return v ? 3 : 5;
    default:
      return v === null ? 9 : 11;
  }
}

function fingerprintOf(cells: Cells): number {
  let h = cells.length;
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r];
    h = (Math.imul(h, 31) + row.length) | 0;
    for (let c = 0; c < row.length; c++) h = (Math.imul(h, 31) + cellFingerprint(row[c])) | 0;
  }
  return h;
}

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

function remember(cells: Cells, settings: RubricSettings, fingerprint: number, prepared: PreparedCriteria): void {
  const flat: unknown[] = [];
  const widths: number[] = [];
  for (const row of cells) {
    widths.push(row.length);
    for (let c = 0; c < row.length; c++) flat.push(row[c]);
  }
  const width = cells.length > 0 ? cells[0].length : 0;
  entries.unshift({ rows: cells.length, width, fingerprint, flat, widths, settings: { ...settings }, prepared });
  if (entries.length > PREPARED_CAPACITY) entries.pop();
}

/** The entry holding this table, moved to the front; undefined when none does. */
function find(cells: Cells, settings: RubricSettings, fingerprint: number): Entry | undefined {
  const rows = cells.length;
  const width = rows > 0 ? cells[0].length : 0;
  for (let i = 1; i < entries.length; i++) {
    const entry = entries[i];
    if (entry.fingerprint !== fingerprint || entry.rows !== rows || entry.width !== width) continue;
    if (!holds(entry, cells, settings)) continue;
    entries.splice(i, 1);
    entries.unshift(entry);
    return entry;
  }
  return undefined;
}

/** The criteria of a table (header row first), checked for scoring, with a Scorer when they are valid. */
export function prepareCriteria(cells: Cells, settings: RubricSettings): PreparedCriteria {
  // Most often the table the previous call saw (the rows of one version, or of a rubric without versions): compared
  // cell by cell at once. Otherwise the fingerprint passes over the others in one sweep.
  if (entries.length > 0 && holds(entries[0], cells, settings)) return entries[0].prepared;
  const fingerprint = fingerprintOf(cells);
  const found = find(cells, settings, fingerprint);
  if (found) return found.prepared;
  const table = readCriteriaTable(cells, { levels: false });
  const problems = mergeProblems(table.problems, validateCriteria(table.criteria, { scoringOnly: true }));
  const prepared: PreparedCriteria = { criteria: table.criteria, problems };
  if (problems.length === 0) prepared.scorer = new Scorer(table.criteria, { ...settings });
  remember(cells, settings, fingerprint, prepared);
  return prepared;
}
