// The evaluations table's layout: one model, parsed from its header row (and the label row above it for retired
// columns), that every read and write of the table uses. Columns are found by header text in either language, so
// positions hold after a user inserts or moves columns; everything that is not a fixed header is a criterion's
// score column.
//
// A new table's order: Date, Process, Person, Team, Reviewer, <criterion ids>, Comment, Rubric version, Total,
// Points, Band, Key. Writes address each cell by its header, so a column the user inserts or moves changes
// nothing; the Key column comes last so that adding it to an older table moves no other column.
import { Language } from "../rubric/language";
import {
  EvaluationColumn,
  FormulaColumn,
  LeadingColumn,
  SHEET_VOCABULARY,
  TrailingInputColumn,
  evaluationColumn,
  isRetiredLabel,
  tableLanguage,
} from "../rubric/vocabulary";

export type { EvaluationColumn, FormulaColumn, LeadingColumn, TrailingInputColumn } from "../rubric/vocabulary";

export const LEADING_COLUMNS: readonly LeadingColumn[] = ["date", "process", "person", "team", "reviewer"];
export const TRAILING_INPUT_COLUMNS: readonly TrailingInputColumn[] = ["comment", "version"];
export const FORMULA_COLUMNS: readonly FormulaColumn[] = ["total", "points", "band"];
export const KEY_COLUMN = "key" as const;

/** Evaluations sheet: a title in A1, criterion labels in row 2 above the score columns, the header in row 3. */
export const EVALUATIONS_TITLE_ROW = 0;
export const EVALUATIONS_HEADER_ROW = 2;
export const EVALUATIONS_COLUMN = 0;

/** Header row of a new evaluations table. */
export function evaluationHeaders(language: Language, criterionIds: readonly string[]): string[] {
  const text = SHEET_VOCABULARY[language].evaluations;
  return [
    ...LEADING_COLUMNS.map((c) => text[c]),
    ...criterionIds,
    ...TRAILING_INPUT_COLUMNS.map((c) => text[c]),
    ...FORMULA_COLUMNS.map((c) => text[c]),
    text[KEY_COLUMN],
  ];
}

export interface EvaluationsLayout {
  language: Language;
  /** The header texts as the sheet has them. */
  headers: string[];
  /** Position of each fixed column found (its first occurrence). */
  at: Partial<Record<EvaluationColumn, number>>;
  /** Score column ids in sheet order, retired ones included, and their positions. */
  scores: string[];
  scoreAt: number[];
  /** Score columns marked retired in the label row (none when no label row was given). */
  retired: string[];
  /** Positions of the user's own columns: neither fixed nor a criterion's. The add-in never writes them. */
  others: number[];
  /** Positions of the cells an evaluation is typed into: the fixed input columns and the score columns. */
  inputAt: number[];
}

/** Columns that hold no input: an evaluation with nothing else is an empty row. */
const NOT_INPUT = new Set<EvaluationColumn>([...FORMULA_COLUMNS, KEY_COLUMN]);

/**
 * `criterionIds`, when known, tells a criterion's score column from a column the user added: a header is a score
 * column when it is a criterion's id, or when the label row above it marks a retired criterion. Without them every
 * header that is not a fixed one counts as a score column.
 */
export function evaluationsLayout(
  headers: readonly unknown[],
  labels: readonly unknown[] = [],
  criterionIds?: readonly string[],
): EvaluationsLayout {
  const ids = criterionIds && new Set(criterionIds.map((id) => id.toUpperCase()));
  const isScore = (header: unknown, label: unknown) =>
    !ids || ids.has(String(header).toUpperCase()) || isRetiredLabel(label);
  const layout: EvaluationsLayout = {
    language: tableLanguage(headers),
    headers: headers.map((h) => String(h)),
    at: {},
    scores: [],
    scoreAt: [],
    retired: [],
    others: [],
    inputAt: [],
  };
  headers.forEach((h, i) => {
    const column = evaluationColumn(h);
    if (column === undefined && !isScore(h, labels[i])) {
      layout.others.push(i);
    } else if (column === undefined) {
      layout.scores.push(String(h));
      layout.scoreAt.push(i);
      layout.inputAt.push(i);
      if (isRetiredLabel(labels[i])) layout.retired.push(String(h));
    } else if (layout.at[column] === undefined) {
      layout.at[column] = i;
      if (!NOT_INPUT.has(column)) layout.inputAt.push(i);
    }
  });
  return layout;
}

/** The header of a fixed column, as the sheet has it; undefined when the table has none. */
export function evaluationHeader(layout: EvaluationsLayout, column: EvaluationColumn): string | undefined {
  const at = layout.at[column];
  return at === undefined ? undefined : layout.headers[at];
}

/** The score columns in use: not marked retired. */
export function activeScores(layout: EvaluationsLayout): string[] {
  const retired = new Set(layout.retired.map((id) => id.toUpperCase()));
  return layout.scores.filter((id) => !retired.has(id.toUpperCase()));
}

/** Where the input cells of a row are, for writing them with one Range.values write. */
export interface InputSpan {
  /** Number of cells from Date to Comment. */
  editable: number;
  /** Column index of Rubric version (right after Comment). */
  version: number;
  /** First formula column and how many. */
  formulas: { first: number; count: number };
}

/** The input span of a table in the order it was created in; an error for any other order (a row could not be
 * written in one piece). */
export function inputSpan(layout: EvaluationsLayout): InputSpan {
  const index = (c: EvaluationColumn) => layout.at[c] ?? -1;
  const comment = index("comment");
  const version = index("version");
  const total = index("total");
  if (
    index("date") !== 0 ||
    comment !== LEADING_COLUMNS.length + layout.scores.length ||
    version !== comment + 1 ||
    total !== version + 1
  ) {
    throw new Error(`the evaluations table's columns are not in the expected order: ${layout.headers.join(", ")}`);
  }
  return { editable: comment + 1, version, formulas: { first: total, count: layout.headers.length - total } };
}

/** Throws unless `rowIndex` is a data row of a table with `rowCount` data rows. Without a count (before the table
 * is read) only a whole number >= 0 passes. */
export function checkRowIndex(rowIndex: number, rowCount?: number): void {
  if (!Number.isInteger(rowIndex) || rowIndex < 0 || (rowCount !== undefined && rowIndex >= rowCount)) {
    const rows = rowCount === undefined ? "" : ` (${rowCount} rows)`;
    throw new Error(`row ${rowIndex} is outside the evaluations table${rows}`);
  }
}
