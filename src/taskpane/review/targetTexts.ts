// The texts of the ledger's points targets (TargetsPanel), registered with the review's under "reviewTargets".
// Why a bundle of their own, kept out of i18next's typed resources (src/taskpane/i18n/index.ts): those types are
// checked key by key over every text of the pane, and at about 670 keys TypeScript gives up ("Type instantiation is
// excessively deep", TS2589, at the first t() it checks). Typed here instead, over this bundle only: a key that is
// not in it (plural keys without their _one/_other) does not type-check; the i18n test proves both languages match.
import { useReviewTexts } from "./texts";
import type en from "./i18n/targets-en.json";

type Leaves<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A key of the bundle, plural forms by their base ("count" for count_one and count_other). */
export type TargetTextKey =
  Leaves<typeof en> extends infer K extends string ? (K extends `${infer Base}_${"one" | "other"}` ? Base : K) : never;

/** The targets' texts in the pane's language: tt("from", { sheet }). */
export function useTargetTexts(): (key: TargetTextKey, options?: Record<string, unknown>) => string {
  const { t } = useReviewTexts();
  const untyped = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  return (key, options) => untyped(`reviewTargets.${key}`, options);
}
