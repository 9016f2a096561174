// Reading criteria and bands from table cells (a header row, then data rows), as Excel hands them over:
// numbers, text, booleans, error values, and blanks as null (web), "" (the sheet formulas' blank guard, both hosts)
// or 0 (desktop, unguarded). Only the guard tells a blank Weight from a typed 0; unguarded, desktop reads it as 0.
import { Band, Criterion } from "./model";
import { ParamArgs, ProblemCode, ProblemParams } from "./messages";
import { Problem, problemAt } from "./problem";
import {
  BANDS_HEADERS,
  BandsColumn,
  CRITERIA_HEADERS,
  CriteriaColumn,
  foldHeader,
  parseKind,
  parseYesNo,
} from "./vocabulary";
import { readLevels } from "./levels";
import { cellNumber, showValue, isBlankCell } from "./value";

export type Cells = readonly (readonly unknown[])[];

export interface CriteriaTable {
  criteria: Criterion[];
  /** criteria[i] came from data row rowOf[i] (0 = first row under the header); blank rows are skipped. */
  rowOf: number[];
  /** Column index of each header found. */
  columns: Partial<Record<CriteriaColumn, number>>;
  problems: Problem[];
}

export interface BandsTable {
  bands: Band[];
  rowOf: number[];
  hasHeader: boolean;
  problems: Problem[];
}

const REQUIRED_CRITERIA_COLUMNS: CriteriaColumn[] = ["id", "weight", "max"];

/** Desktop Excel passes an empty cell of a range argument as 0: in a text column, or across a whole row, 0 is blank. */
const isBlankOrZero = (v: unknown) => v === 0 || isBlankCell(v);

/** Numbers in table cells are read as the engine reads scores. */
export { cellNumber };

/** A cell as text: blank (null, "" or desktop's 0) is ""; a boolean as Excel shows it ("TRUE"). Not trimmed: a
 * label, description or title reads back exactly as it was written (text cells keep what they are given). */
export function cellString(v: unknown): string {
  if (v === null || v === undefined || v === 0) return "";
  return typeof v === "boolean" ? String(v).toUpperCase() : String(v);
}

/** An id, a kind, a status: trimmed. */
const cellText = (v: unknown): string => cellString(v).trim();

function findColumns<K extends string>(header: readonly unknown[], words: Map<string, K>): Partial<Record<K, number>> {
  const columns: Partial<Record<K, number>> = {};
  header.forEach((cell, index) => {
    const key = words.get(foldHeader(cell));
    if (key !== undefined && columns[key] === undefined) columns[key] = index;
  });
  return columns;
}

/** Reads a criteria table whose first row is the header. `levels: false` skips the Levels column (scoring needs
 * no levels). */
export function readCriteriaTable(cells: Cells, options: { levels?: boolean } = {}): CriteriaTable {
  const problems: Problem[] = [];
  const columns = cells.length > 0 ? findColumns(cells[0], CRITERIA_HEADERS) : {};
  const missing = REQUIRED_CRITERIA_COLUMNS.filter((c) => columns[c] === undefined);
  if (missing.length > 0) {
    problems.push(problemAt({ scope: "criteria" }, "missing-columns", { columns: missing.join(",") }));
    return { criteria: [], rowOf: [], columns, problems };
  }
  const criteria: Criterion[] = [];
  const rowOf: number[] = [];
  const withLevels = options.levels !== false;
  for (let r = 1; r < cells.length; r++) {
    const row = cells[r];
    if (row.every(isBlankOrZero)) continue;
    criteria.push(readCriterionRow(row, columns, criteria.length, withLevels, problems));
    rowOf.push(r - 1);
  }
  return { criteria, rowOf, columns, problems };
}

type CriteriaColumns = Partial<Record<CriteriaColumn, number>>;
type Report = <C extends ProblemCode>(field: string, code: C, ...args: ParamArgs<ProblemParams[C]>) => void;

// Module-level functions rather than closures per row: RUBRIC.TOTAL reads a table on every changed recalculation.
const cellAt = (row: readonly unknown[], column: number | undefined): unknown =>
  column === undefined ? undefined : row[column];

