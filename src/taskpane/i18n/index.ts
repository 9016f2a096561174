// The pane's languages: English and Simplified Chinese, chosen from Office's display language. English is in the
// first download (it is also the fallback); Chinese loads before the pane first renders in Chinese (its own chunk),
// so a pane carries the texts of one language, not both.
import { createInstance, i18n as I18n, TFunction } from "i18next";
import en from "./en.json";
import type zh from "./zh.json";
import type { Language } from "../../rubric/language";
// The texts of views loaded on demand are typed with their chunks (chunk-texts.ts), not here.

export type { Language } from "../../rubric/language";
export { languageOf, languageTag } from "../../rubric/language";

type Texts = typeof en | typeof zh;

/** The texts loaded so far, by language: English always. */
const loaded: Partial<Record<Language, Texts>> = { en };

/** Makes a language's texts available to createI18n (loadLanguage does this; so can a test that imports them). */
export function addLanguageTexts(language: Language, texts: Texts): void {
  loaded[language] = texts;
}

export const isLanguageLoaded = (language: Language): boolean => loaded[language] !== undefined;

/** Loads a language's texts once, the pane's and the problem and engine messages' (English ones are on the first
 * screen); the pane renders in it after this resolves. */
export async function loadLanguage(language: Language): Promise<void> {
  if (isLanguageLoaded(language) || language !== "zh") return;
  const [texts, messages, render] = await Promise.all([
    import(/* webpackChunkName: "texts-zh" */ "./zh.json"),
    import(/* webpackChunkName: "texts-zh" */ "../../rubric/vocabulary/messages/zh"),
    import(/* webpackChunkName: "texts-zh" */ "../../rubric/vocabulary/messages/render"),
  ]);
  render.registerMessages("zh", messages.zh);
  addLanguageTexts("zh", texts.default);
}

declare module "i18next" {
  interface CustomTypeOptions {
    resources: {
      translation: typeof en;
    };
  }
}

/** A ready (synchronously initialised) i18next instance for one language; English where its texts are not loaded. */
export function createI18n(language: Language = "en"): I18n {
  const instance = createInstance();
  void instance.init({
    lng: language,
    fallbackLng: "en",
    resources: Object.fromEntries(Object.entries(loaded).map(([l, translation]) => [l, { translation }])),
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
