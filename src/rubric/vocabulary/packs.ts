// Every language's sheet texts, by language.
import { Language, LANGUAGES } from "../language";
import { en } from "./en";
import { SheetVocabulary } from "./sheet-vocabulary";
import { zh } from "./zh";

export const SHEET_VOCABULARY: Readonly<Record<Language, SheetVocabulary>> = { en, zh };

/** Every pack, English first: where two languages read a word differently, English wins. */
export const PACKS: readonly SheetVocabulary[] = LANGUAGES.map((language) => SHEET_VOCABULARY[language]);