function numberAt(
  row: readonly unknown[],
  columns: CriteriaColumns,
  field: "weight" | "max",
  blankValue: number | undefined,
  problem: Report,
): number {
  const v = cellAt(row, columns[field]);
  if (blankValue !== undefined && isBlankCell(v)) return blankValue;
  const n = cellNumber(v);
  if (n === undefined) {
    if (isBlankCell(v)) problem(field, "blank");
    else problem(field, "value-not-a-number", { value: showValue(v) });
  }
  return n ?? NaN;
}

function readCriterionRow(
  row: readonly unknown[],
  columns: CriteriaColumns,
  index: number,
  withLevels: boolean,
  problems: Problem[],
): Criterion {
  const id = cellText(cellAt(row, columns.id));
  const problem: Report = (field, code, ...args) =>
    problems.push(problemAt({ scope: "criterion", index, id, field }, code, ...args));
  const kindCell = cellAt(row, columns.kind);
  const kind = parseKind(kindCell);
  if (kind === undefined)
    problem("kind", "not-a-kind", { value: showValue(typeof kindCell === "string" ? kindCell.trim() : kindCell) });
  const allowNACell = cellAt(row, columns.allowNA);
  const allowNA = parseYesNo(allowNACell);
  if (allowNA === undefined) problem("allowNA", "not-yes-no", { value: showValue(allowNACell) });
  const criterion: Criterion = {
    id,
    label: cellString(cellAt(row, columns.label)),
    kind: kind ?? "score",
    weight: numberAt(row, columns, "weight", kind === "gate" ? 0 : undefined, problem),
    max: numberAt(row, columns, "max", undefined, problem),
    allowNA: allowNA ?? false,
  };
  if (columns.description !== undefined) {
    const description = cellString(row[columns.description]);
    if (description) criterion.description = description;
  }
  if (columns.section !== undefined) {
    const section = cellString(row[columns.section]);
    if (section) criterion.section = section;
  }
  if (withLevels && columns.levels !== undefined && !isBlankOrZero(row[columns.levels])) {
    const parsed = readLevels(cellString(row[columns.levels]));
    if ("part" in parsed) problem("levels", "levels-syntax", { part: parsed.part });
    else criterion.levels = parsed.levels;
  }
  return criterion;
}

/** Reads bands from a 2- or 3-column range (from, points, [label]); the header row is optional. */
export function readBandsTable(cells: Cells): BandsTable {
  const problems: Problem[] = [];
  const first = cells[0] ?? [];
  const hasHeader = typeof first[1] === "string" && cellNumber(first[1]) === undefined;
  const found = hasHeader ? findColumns(first, BANDS_HEADERS) : {};
  const columns: Record<BandsColumn, number | undefined> = hasHeader
    ? { from: found.from, points: found.points, label: found.label }
    : { from: 0, points: 1, label: first.length > 2 ? 2 : undefined };
  if (hasHeader && (columns.from === undefined || columns.points === undefined)) {
    problems.push(problemAt({ scope: "bands" }, "missing-band-columns"));
    return { bands: [], rowOf: [], hasHeader, problems };
  }
  const bands: Band[] = [];
  const rowOf: number[] = [];
  for (let r = hasHeader ? 1 : 0; r < cells.length; r++) {
    const row = cells[r];
    // A row of zeros is how desktop Excel passes empty rows; as a first band it would mean the same as blank -> 0.
    if (row.every(bands.length > 0 ? isBlankOrZero : isBlankCell)) continue;
    const index = bands.length;
    const at: Report = (field, code, ...args) =>
      problems.push(problemAt({ scope: "band", index, field }, code, ...args));
    const fromCell = row[columns.from!];
    const from = isBlankCell(fromCell) ? null : cellNumber(fromCell);
    if (from === undefined) at("from", "value-not-a-number", { value: showValue(fromCell) });
    const pointsCell = row[columns.points!];
    const points = cellNumber(pointsCell);
    if (points === undefined && isBlankCell(pointsCell)) at("points", "blank");
    else if (points === undefined) at("points", "value-not-a-number", { value: showValue(pointsCell) });
    const band: Band = { from: from === undefined ? NaN : from, points: points ?? NaN };
    const label = columns.label === undefined ? "" : cellString(row[columns.label]);
    if (label) band.label = label;
    bands.push(band);
    rowOf.push(hasHeader ? r - 1 : r);
  }
  return { bands, rowOf, hasHeader, problems };
}
