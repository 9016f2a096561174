// Text stays text. Excel takes a string written through Range.values as typed input: "=A1" becomes a formula,
// "+5", "-x" and "@x" formulas or numbers, "007" the number 7, "3-4" a date, "TRUE" a boolean. So every cell the
// add-in writes text into gets the number format Text ("@") first, in the same batch (commands run in order), and a
// text cell keeps what it is given, character for character.
//
// Why the Text format and not a leading apostrophe: it does not depend on the string (nothing to add on writing,
// nothing to strip on reading; an apostrophe would be kept as a character in a cell a user already formatted as
// text); it stays with the cell, so what a manager later types into a label or comment stays text too; and it is
// set only on text cells, so numbers stay numbers and dates keep their date format.
import { CriteriaColumn } from "../rubric/vocabulary";
import { CriteriaLayout } from "./criteria-layout";
import { EvaluationColumn, EvaluationsLayout } from "./evaluations-layout";
import { fillRange } from "./fill";

/** Excel's number format "Text". */
export const TEXT_FORMAT = "@";

/** Criteria table columns that hold text (Weight and Max hold numbers; Share is a formula). */
export const CRITERIA_TEXT_COLUMNS: ReadonlySet<CriteriaColumn> = new Set<CriteriaColumn>([
  "id",
  "label",
  "description",
  "kind",
  "allowNA",
  "levels",
  "section",
]);

/** For each column of a criteria table, whether it holds text. */
export function criteriaTextColumns(layout: CriteriaLayout): boolean[] {
  return layout.columns.map((c) => c !== undefined && CRITERIA_TEXT_COLUMNS.has(c));
}

/** Evaluations table columns that hold text. Not Date or Rubric version (numbers with their formats), not the score
 * columns (numbers, or "NA", which Excel keeps as text anyway: a score typed into a text cell would stay text), not
 * the formula columns. */
export const EVALUATION_TEXT_COLUMNS: ReadonlySet<EvaluationColumn> = new Set<EvaluationColumn>([
  "process",
  "person",
  "team",
  "reviewer",
  "comment",
]);

/** For each header position of an evaluations table, whether its column holds text. */
export function evaluationTextColumns(layout: EvaluationsLayout): boolean[] {
  const text = new Set<number>();
  for (const column of EVALUATION_TEXT_COLUMNS) {
    const at = layout.at[column];
    if (at !== undefined) text.add(at);
  }
  return layout.headers.map((_, i) => text.has(i));
}

/** Queues the Text format over a whole range (a table column's data body, so rows added later are text too). */
export function formatAsText(range: Excel.Range): void {
  fillRange(range, "numberFormat", TEXT_FORMAT);
}

/** Whether a value written by itself needs a text cell: any non-empty string ("" clears a cell whatever its format). */
export const isText = (value: unknown): boolean => typeof value === "string" && value !== "";

/**
 * Number formats for a block about to be written: Text where the cell holds text, null (leave the format as it is)
 * elsewhere. `textColumns[c]` says which columns hold text (blank cells of a text column become text cells too);
 * without it, each cell is text when its value is a non-empty string.
 */
export function textFormats(
  values: readonly (readonly unknown[])[],
  textColumns?: readonly boolean[],
): (string | null)[][] {
  return values.map((row) => row.map((v, c) => ((textColumns ? textColumns[c] : isText(v)) ? TEXT_FORMAT : null)));
}

/** Queues `values` into `range` with its text cells formatted as text first (see textFormats); no sync. */
export function writeValues(
  range: Excel.Range,
  values: readonly (readonly unknown[])[],
  textColumns?: readonly boolean[],
): void {
  const formats = textFormats(values, textColumns);
  if (formats.some((row) => row.some((f) => f !== null))) range.numberFormat = formats;
  range.values = values as unknown[][];
}

/** Queues the Text format on the data body of each of a table's columns named in `headers`; no sync. */
export function formatTableColumnsAsText(table: Excel.Table, headers: readonly string[]): void {
  for (const header of headers) formatAsText(table.columns.getItem(header).getDataBodyRange());
}

/** The headers of an evaluations table's text columns, as the sheet has them (for formatTableColumnsAsText). */
export function evaluationTextHeaders(layout: EvaluationsLayout): string[] {
  const text = evaluationTextColumns(layout);
  return layout.headers.filter((_, i) => text[i]);
}
