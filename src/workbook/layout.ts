// Where a rubric lives in a workbook: sheet and table names carrying the rubric id (so several rubrics share one
// workbook), and the fixed cells of the rubric sheet: settings block, live checks, where the criteria and bands
// tables start. Texts come from the vocabulary (src/rubric/vocabulary); the tables' columns from their layout
// models (criteria-layout.ts, evaluations-layout.ts). Pure: no Excel calls here.
import { Language } from "../rubric/language";
import { SHEET_VOCABULARY, SettingKey } from "../rubric/vocabulary";
import { fitSheetName, sheetText } from "./sheet-name";

export type { SettingKey } from "../rubric/vocabulary";
export { settingKey } from "../rubric/vocabulary";

/** Table names allow letters, digits, "_" and "."; anything else becomes "_" ("proactive-visit" -> "proactive_visit"). */
export function tableSuffix(rubricId: string): string {
  return rubricId.replace(/[^A-Za-z0-9_.]/g, "_");
}

export interface TableNames {
  criteria: string;
  bands: string;
  evaluations: string;
}

export function tableNames(rubricId: string): TableNames {
  const suffix = tableSuffix(rubricId);
  return { criteria: `Criteria_${suffix}`, bands: `Bands_${suffix}`, evaluations: `Evaluations_${suffix}` };
}

/** The versions sheet's tables: published versions, their criteria and bands, the history, re-scored rows. */
export interface VersionTableNames {
  versions: string;
  criteria: string;
  bands: string;
  history: string;
  moves: string;
}

export function versionTableNames(rubricId: string): VersionTableNames {
  const suffix = tableSuffix(rubricId);
  return {
    versions: `Versions_${suffix}`,
    criteria: `VersionCriteria_${suffix}`,
    bands: `VersionBands_${suffix}`,
    history: `History_${suffix}`,
    moves: `Moves_${suffix}`,
  };
}

export interface SheetNames {
  rubric: string;
  evaluations: string;
  versions: string;
}

/** "<id> rubric", "<id> evaluations" and "<id> versions" in the workbook's language; a long id is shortened, the
 * suffix kept. */
export function sheetNames(rubricId: string, language: Language): SheetNames {
  const suffix = SHEET_VOCABULARY[language].sheetSuffix;
  const id = sheetText(rubricId);
  return {
    rubric: fitSheetName(id, suffix.rubric),
    evaluations: fitSheetName(id, suffix.evaluations),
    versions: fitSheetName(id, suffix.versions),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Rubric sheet: settings block at A1:B9 (label, value), live checks at D1:E2, criteria table from A10, bands table
// from L10 (both grow downwards without meeting).

export const SETTING_KEYS: readonly SettingKey[] = [
  "id",
  "title",
  "version",
  "status",
  "scale",
  "decimals",
  "description",
  "stableWeeks",
  "stableEvaluations",
];

/** Settings: labels in column A, values in column B, rows 1..9 (0-based rows 0..8). Rows 8 and 9, the stability
 * rule, came with versions: a workbook from before has them blank (the rule's defaults). */
export const SETTINGS_BOX = { row: 0, column: 0, rows: SETTING_KEYS.length, columns: 2 } as const;
export const settingRow = (key: SettingKey) => SETTINGS_BOX.row + SETTING_KEYS.indexOf(key);
export const SETTINGS_VALUE_COLUMN = 1;

/** Live checks: labels in D1:D2, formulas in E1:E2. */
export const CHECKS_BOX = { row: 0, column: 3, rows: 2, columns: 2 } as const;

export const CRITERIA_ORIGIN = { row: 9, column: 0 } as const;
export const BANDS_ORIGIN = { row: 9, column: 11 } as const;

/** Header row of a new bands table (the bands reader accepts these and their aliases). */
export function bandsHeaders(language: Language): [string, string, string] {
  const words = SHEET_VOCABULARY[language].bands;
  return [words.from[0], words.points[0], words.label[0]];
}

export const NUMBER_FORMATS = {
  date: "yyyy-mm-dd",
  score: "General",
  version: "0",
  points: "General",
  share: "0.0%",
} as const;

/** "0.0" for 1 decimal, "0" for none. */
export function totalFormat(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
}
