// The formula texts the workbook layer writes. Pure: each takes names and ids and returns "=...".
//
// Evaluation rows call RUBRIC.* with structured references, so Excel's dependency tracking recalculates a total
// the moment a weight or a score changes. Desktop Excel passes empty cells to custom functions as 0, the web as
// null: a custom function cannot tell a cleared cell from a typed 0 on desktop. So every table and setting a
// formula hands to RUBRIC.* goes through a blank guard, IF(ISBLANK(r),"",r), and blanks arrive as "" on every
// host. The guard is one array expression per argument, whatever the number of criteria: RUBRIC.TOTAL counts the
// blank criteria itself, over the criteria table it is given, so no list of criteria in the formula can go stale
// when a criterion is added in the grid. (Every host of this add-in has dynamic arrays. LET would spare repeating
// each reference, but HyperFormula, which the tests calculate with, has no LET; the formula stays short without.)

import { SCORE_KIND_WORDS } from "../rubric/vocabulary";

/** Excel refuses a longer formula. */
export const MAX_FORMULA_LENGTH = 8192;

/** Escapes a column name for a structured reference: [ ] # ' are prefixed with '. */
export function escapeColumn(name: string): string {
  return name.replace(/(['#[\]])/g, "'$1");
}

const column = (table: string, name: string) => `${table}[@${bracketed(name)}]`;
const bracketed = (name: string) => {
  const escaped = escapeColumn(name);
  return /^[A-Za-z0-9_\u0080-\uffff]+$/.test(name) ? escaped : `[${escaped}]`;
};

/** A range or a cell as RUBRIC.* should see it: its blank cells as "", on desktop as on the web. */
export const blankGuarded = (reference: string) => `IF(ISBLANK(${reference}),"",${reference})`;

/** A whole table as the RUBRIC functions read it: header and data rows, never a Total Row the user turned on
 * (`[#All]` would include it, and its "Total" would read as a criterion or a band). */
const wholeTable = (table: string) => `${table}[[#Headers],[#Data]]`;

const tooLong = (length: number) =>
  `the Total formula would be ${length} characters, over Excel's limit of ${MAX_FORMULA_LENGTH}: shorten the criterion ids`;

export function checkFormula(criteria: string, bands: string): string {
  return `=RUBRIC.CHECK(${blankGuarded(wholeTable(criteria))},${blankGuarded(wholeTable(bands))})`;
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

// ---------------------------------------------------------------------------------------------------------------
// Versioned formulas: each evaluation is scored under the version in its Rubric version cell (a blank cell: the latest
// version, until the row is stamped). The version's criteria and bands are the rows of the snapshot tables whose
// Version is the row's, handed over with their header row by FILTER: the header's Version is text, versions are
// numbers, so ISTEXT keeps the header. One formula for every row (a calculated column), whatever the version.

/** The tables and headers a versioned formula names. */
export interface VersionedFormulaNames {
  evaluations: string;
  /** The evaluations table's Rubric version header. */
  versionColumn: string;
  /** Versions_<id>, VersionCriteria_<id>, VersionBands_<id>. */
  versions: string;
  criteria: string;
  bands: string;
  /** The Version header of the three tables above. */
  version: string;
  /** Headers in the Versions table. */
  scale: string;
  decimals: string;
  /** First and last criterion column of the criteria snapshots, first and last band column of the bands ones. */
  criteriaColumns: [string, string];
  bandsColumns: [string, string];
}

const col = (table: string, name: string) => `${table}[${bracketed(name)}]`;

/** The version a row is scored under: its Rubric version cell, or the latest version while that is blank. */
function rowVersion(n: VersionedFormulaNames): string {
  const cell = column(n.evaluations, n.versionColumn);
  return `IF(ISBLANK(${cell}),MAX(${col(n.versions, n.version)}),${cell})`;
}

/** A snapshot table's rows of one version, with its header row, blank cells as "". */
function versionRows(table: string, [first, last]: [string, string], version: string, versionHeader: string): string {
  const block = `${table}[[#Headers],[#Data],[${escapeColumn(first)}]:[${escapeColumn(last)}]]`;
  const versions = `${table}[[#Headers],[#Data],[${escapeColumn(versionHeader)}]]`;
  return `FILTER(${blankGuarded(block)},ISTEXT(${versions})+(${versions}=${version}))`;
}

/** A setting of the row's version: "" when the version does not exist (RUBRIC.TOTAL then names the version). */
function versionSetting(n: VersionedFormulaNames, header: string, version: string): string {
  const value = `INDEX(${col(n.versions, header)},MATCH(${version},${col(n.versions, n.version)},0))`;
  return `IFERROR(${blankGuarded(value)},"")`;
}

export interface VersionedTotalInput {
  names: VersionedFormulaNames;
  /** First and last score column of the evaluations table's block. */
  first: string;
  last: string;
}

/** Why criteria with these ids cannot be scored in the sheet (the Total formula would not fit), or undefined. The
 * formula names only the first and last score column, so the worst case is the longest id at both ends: the number
 * of criteria plays no part. */
export function totalFormulaProblem(names: VersionedFormulaNames, ids: readonly string[]): string | undefined {
  const longest = ids.reduce((a, b) => (b.length > a.length ? b : a), "");
  try {
    versionedTotalFormula({ names, first: longest, last: longest });
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

export function versionedTotalFormula({ names: n, first, last }: VersionedTotalInput): string {
  if (!first || !last) return `=""`;
  const t = n.evaluations;
  const block = `${t}[@[${escapeColumn(first)}]:[${escapeColumn(last)}]]`;
  const headers = `${t}[[#Headers],[${escapeColumn(first)}]:[${escapeColumn(last)}]]`;
  const version = rowVersion(n);
  const formula =
    `=RUBRIC.TOTAL(${blankGuarded(block)},${headers},${versionRows(n.criteria, n.criteriaColumns, version, n.version)},` +
    `${versionSetting(n, n.decimals, version)},${versionSetting(n, n.scale, version)},${version})`;
  if (formula.length > MAX_FORMULA_LENGTH) throw new Error(tooLong(formula.length));
  return formula;
}

/** Points and band of the row's version, for a numeric total only. */
export function versionedPointsFormula(n: VersionedFormulaNames, totalHeader: string): string {
  const total = column(n.evaluations, totalHeader);
  const bands = versionRows(n.bands, n.bandsColumns, rowVersion(n), n.version);
  return `=IF(ISNUMBER(${total}),RUBRIC.POINTS(${total},${bands}),"")`;
}

export function versionedBandFormula(n: VersionedFormulaNames, totalHeader: string): string {
  const total = column(n.evaluations, totalHeader);
  const bands = versionRows(n.bands, n.bandsColumns, rowVersion(n), n.version);
  return `=IF(ISNUMBER(${total}),RUBRIC.BAND(${total},${bands}),"")`;
}
