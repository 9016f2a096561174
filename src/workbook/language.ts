// The languages a rubric workbook can be written in: the domain's one language type.
export type { Language as WorkbookLanguage } from "../rubric/language";
