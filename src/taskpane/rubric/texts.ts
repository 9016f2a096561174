// The Rubric tab's editors' texts (criterion editor, bands, settings, the criterion menu) travel with the tab's
// chunk, not with the pane's first screen: each view registers them (both languages, under "rubricEdit") on the
// i18next instance it renders with, once, before its first t(). As the versions views do (versions/texts.ts).
import { useTranslation } from "react-i18next";
import en from "./i18n/en.json";
import zh from "./i18n/zh.json";

const TEXTS = { en, zh } as const;

export function useRubricEditTexts(): ReturnType<typeof useTranslation> {
  const translation = useTranslation();
  const { i18n } = translation;
  if (!i18n.exists("rubricEdit.more", { lng: "en" })) {
    for (const [language, rubricEdit] of Object.entries(TEXTS)) {
      i18n.addResourceBundle(language, "translation", { rubricEdit }, true, false);
    }
  }
  return translation;
}
