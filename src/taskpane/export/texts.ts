// The Export tab's texts travel with its chunk, not with the pane's first screen: each of its views registers them
// (both languages, under "export") on the i18next instance it renders with, once, before its first t(). As the
// Rubric tab's editors (rubric/texts.ts) and the what-if (whatif/texts.ts) do.
import { useTranslation } from "react-i18next";
import en from "./i18n/en.json";
import zh from "./i18n/zh.json";

const TEXTS = { en, zh } as const;

export function useExportTexts(): ReturnType<typeof useTranslation> {
  const translation = useTranslation();
  const { i18n } = translation;
  if (!i18n.exists("export.loading", { lng: "en" })) {
    for (const [language, texts] of Object.entries(TEXTS)) {
      i18n.addResourceBundle(language, "translation", { export: texts }, true, false);
    }
  }
  return translation;
}
