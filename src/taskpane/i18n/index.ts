// The pane's languages: English and Simplified Chinese, chosen from Office's display language. Resources are imported
// statically so the bundle needs no extra requests.
import { createInstance, i18n as I18n, TFunction } from "i18next";
import en from "./en.json";
import zh from "./zh.json";
import type { Language } from "../../rubric/language";
// Types only: the versions views' and the Rubric tab editors' texts load with their chunks (versions/texts.ts,
// rubric/texts.ts).
import type versions from "../versions/i18n/en.json";
import type rubricEdit from "../rubric/i18n/en.json";

export type { Language } from "../../rubric/language";
export { languageOf, languageTag } from "../../rubric/language";

export const resources = { en: { translation: en }, zh: { translation: zh } } as const;

declare module "i18next" {
  interface CustomTypeOptions {
    resources: { translation: typeof en & { versions: typeof versions; rubricEdit: typeof rubricEdit } };
  }
}

/** A ready (synchronously initialised) i18next instance for one language. */
export function createI18n(language: Language = "en"): I18n {
  const instance = createInstance();
  void instance.init({
    lng: language,
    fallbackLng: "en",
    resources,
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
  });
  return instance;
}

let english: TFunction | undefined;

/** English strings for code that runs outside React (and the SSR test of the status text). */
export function englishT(): TFunction {
  english ??= createI18n("en").t;
  return english;
}
