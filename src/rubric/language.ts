// The languages a rubric, its workbook and the pane are written in: one type for every layer.
export type Language = "en" | "zh";

export const LANGUAGES: readonly Language[] = ["en", "zh"];

/** A BCP 47 tag ("zh-CN", "zh-Hans", "zh"; any Chinese) → zh; anything else, or nothing, → en. */
export function languageOf(tag: string | null | undefined): Language {
  return typeof tag === "string" && /^zh(\b|[-_])/i.test(tag.trim()) ? "zh" : "en";
}

/** The BCP 47 tag a page in this language declares (html lang, FluentProvider lang). */
export function languageTag(language: Language): string {
  return language === "zh" ? "zh-CN" : "en";
}
