// The Review tab's texts travel with its chunk: registered (both languages, under "review") on the i18next instance
// the view renders with, once, before its first t(). As the what-if does (whatif/texts.ts).
import { useTranslation } from "react-i18next";
import en from "./i18n/en.json";
import zh from "./i18n/zh.json";
import targetsEn from "./i18n/targets-en.json";
import targetsZh from "./i18n/targets-zh.json";

// The ledger's points targets have a bundle of their own, outside i18next's typed resources (targetTexts.ts says why).
const TEXTS = { en: [en, targetsEn], zh: [zh, targetsZh] } as const;

export function useReviewTexts(): ReturnType<typeof useTranslation> {
  const translation = useTranslation();
  const { i18n } = translation;
  if (!i18n.exists("review.heading", { lng: "en" })) {
    for (const [language, [review, reviewTargets]] of Object.entries(TEXTS)) {
      i18n.addResourceBundle(language, "translation", { review, reviewTargets }, true, false);
    }
  }
  return translation;
}
