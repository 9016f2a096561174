// Where a rubric lives in a workbook: sheet and table names carrying the rubric id (so several rubrics share one
// workbook), header texts in English or Chinese, and the fixed cells of the settings block and the live checks.
// Pure: no Excel calls here.
import { CriteriaColumn, CRITERIA_HEADER_TEXT, foldHeader } from "../rubric/vocabulary";
import { WorkbookLanguage } from "./language";

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

export const MAX_SHEET_NAME = 31;
const SHEET_FORBIDDEN = /[[\]:*?/\\]/g;

const SHEET_SUFFIX: Record<WorkbookLanguage, { rubric: string; evaluations: string }> = {
  en: { rubric: " rubric", evaluations: " evaluations" },
  zh: { rubric: " 评分标准", evaluations: " 评价记录" },
};

/** "<id><suffix>" without []:*?/\ and at most 31 characters; a long id is shortened, the suffix kept. */
function sheetName(rubricId: string, suffix: string): string {
  const id = rubricId.replace(SHEET_FORBIDDEN, "_").replace(/^'+|'+$/g, "");
  return id.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
}

export function sheetNames(rubricId: string, language: WorkbookLanguage): { rubric: string; evaluations: string } {
  const suffix = SHEET_SUFFIX[language];
  return { rubric: sheetName(rubricId, suffix.rubric), evaluations: sheetName(rubricId, suffix.evaluations) };
}

// ---------------------------------------------------------------------------------------------------------------
// Rubric sheet: settings block at A1:B7 (label, value), live checks at D1:E2, criteria table from A10, bands table
// from L10 (both grow downwards without meeting).

export type SettingKey = "id" | "title" | "version" | "status" | "scale" | "decimals" | "description";
export const SETTING_KEYS: readonly SettingKey[] = [
  "id",
  "title",
  "version",
  "status",
  "scale",
  "decimals",
  "description",
];

export const SETTING_LABELS: Record<WorkbookLanguage, Record<SettingKey, string>> = {
  en: {
    id: "Rubric ID",
    title: "Title",
    version: "Version",
    status: "Status",
    scale: "Scale",
    decimals: "Decimals",
    description: "Description",
  },
  zh: {
    id: "标准编号",
    title: "标题",
    version: "版本",
    status: "状态",
    scale: "计分基数",
    decimals: "小数位数",
    description: "说明",
  },
};

/** A setting label in either language -> its key. */
export function settingKey(label: unknown): SettingKey | undefined {
  const folded = foldHeader(label);
  for (const language of ["en", "zh"] as const) {
    for (const key of SETTING_KEYS) if (foldHeader(SETTING_LABELS[language][key]) === folded) return key;
  }
  return undefined;
}

/** Settings: labels in column A, values in column B, rows 1..7 (0-based rows 0..6). */
export const SETTINGS_BOX = { row: 0, column: 0, rows: SETTING_KEYS.length, columns: 2 } as const;
export const settingRow = (key: SettingKey) => SETTINGS_BOX.row + SETTING_KEYS.indexOf(key);
export const SETTINGS_VALUE_COLUMN = 1;

/** Live checks: labels in D1:D2, formulas in E1:E2. */
export const CHECKS_BOX = { row: 0, column: 3, rows: 2, columns: 2 } as const;
export const CHECK_LABELS: Record<WorkbookLanguage, { check: string; weightTotal: string }> = {
  en: { check: "Check", weightTotal: "Score weight total" },
  zh: { check: "检查", weightTotal: "得分项权重合计" },
};

export const CRITERIA_ORIGIN = { row: 9, column: 0 } as const;
export const CRITERIA_COLUMNS: readonly CriteriaColumn[] = [
  "id",
  "label",
  "description",
  "kind",
  "weight",
  "max",
  "allowNA",
  "levels",
  "section",
];
/** An extra formula column after the criteria columns: weight / total of score weights. The criteria reader ignores
 * headers it does not know, so it stays out of the rubric. */
export const SHARE_HEADER: Record<WorkbookLanguage, string> = { en: "Share", zh: "占比" };

export function criteriaHeaders(language: WorkbookLanguage): string[] {
  return [...CRITERIA_COLUMNS.map((c) => CRITERIA_HEADER_TEXT[language][c]), SHARE_HEADER[language]];
}

