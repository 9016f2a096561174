// The what-if's texts travel with its chunk: registered (both languages, under "whatif") on the i18next instance the
// view renders with, once, before its first t(). As the Rubric tab's editors do (rubric/texts.ts).
import { useTranslation } from "react-i18next";
import en from "./i18n/en.json";
import zh from "./i18n/zh.json";

const TEXTS = { en, zh } as const;

export function useWhatIfTexts(): ReturnType<typeof useTranslation> {
  const translation = useTranslation();
  const { i18n } = translation;
  if (!i18n.exists("whatif.heading", { lng: "en" })) {
    for (const [language, whatif] of Object.entries(TEXTS)) {
      i18n.addResourceBundle(language, "translation", { whatif }, true, false);
    }
  }
  return translation;
}
