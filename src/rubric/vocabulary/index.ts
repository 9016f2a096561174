// The sheet vocabulary: one typed pack per language (en.ts, zh.ts) and the lookups that read any of them.
export * from "./sheet-vocabulary";
export { SHEET_VOCABULARY } from "./packs";
export * from "./lookup";
// How changes between versions are worded (change-words/) is imported from there: it is not needed on the pane's
// first screen.