export const BANDS_ORIGIN = { row: 9, column: 11 } as const;
/** Accepted by the bands reader (vocabulary.ts BANDS_HEADERS). */
export const BANDS_HEADER_TEXT: Record<WorkbookLanguage, [string, string, string]> = {
  en: ["From", "Points", "Label"],
  zh: ["起始分", "积分", "标签"],
};

export const YES_NO_TEXT: Record<WorkbookLanguage, [string, string]> = { en: ["yes", "no"], zh: ["是", "否"] };

// ---------------------------------------------------------------------------------------------------------------
// Evaluations sheet: a title in A1, criterion labels in row 2 above the score columns, the table's header in row 3.
//
// Column order: Date, Process, Person, Team, Reviewer, <criterion ids>, Comment, Rubric version, Total, Points,
// Band. The input cells (Date .. Rubric version) are contiguous so that a row is saved with one Range.values write;
// the formula columns come last.

export type LeadingColumn = "date" | "process" | "person" | "team" | "reviewer";
export type TrailingInputColumn = "comment" | "version";
export type FormulaColumn = "total" | "points" | "band";
export type EvaluationColumn = LeadingColumn | TrailingInputColumn | FormulaColumn;

export const LEADING_COLUMNS: readonly LeadingColumn[] = ["date", "process", "person", "team", "reviewer"];
export const TRAILING_INPUT_COLUMNS: readonly TrailingInputColumn[] = ["comment", "version"];
export const FORMULA_COLUMNS: readonly FormulaColumn[] = ["total", "points", "band"];

export const EVALUATION_HEADER_TEXT: Record<WorkbookLanguage, Record<EvaluationColumn, string>> = {
  en: {
    date: "Date",
    process: "Process",
    person: "Person",
    team: "Team",
    reviewer: "Reviewer",
    comment: "Comment",
    version: "Rubric version",
    total: "Total",
    points: "Points",
    band: "Band",
  },
  zh: {
    date: "日期",
    process: "流程",
    person: "人员",
    team: "团队",
    reviewer: "评审人",
    comment: "备注",
    version: "标准版本",
    total: "总分",
    points: "积分",
    band: "档次",
  },
};

/** A fixed evaluation header in either language -> its column; undefined for a criterion id. */
export function evaluationColumn(header: unknown): EvaluationColumn | undefined {
  const folded = foldHeader(header);
  for (const language of ["en", "zh"] as const) {
    const texts = EVALUATION_HEADER_TEXT[language];
    for (const key of Object.keys(texts) as EvaluationColumn[]) if (foldHeader(texts[key]) === folded) return key;
  }
  return undefined;
}

/** Header row of a new evaluations table. */
export function evaluationHeaders(language: WorkbookLanguage, criterionIds: readonly string[]): string[] {
  const text = EVALUATION_HEADER_TEXT[language];
  return [
    ...LEADING_COLUMNS.map((c) => text[c]),
    ...criterionIds,
    ...TRAILING_INPUT_COLUMNS.map((c) => text[c]),
    ...FORMULA_COLUMNS.map((c) => text[c]),
  ];
}

export const EVALUATIONS_TITLE_ROW = 0;
export const EVALUATIONS_LABEL_ROW = 1;
export const EVALUATIONS_HEADER_ROW = 2;
export const EVALUATIONS_COLUMN = 0;

/** The label-row text above a retired criterion's column; the old label follows it. */
export const RETIRED_TEXT: Record<WorkbookLanguage, string> = { en: "retired", zh: "已停用" };

export function isRetiredLabel(label: unknown): boolean {
  const text = typeof label === "string" ? label.trim().toLowerCase() : "";
  return Object.values(RETIRED_TEXT).some((word) => text.startsWith(word));
}

export function retiredLabel(language: WorkbookLanguage, previous: string): string {
  const word = RETIRED_TEXT[language];
  return isRetiredLabel(previous) || previous.trim() === "" ? previous || word : `${word}: ${previous}`;
}

/** Which language a header row was written in (by its first header); English when unknown. */
export function headerLanguage(firstHeader: unknown): WorkbookLanguage {
  return foldHeader(firstHeader) === foldHeader(EVALUATION_HEADER_TEXT.zh.date) ? "zh" : "en";
}

export const NUMBER_FORMATS = {
  date: "yyyy-mm-dd",
  score: "General",
  version: "0",
  points: "General",
} as const;

/** "0.0" for 1 decimal, "0" for none. */
export function totalFormat(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
}
