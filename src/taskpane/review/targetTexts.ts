// The texts of the ledger's points targets (TargetsPanel): a bundle of their own, registered under "reviewTargets"
// (chunk-texts.ts says how such bundles are typed).
import { ChunkTextKey, useChunkTexts } from "../i18n/chunk-texts";
import en from "./i18n/targets-en.json";
import zh from "./i18n/targets-zh.json";

/** A key of the bundle, plural forms by their base ("count" for count_one and count_other). */
export type TargetTextKey = ChunkTextKey<typeof en, "reviewTargets"> extends `reviewTargets.${infer Key}` ? Key : never;

/** The targets' texts in the pane's language: tt("from", { sheet }). */
export function useTargetTexts(): (key: TargetTextKey, options?: Record<string, unknown>) => string {
  const { t } = useChunkTexts("reviewTargets", { en, zh });
  return (key, options) => t(`reviewTargets.${key}`, options);
}
