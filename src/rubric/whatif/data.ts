// The evaluations as the what-if reads them: converted once per read of the evaluations (not once per scratch edit)
// into typed arrays, so re-scoring them under a tried rubric touches no object and allocates nothing per evaluation.
// Raw values are classified here, once, with the engine's own reader (classifyValue); names (person, team,
// reviewer) become small integers; dates become UTC days and months.
import { dayOf } from "../calendar";
import { EvaluationInput } from "../evaluation";
import { INVALID, NA, classifyValue } from "../value";

/** An evaluation as the pane's evaluations store holds it (EvaluationRecord fits). */
export interface WhatIfEvaluation extends EvaluationInput {
  /** The evaluation's stable key ("" until the pane first reads its row). */
  key: string;
  /** The row number Excel shows for it: what the pane selects and messages name. */
  sheetRow: number;
}

/** What a score cell holds, as classified once. */
export const CELL_NUMBER = 0;
export const CELL_BLANK = 1;
export const CELL_NA = 2;
export const CELL_INVALID = 3;

/** A list of distinct names and, per evaluation, which one it has ("" when it has none). */
export interface Names {
  readonly names: readonly string[];
  /** names[of[i]] is evaluation i's name. */
  readonly of: Int32Array;
}

export interface EvaluationData {
  readonly evaluations: readonly WhatIfEvaluation[];
  readonly count: number;
  /** The score columns, as the evaluations first spell their ids. */
  readonly columns: readonly string[];
  /** Column by id folded (trimmed, upper case), as the sheet matches score columns to criteria. */
  readonly columnOf: ReadonlyMap<string, number>;
  /** columns.length × count, column by column (the kernel reads a criterion's column in one sweep):
   * cells[c * count + i] says what evaluation i holds in column c. */
  readonly cells: Uint8Array;
  /** The number where cells says CELL_NUMBER, NaN elsewhere (so the kernel looks at cells only for a NaN). */
  readonly values: Float64Array;
  /** UTC day (days since 1970-01-01), NaN without a readable date. */
  readonly day: Float64Array;
  /** year × 12 + month − 1 of the day, −1 without one. */
  readonly month: Int32Array;
  /** The Rubric version cell, NaN when blank (the row then follows the latest version). */
  readonly version: Float64Array;
  readonly person: Names;
  readonly team: Names;
  readonly reviewer: Names;
  /** Per column and maximum, value / max for each evaluation (NaN where the cell is no number in 0 .. max): filled
   * by fractionsOf the first time a rubric asks, then shared by every rubric with that maximum. */
  readonly fractions: Map<string, Float64Array>;
}

/** How score columns are matched to criteria (as src/rubric/keyed.ts does). */
export const foldId = (id: string): string => id.trim().toUpperCase();

function namesOf(evaluations: readonly WhatIfEvaluation[], field: "person" | "team" | "reviewer"): Names {
  const index = new Map<string, number>();
  const names: string[] = [];
  const of = new Int32Array(evaluations.length);
  for (let i = 0; i < evaluations.length; i++) {
    const name = evaluations[i][field] ?? "";
    let k = index.get(name);
    if (k === undefined) {
      k = names.length;
      names.push(name);
      index.set(name, k);
    }
    of[i] = k;
  }
  return { names, of };
}

/** The columns every evaluation names, in the order first met. */
function columnsOf(evaluations: readonly WhatIfEvaluation[]) {
  const columnOf = new Map<string, number>();
  const columns: string[] = [];
  let shape: string[] = [];
  for (const evaluation of evaluations) {
    const ids = Object.keys(evaluation.values);
    // Rows read from one table share their keys: only a row with new keys is looked at id by id.
    if (ids.length === shape.length && ids.every((id, j) => id === shape[j])) continue;
    shape = ids;
    for (const id of ids) {
      const key = foldId(id);
      if (!columnOf.has(key)) {
        columnOf.set(key, columns.length);
        columns.push(id);
      }
    }
  }
  return { columns, columnOf };
}

/** Reads the evaluations once; every later step works on what this returns. */
export function evaluationData(evaluations: readonly WhatIfEvaluation[]): EvaluationData {
  const count = evaluations.length;
  const { columns, columnOf } = columnsOf(evaluations);
  const width = columns.length;
  // A column a row does not name is blank in that row.
  const cells = new Uint8Array(count * width).fill(CELL_BLANK);
  const values = new Float64Array(count * width).fill(NaN);
  const day = new Float64Array(count);
  const month = new Int32Array(count);
  const version = new Float64Array(count);
  let shape: string[] = [];
  let shapeColumns: number[] = [];
  const dates = new Map<WhatIfEvaluation["date"], [number, number]>();
  for (let i = 0; i < count; i++) {
    const evaluation = evaluations[i];
    const ids = Object.keys(evaluation.values);
    if (ids.length !== shape.length || !ids.every((id, j) => id === shape[j])) {
      shape = ids;
      shapeColumns = ids.map((id) => columnOf.get(foldId(id))!);
    }
    for (let j = 0; j < ids.length; j++) {
      const raw = evaluation.values[ids[j]];
      // As Scorer.score reads a value: any number but NaN as it is (an infinite one is then out of range).
      const v = typeof raw === "number" && raw === raw ? raw : classifyValue(raw);
      const at = shapeColumns[j] * count + i;
      if (v === null) continue;
      if (v === NA) cells[at] = CELL_NA;
      else if (v === INVALID) cells[at] = CELL_INVALID;
      else {
        cells[at] = CELL_NUMBER;
        values[at] = v;
      }
    }
    // Dates repeat (a few hundred days for thousands of rows): each distinct one is read once.
    let when = dates.get(evaluation.date);
    if (when === undefined) {
      const d = dayOf(evaluation.date);
      when = d === undefined ? [NaN, -1] : [d, monthOfDay(d)];
      dates.set(evaluation.date, when);
    }
    day[i] = when[0];
    month[i] = when[1];
    version[i] = typeof evaluation.version === "number" ? evaluation.version : NaN;
  }
  return {
    evaluations,
    count,
    columns,
    columnOf,
    cells,
    values,
    day,
    month,
    version,
    person: namesOf(evaluations, "person"),
    team: namesOf(evaluations, "team"),
    reviewer: namesOf(evaluations, "reviewer"),
    fractions: new Map(),
  };
}

const MAX_FRACTION_TABLES = 256;

/** value / max of column `column` for every evaluation, NaN where it is no number in 0 .. max (blank, NA, text, out
 * of range): the engine's f = v / max, computed once per column and maximum rather than once per scoring. */
export function fractionsOf(data: EvaluationData, column: number, max: number): Float64Array {
  const key = `${column} ${max}`;
  let fractions = data.fractions.get(key);
  if (fractions === undefined) {
    const n = data.count;
    const values = data.values.subarray(column * n, (column + 1) * n);
    fractions = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = values[i];
      fractions[i] = v >= 0 && v <= max ? v / max : NaN;
    }
    // Versions and trials rarely bring new maxima; should one edit maxima at length, start over rather than grow.
    if (data.fractions.size >= MAX_FRACTION_TABLES) data.fractions.clear();
    data.fractions.set(key, fractions);
  }
  return fractions;
}

const DAY_MS = 86_400_000;

/** year × 12 + month − 1 of a UTC day. */
export function monthOfDay(day: number): number {
  const date = new Date(day * DAY_MS);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** A month number as yyyy-mm. */
export function monthText(month: number): string {
  const year = Math.floor(month / 12);
  return `${String(year).padStart(4, "0")}-${String((month % 12) + 1).padStart(2, "0")}`;
}
