// Reading sheet texts in either language: headers to column keys, kinds, yes/no, retired labels, and which language
// a table was written in. The words themselves live in the packs (en.ts, zh.ts).
import { Language, LANGUAGES } from "../language";
import { CRITERION_KINDS, CriterionKind, RUBRIC_STATUSES, RubricStatus } from "../model";
import { PACKS, SHEET_VOCABULARY } from "./packs";
import {
  BandsColumn,
  CriteriaColumn,
  EvaluationColumn,
  PointsTargetsColumn,
  SettingKey,
  SheetVocabulary,
} from "./sheet-vocabulary";

/** Header text folded for lookup: case, spaces, underscores and hyphens do not matter. */
export function foldHeader(text: unknown): string {
  return typeof text === "string" ? text.replace(/[\s_-]+/g, "").toLowerCase() : "";
}

type Words<K extends string> = Record<K, string | readonly string[]>;

/** Folded word -> key, over every pack; the first pack (and key) to use a word keeps it. */
function wordMap<K extends string>(pick: (pack: SheetVocabulary) => Words<K>, packs = PACKS): Map<string, K> {
  const map = new Map<string, K>();
  for (const pack of packs) {
    const table = pick(pack);
    for (const key of Object.keys(table) as K[]) {
      const words = table[key];
      for (const word of typeof words === "string" ? [words] : words) {
        const folded = foldHeader(word);
        if (!map.has(folded)) map.set(folded, key);
      }
    }
  }
  return map;
}

/** Criteria table header (any language, any alias) -> column. */
export const CRITERIA_HEADERS = wordMap<CriteriaColumn>((p) => p.criteria);
/** Bands table header (any language, any alias) -> column. */
export const BANDS_HEADERS = wordMap<BandsColumn>((p) => p.bands);
const evaluationWords = (p: SheetVocabulary): Words<EvaluationColumn> => {
  const words: Record<EvaluationColumn, string | readonly string[]> = { ...p.evaluations };
  for (const [column, aliases] of Object.entries(p.evaluationAliases) as [EvaluationColumn, readonly string[]][])
    words[column] = [p.evaluations[column], ...aliases];
  return words;
};
const EVALUATION_HEADERS = wordMap<EvaluationColumn>(evaluationWords);
const POINTS_TARGETS_HEADERS = wordMap<PointsTargetsColumn>((p) => p.pointsTargets.columns);
const SETTING_LABELS = wordMap<SettingKey>((p) => p.settings);
const KINDS = wordMap<CriterionKind>((p) => p.kinds);
const STATUSES = wordMap<RubricStatus>((p) => p.statuses);
const YES_NO = wordMap<"yes" | "no">((p) => ({ yes: p.yes, no: p.no }));

/** A fixed evaluation header in either language -> its column; undefined for a criterion id. */
export function evaluationColumn(header: unknown): EvaluationColumn | undefined {
  return EVALUATION_HEADERS.get(foldHeader(header));
}

/** A points targets table header in either language (any alias) -> its column. */
export function pointsTargetsColumn(header: unknown): PointsTargetsColumn | undefined {
  return POINTS_TARGETS_HEADERS.get(foldHeader(header));
}

/** The points targets table's headers as a workbook in `language` writes them (Person, Level, Target). */
export function pointsTargetsHeaders(language: Language): string[] {
  const words = SHEET_VOCABULARY[language].pointsTargets.columns;
  return [words.person[0], words.level[0], words.target[0]];
}

/** A setting label in either language -> its key. */
export function settingKey(label: unknown): SettingKey | undefined {
  return SETTING_LABELS.get(foldHeader(label));
}

/** A kind from its English or Chinese name; blank means score; undefined when unknown. Blank reads the same as it
 * arrives from the web (null), from desktop Excel (0) or through the sheet's blank guard (""); an error value (an
 * object) is no kind. */
export function parseKind(value: unknown): CriterionKind | undefined {
  if (value === null || value === undefined || value === 0) return "score";
  if (value === "score") return "score"; // the common case, without folding
  if (typeof value !== "string") return undefined;
  return value.trim() === "" ? "score" : KINDS.get(foldHeader(value));
}

