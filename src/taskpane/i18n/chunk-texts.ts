// The texts of a view loaded on demand (a tab's chunk): registered under their name on the i18next instance the view
// renders with, once, before its first t(), and typed over that bundle only.
//
// Why not in i18next's typed resources (CustomTypeOptions, i18n/index.ts): those types check every t() against every
// key of the pane, and at about 670 keys TypeScript gives up ("Type instantiation is excessively deep", TS2589).
// Typed here, a key must be one of the bundle's or of the first screen's (plural forms by their base: "count" for
// count_one and count_other); the i18n test proves each language has the same keys.
import type { i18n as I18n } from "i18next";
import { useTranslation } from "react-i18next";
import type { Language } from "../../rubric/language";
import type paneTexts from "./en.json";

type Leaves<T, Prefix extends string> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

type PluralBase<K> = K extends `${infer Base}_${"zero" | "one" | "two" | "few" | "many" | "other"}` ? Base : K;

/** Every key of a bundle registered under `Name`, as t() takes it: "review.sheets.pack". */
export type ChunkTextKey<T, Name extends string> = PluralBase<Leaves<T, `${Name}.`>>;

/** A key of the first screen's texts ("app.loading"), which a chunk's views use too. */
export type PaneTextKey = PluralBase<Leaves<typeof paneTexts, "">>;

export interface ChunkTexts<Key extends string> {
  t: (key: Key | PaneTextKey, options?: Record<string, unknown>) => string;
  i18n: I18n;
}

const registered = new WeakMap<I18n, Set<string>>();

/** The bundle's texts in the pane's language, registered (both languages, under `name`) on first use. */
export function useChunkTexts<T extends object, Name extends string>(
  name: Name,
  texts: Record<Language, object> & { en: T },
): ChunkTexts<ChunkTextKey<T, Name>> {
  const { t, i18n } = useTranslation();
  let names = registered.get(i18n);
  if (!names) registered.set(i18n, (names = new Set()));
  if (!names.has(name)) {
    for (const [language, bundle] of Object.entries(texts)) {
      i18n.addResourceBundle(language, "translation", { [name]: bundle }, true, false);
    }
    names.add(name);
  }
  return { t: t as unknown as ChunkTexts<ChunkTextKey<T, Name>>["t"], i18n };
}
