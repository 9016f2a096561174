// Problems and engine errors worded in a language: the packs' messages (en.ts, zh.ts) with their parameters filled
// in. The one place a code becomes words, for the sheet's functions, the pane and exports alike.
import type { Language } from "../../language";
import type { EngineMessage, Params } from "../../messages";
import type { Problem } from "../../problem";
import { CRITERION_KINDS } from "../../model";
import { kindText } from "../lookup";
import { SHEET_VOCABULARY } from "../packs";
import { CriteriaColumn } from "../sheet-vocabulary";
import { en } from "./en";
import { MessageWords } from "./types";

// English is always here; another language's pack is registered where it is loaded (index.ts for the functions and
// tests; the pane loads it on demand, keeping it out of its first download). Until then its messages are English.
const PACKS: Partial<Record<Language, MessageWords>> = { en };

export function registerMessages(language: Language, words: MessageWords): void {
  PACKS[language] = words;
}

const wordsFor = (language: Language): MessageWords => PACKS[language] ?? en;

/** A message with its parameters filled in, in one pass: inserted text is never read as a template. */
export function fillMessage(message: string, params: Params): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? plain(params[name]) : whole,
  );
}

/** Numbers as JavaScript writes them (no grouping; -0 is 0). */
const plain = (value: string | number): string =>
  typeof value === "number" && Object.is(value, -0) ? "0" : String(value);

const LEVEL_FIELD = /^levels\[(\d+)\]\.(label|points)$/;

/** A problem's field in `language`: its JSON key, or the sheet's word for it. */
function fieldName(p: Problem, words: MessageWords, language: Language): string {
  const { scope, field = "" } = p.location;
  const level = LEVEL_FIELD.exec(field);
  if (level) {
    const index = Number(level[1]);
    const name = words.levelFields[level[2] as "label" | "points"];
    return fillMessage(words.levelField, { index, n: index + 1, field: name });
  }
  if (words.fieldNames === "keys") return field;
  const sheet = SHEET_VOCABULARY[language];
  const own: Record<string, string | readonly string[] | undefined> =
    scope === "band" || scope === "bands"
      ? sheet.bands
      : scope === "rubric" || scope === "settings"
        ? sheet.settings
        : sheet.criteria;
  const word = own[field];
  return word === undefined ? field : typeof word === "string" ? word : word[0];
}

/** The criteria headers a missing-columns problem names, in `language`. */
function headers(columns: string, language: Language, words: MessageWords): string {
  const sheet = SHEET_VOCABULARY[language].criteria;
  return columns
    .split(",")
    .map((c) => sheet[c as CriteriaColumn]?.[0] ?? c)
    .join(words.listSeparator);
}

/** What is wrong, without where: "weight is negative", "there are no criteria", "权重为负数". */
export function problemText(p: Problem, language: Language = "en"): string {
  const words = wordsFor(language);
  let params = p.params;
  if (p.code === "missing-columns") params = { ...params, columns: headers(String(params.columns), language, words) };
  // A kind is named as the sheet's Kind column takes it, in the sheet's language.
  if (p.code === "one-of" && p.location.field === "kind") {
    params = { ...params, choices: CRITERION_KINDS.map((k) => kindText(language, k)).join(words.listSeparator) };
  }
  const what = fillMessage(words.problems[p.code], params);
  return p.location.field
    ? fillMessage(words.fieldProblem, { field: fieldName(p, words, language), text: what })
    : what;
}

/** "Q3: weight is negative", "bands: row 4: from 60 is not above 75", "PREP：权重为负数". */
export function describeProblem(p: Problem, language: Language = "en"): string {
  const words = wordsFor(language);
  const text = problemText(p, language);
  const { scope, index, id } = p.location;
  switch (scope) {
    case "criterion": {
      const criterion = id && id.trim() ? id : fillMessage(words.at.unnamedCriterion, { n: (index ?? 0) + 1 });
      return fillMessage(words.at.criterion, { criterion, text });
    }
    case "band":
      return fillMessage(words.at.band, { n: (index ?? 0) + 1, text });
    case "bands":
      return fillMessage(words.at.bands, { text });
    case "criteria":
      return fillMessage(words.at.criteria, { text });
    default:
      return text;
  }
}

/** Problems worded and joined, as one cell shows them. */
export function describeProblems(problems: readonly Problem[], language: Language = "en"): string {
  return problems.map((p) => describeProblem(p, language)).join(wordsFor(language).separator);
}

/** An engine error worded in `language`: "PREP: 11 is outside 0..10", "PREP：11 超出 0..10 的范围". */
export function engineText(message: EngineMessage, language: Language = "en"): string {
  const words = wordsFor(language);
  const params: Record<string, string | number> = { ...message.params };
  if (message.parts) params.parts = message.parts.map((m) => engineText(m, language)).join(words.listSeparator);
  if (message.problems) params.problems = describeProblems(message.problems, language);
  return fillMessage(words.engine[message.code], params);
}

/** What RUBRIC.CHECK shows: "OK" (通过), or every problem in one text. */
export function checkText(problems: readonly Problem[], language: Language = "en"): string {
  return problems.length === 0 ? wordsFor(language).checkOk : describeProblems(problems, language);
}