/** TRUE/FALSE, yes/no, 是/否, 1/0; blank (null, "", desktop's 0) means false; undefined when it is none of these,
 * an error value included: #N/A in Allow NA is an error, not "no". */
export function parseYesNo(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (value === null || value === undefined) return false;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== "string") return undefined;
  const word = YES_NO.get(foldHeader(value));
  return word === undefined ? undefined : word === "yes";
}

/** "2 of 7 not scored" / "7项中2项未评分": what a partly scored evaluation's Total shows. */
export function notScoredText(language: Language, blanks: number, count: number): string {
  return SHEET_VOCABULARY[language].notScored.replace("{blanks}", String(blanks)).replace("{count}", String(count));
}

/** The kind as a workbook in `language` writes it. */
export const kindText = (language: Language, kind: CriterionKind): string => SHEET_VOCABULARY[language].kinds[kind][0];

/** The kinds a criteria table's drop-down offers, in `language`. */
export const kindChoices = (language: Language): string[] => CRITERION_KINDS.map((k) => kindText(language, k));

/** Every word read as the score kind, in every language, and blank (which means score too). */
export const SCORE_KIND_WORDS: readonly string[] = [...PACKS.flatMap((p) => p.kinds.score), ""];

/** A status from its word in any language (case and spaces do not matter); undefined for anything else, blank
 * included: the rubric's validation names what the cell holds. */
export function parseStatus(value: unknown): RubricStatus | undefined {
  return typeof value === "string" ? STATUSES.get(foldHeader(value)) : undefined;
}

/** The status as a workbook in `language` writes it in its Status setting. */
export const statusText = (language: Language, status: RubricStatus): string =>
  SHEET_VOCABULARY[language].statuses[status][0];

/** The statuses the Status setting's drop-down offers, in `language`. */
export const statusChoices = (language: Language): string[] => RUBRIC_STATUSES.map((s) => statusText(language, s));

/** yes and no as a workbook in `language` writes them. */
export const yesNoText = (language: Language): [string, string] => [
  SHEET_VOCABULARY[language].yes[0],
  SHEET_VOCABULARY[language].no[0],
];

/** Criteria table headers as a workbook in `language` writes them. */
export function criteriaHeaderText(language: Language): Record<CriteriaColumn, string> {
  const words = SHEET_VOCABULARY[language].criteria;
  const text = {} as Record<CriteriaColumn, string>;
  for (const column of Object.keys(words) as CriteriaColumn[]) text[column] = words[column][0];
  return text;
}

/** Whether a label-row text marks a retired column, in any language. */
export function isRetiredLabel(label: unknown): boolean {
  const text = typeof label === "string" ? label.trim().toLowerCase() : "";
  return PACKS.some((pack) => text.startsWith(pack.retired));
}

/** The label-row text for a column being retired: "retired: <old label>" (kept as it is when already retired). */
export function retiredLabel(language: Language, previous: string): string {
  const word = SHEET_VOCABULARY[language].retired;
  return isRetiredLabel(previous) || previous.trim() === "" ? previous || word : `${word}: ${previous}`;
}

/** Folded header words of each language's tables (criteria, share, bands, evaluations). */
const HEADER_WORDS = new Map<Language, Set<string>>(
  LANGUAGES.map((language) => {
    const pack = SHEET_VOCABULARY[language];
    const words = [
      ...Object.values<readonly string[]>(pack.criteria).flat(),
      pack.share,
      ...Object.values<readonly string[]>(pack.bands).flat(),
      ...Object.values(evaluationWords(pack)).flat(),
    ];
    return [language, new Set(words.map(foldHeader))];
  }),
);

/**
 * The language a workbook's table was written in, from its header row: the first language other than English with a
 * header of its own among them; English otherwise. The one rule for every table (criteria, bands, evaluations).
 */
export function tableLanguage(headers: readonly unknown[]): Language {
  const folded = headers.map(foldHeader);
  for (const language of LANGUAGES) {
    if (language === "en") continue;
    const own = HEADER_WORDS.get(language)!;
    if (folded.some((h) => own.has(h))) return language;
  }
  return "en";
}
