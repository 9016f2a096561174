// The Export tab's texts travel with their chunk, not with the pane's first screen (registered under "export" on first use;
// chunk-texts.ts says why they are typed there and not in i18next's resources).
import { useChunkTexts } from "../i18n/chunk-texts";
import en from "./i18n/en.json";
import zh from "./i18n/zh.json";

export const useExportTexts = () => useChunkTexts("export", { en, zh });
