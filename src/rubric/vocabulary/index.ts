// The sheet vocabulary: one typed pack per language (en.ts, zh.ts) and the lookups that read any of them.
export * from "./sheet-vocabulary";
export { SHEET_VOCABULARY } from "./packs";
export * from "./lookup";
