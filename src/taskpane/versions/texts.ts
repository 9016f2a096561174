// The versions views' texts travel with their chunk, not with the pane's first screen: each view registers them
// (both languages, under "versions") on the i18next instance it renders with, once, before its first t().
import { useTranslation } from "react-i18next";
import en from "./i18n/en.json";
import zh from "./i18n/zh.json";

const TEXTS = { en, zh } as const;

export function useVersionTexts(): ReturnType<typeof useTranslation> {
  const translation = useTranslation();
  const { i18n } = translation;
  if (!i18n.exists("versions.history.title", { lng: "en" })) {
    for (const [language, versions] of Object.entries(TEXTS)) {
      i18n.addResourceBundle(language, "translation", { versions }, true, false);
    }
  }
  return translation;
}
