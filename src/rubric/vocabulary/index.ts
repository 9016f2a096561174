// The sheet vocabulary: one typed pack per language (en.ts, zh.ts) and the lookups that read any of them.
export * from "./sheet-vocabulary";
export { SHEET_VOCABULARY } from "./packs";
export * from "./lookup";
// How changes between versions are worded, in each language (change-words/en.ts, zh.ts).
export type { ChangeWords, Counted, Message } from "./change-words/types";
export { CHANGE_WORDS, SUMMARY_LIMIT, SUMMARY_LINES, describeChange, summarizeChanges } from "./change-words/describe";
