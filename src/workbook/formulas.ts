// The formula texts the workbook layer writes. Pure: each takes names and ids and returns "=...".
//
// Evaluation rows call RUBRIC.* with structured references, so Excel's dependency tracking recalculates a total
// the moment a weight or a score changes. Desktop Excel passes empty cells to custom functions as 0, so the Total
// formula itself checks for blanks among the ACTIVE criteria columns before calling RUBRIC.TOTAL: an empty row
// stays "", a partly scored row says how many are missing, never a low number.
import { Language } from "../rubric/language";
import { SCORE_KIND_WORDS, SHEET_VOCABULARY } from "../rubric/vocabulary";

/** Escapes a column name for a structured reference: [ ] # ' are prefixed with '. */
export function escapeColumn(name: string): string {
  return name.replace(/(['#[\]])/g, "'$1");
}

const column = (table: string, name: string) => `${table}[@${bracketed(name)}]`;
const bracketed = (name: string) => {
  const escaped = escapeColumn(name);
  return /^[A-Za-z0-9_\u0080-\uffff]+$/.test(name) ? escaped : `[${escaped}]`;
};

/** "2 of 7 not scored" / "7项中2项未评分" (the vocabulary's notScored), built in the sheet from the blank count. */
function notScoredText(blanks: string, count: number, language: Language): string {
  const [before, after] = SHEET_VOCABULARY[language].notScored.replace("{count}", String(count)).split("{blanks}");
  return [before ? `"${before}"` : "", blanks, after ? `"${after}"` : ""].filter((part) => part !== "").join("&");
}

export interface TotalFormulaInput {
  evaluations: string;
  criteria: string;
  /** First and last score column of the block (the block may hold retired columns; RUBRIC.TOTAL ignores them). */
  first: string;
  last: string;
  /** Criteria columns in use: only these count as blank or filled. */
  active: readonly string[];
  /** A number or a reference to the settings' decimals cell. */
  decimals: string | number;
  /** A number or a reference to the settings' scale cell. */
  scale: string | number;
  language: Language;
}

/** A whole table as the RUBRIC functions read it: header and data rows, never a Total Row the user turned on
 * (`[#All]` would include it, and its "Total" would read as a criterion or a band). */
const wholeTable = (table: string) => `${table}[[#Headers],[#Data]]`;

export function totalFormula(input: TotalFormulaInput): string {
  const { evaluations: t, criteria, first, last, active, decimals, scale, language } = input;
  if (active.length === 0) return `=""`;
  const blanks = active.map((id) => `COUNTBLANK(${column(t, id)})`).join("+");
  const block = `${t}[@[${escapeColumn(first)}]:[${escapeColumn(last)}]]`;
  const headers = `${t}[[#Headers],[${escapeColumn(first)}]:[${escapeColumn(last)}]]`;
  const total = `RUBRIC.TOTAL(${block},${headers},${wholeTable(criteria)},${decimals},${scale})`;
  return `=IF((${blanks})=${active.length},"",IF((${blanks})>0,${notScoredText(`(${blanks})`, active.length, language)},${total}))`;
}

/** Points and band only for a numeric total: "" for a blank or "not scored" total; an error total stays visible in
 * the Total column. */
export function pointsFormula(evaluations: string, bands: string, totalHeader: string): string {
  const total = column(evaluations, totalHeader);
  return `=IF(ISNUMBER(${total}),RUBRIC.POINTS(${total},${wholeTable(bands)}),"")`;
}

export function bandFormula(evaluations: string, bands: string, totalHeader: string): string {
  const total = column(evaluations, totalHeader);
  return `=IF(ISNUMBER(${total}),RUBRIC.BAND(${total},${wholeTable(bands)}),"")`;
}

export function checkFormula(criteria: string, bands: string): string {
  return `=RUBRIC.CHECK(${wholeTable(criteria)},${wholeTable(bands)})`;
}

/** Total of the score criteria's weights. */
export function weightTotalFormula(criteria: string, weightHeader: string, kindHeader: string): string {
  const weight = `${criteria}[${escapeColumn(weightHeader)}]`;
  const kind = `${criteria}[${escapeColumn(kindHeader)}]`;
  return `=${SCORE_KIND_WORDS.map((w) => `SUMIFS(${weight},${kind},"${w}")`).join("+")}`;
}

/** A score criterion's share of the score weights (a fraction; formatted as a percentage); "" for other kinds. */
export function shareFormula(criteria: string, weightHeader: string, kindHeader: string, weightTotal: string): string {
  const kind = column(criteria, kindHeader);
  const isScore = `OR(${SCORE_KIND_WORDS.map((w) => `${kind}="${w}"`).join(",")})`;
  return `=IF(${isScore},IFERROR(${column(criteria, weightHeader)}/${weightTotal},""),"")`;
}
