// The criteria table's layout: which column holds what, found by header text in either language, and the
// language the table was written in. Writers use it to put each criterion field under its header; the domain's
// reader (src/rubric/table.ts) finds the same columns through the same vocabulary.
import { CRITERION_FIELDS } from "../rubric/change";
import { Language } from "../rubric/language";
import {
  CRITERIA_HEADERS,
  CriteriaColumn,
  SHEET_VOCABULARY,
  criteriaHeaderText,
  foldHeader,
  tableLanguage,
} from "../rubric/vocabulary";

/** Columns of a new criteria table, in sheet order: one per criterion field (the domain's list); the Share formula
 * column follows them. */
export const CRITERIA_COLUMNS: readonly CriteriaColumn[] = CRITERION_FIELDS;

/** Header row of a new criteria table. The Share column (weight / total of score weights) is a formula the
 * criteria reader ignores (it does not know the header), so it stays out of the rubric. */
export function criteriaHeaders(language: Language): string[] {
  const text = criteriaHeaderText(language);
  return [...CRITERIA_COLUMNS.map((c) => text[c]), SHEET_VOCABULARY[language].share];
}

export interface CriteriaLayout {
  language: Language;
  /** The header cells as the sheet has them. */
  headers: readonly unknown[];
  /** What each column holds; undefined for a column the rubric does not read (Share, a user's own). */
  columns: readonly (CriteriaColumn | undefined)[];
}

export function criteriaLayout(headers: readonly unknown[]): CriteriaLayout {
  return {
    language: tableLanguage(headers),
    headers,
    columns: headers.map((h) => CRITERIA_HEADERS.get(foldHeader(h))),
  };
}

/** The header of a criterion field's column, as the sheet has it; undefined when the table has none. */
export function criteriaHeader(layout: CriteriaLayout, column: CriteriaColumn): string | undefined {
  const found = layout.columns.indexOf(column);
  return found < 0 ? undefined : String(layout.headers[found]);
}

/** The Share column's header, as the sheet has it; undefined when the table has none. */
export function shareHeader(layout: CriteriaLayout): string | undefined {
  const share = foldHeader(SHEET_VOCABULARY[layout.language].share);
  const found = layout.headers.find((h) => foldHeader(h) === share);
  return found === undefined ? undefined : String(found);
}
