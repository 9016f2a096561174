// The languages a rubric workbook can be written in.
export type WorkbookLanguage = "en" | "zh";

export const WORKBOOK_LANGUAGES: readonly WorkbookLanguage[] = ["en", "zh"];
