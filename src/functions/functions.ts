// The RUBRIC.* custom functions: thin wrappers that convert Excel's arguments and call the domain (src/rubric).
// Exported so tests can call them as Excel does; the metadata (functions.json) is generated from these comments.
import { bandLabel } from "../rubric/bands";
import { checkTables } from "../rubric/check";
import { scoreKeyed, scorePositional } from "../rubric/formula";
import { lookupBand } from "../rubric/points";
import { INVALID_BANDS_ERROR, bandCellError, scoreCellError } from "../rubric/cell-error";
import { Language } from "../rubric/language";
import { engineMessage, listingProblems } from "../rubric/messages";
import { DEFAULT_SETTINGS } from "../rubric/model";
import { ScoreOutcome } from "../rubric/score";
import { Cells, readBandsTable } from "../rubric/table";
import { validateBands } from "../rubric/validate";
import { notScoredText, tableLanguage } from "../rubric/vocabulary";
import { checkText } from "../rubric/vocabulary/messages";
import { decimalsArgument, hasDataRows, scaleArgument, single, vector, versionArgument } from "./arguments";
import { cellErrorOf } from "./errors";

// A cell's message is in its workbook's language: the language of the table a function reads, told by its header row
// (RUBRIC.SCORE reads no table, so it speaks English).
const languageOf = (table: unknown): Language =>
  Array.isArray(table) && Array.isArray(table[0]) ? tableLanguage(table[0]) : "en";

function totalOf(outcome: ScoreOutcome, language: Language = "en"): number | string {
  if (outcome.status === "total") return outcome.total;
  if (outcome.status === "blank") return "";
  const { code, reason } = outcome.error;
  throw cellErrorOf(scoreCellError(code), reason, language);
}

/**
 * Weighted total of scores given position by position (scale 100); each list is one row or column.
 * @customfunction SCORE
 * @param scores Raw scores: numbers from 0 to max, NA where not applicable, blank where not scored yet.
 * @param weights Weight of each criterion (for bonus and penalty criteria: the points at full marks).
 * @param maxima Highest raw score of each criterion, or one number for all.
 * @param [kinds] Kind of each criterion: score, bonus, penalty or gate (default score).
 * @param [decimals] Decimal places of the total (default 1).
 * @returns The total, rounded half away from zero.
 */
export function score(
  scores: any[][],
  weights: any[][],
  maxima: any[][],
  kinds?: any[][],
  decimals?: any,
): number | string {
  return totalOf(
    scorePositional(
      vector("scores", scores),
      vector("weights", weights),
      vector("maxima", maxima),
      kinds ? vector("kinds", kinds) : null,
      decimalsArgument(single(decimals), DEFAULT_SETTINGS.decimals),
    ),
  );
}

/**
 * Total of one evaluation, matching scores to criteria by id; unknown ids (retired criteria) are ignored.
 * @customfunction TOTAL
 * @param scores The evaluation's score cells (one row or column).
 * @param ids The criterion ids heading those cells (the evaluation table's header cells).
 * @param criteria The criteria table including its header row: ID, Weight, Max, and optional Kind and Allow NA.
 * @param [decimals] Decimal places of the total (default 1).
 * @param [scale] The base score at full marks (default 100).
 * @param [version] The rubric version the evaluation is scored under, when criteria holds that version's rows only.
 * @returns The total, rounded half away from zero; "" when nothing is scored; "k of n not scored" when some is.
 */
export function total(
  scores: any[][],
  ids: any[][],
  criteria: any[][],
  decimals?: any,
  scale?: any,
  version?: any,
): number | string {
  // With a version, the sheet hands over that version's rows of the snapshot table (FILTER keeps the header row
  // whatever the version): no data row means no such version, whose settings then arrive blank, so this comes first.
  const language = languageOf(criteria);
  const asked = versionArgument(single(version), language);
  if (asked !== null && !hasDataRows(criteria))
    throw cellErrorOf("#N/A", engineMessage("version-missing", { version: asked }), language);
  const outcome = scoreKeyed(
    vector("scores", scores, language),
    vector("ids", ids, language),
    criteria,
    decimalsArgument(single(decimals), DEFAULT_SETTINGS.decimals, language),
    scaleArgument(single(scale), DEFAULT_SETTINGS.scale, language),
  );
  // A partly scored row is text in the criteria table's language, as the Total column shows it: counted here over
  // the table's own criteria, so a criterion added in the grid counts at once (no list in the formula to go stale).
  if (outcome.status === "error" && outcome.error.code === "incomplete") {
    const { blanks = 0, count = 0 } = outcome.error;
    return notScoredText(language, blanks, count);
  }
  return totalOf(outcome, language);
}

function readBands(bands: Cells, language: Language) {
  const table = readBandsTable(bands);
  const problems = table.problems.length > 0 ? table.problems : validateBands(table.bands);
  if (problems.length > 0) throw cellErrorOf(INVALID_BANDS_ERROR, listingProblems("invalid-bands", problems), language);
  return table.bands;
}

function bandIndex(totalValue: unknown, bands: any[][]): { index: number; bands: ReturnType<typeof readBands> } | null {
  const language = languageOf(bands);
  const table = readBands(bands, language);
  const found = lookupBand(single(totalValue), table);
  if (found.status === "blank") return null;
  if (found.status === "error") throw cellErrorOf(bandCellError(found.code), found.reason, language);
  return { index: found.index, bands: table };
}

/**
 * Promotion points for a total, from the bands table.
 * @customfunction POINTS
 * @param total The (rounded) total; blank gives "".
 * @param bands Two or three columns: From, Points, [Label]; a header row is allowed; a blank first From means no lower limit.
 * @returns The points of the band that holds the total.
 */
export function points(total: any, bands: any[][]): number | string {
  const found = bandIndex(total, bands);
  return found ? found.bands[found.index].points : "";
}

/**
 * Name of the band a total falls in: its label, or its range ("60–75") when the bands have no labels.
 * @customfunction BAND
 * @param total The (rounded) total; blank gives "".
 * @param bands Two or three columns: From, Points, [Label]; a header row is allowed.
 * @returns The band's label or range.
 */
export function band(total: any, bands: any[][]): string {
  const found = bandIndex(total, bands);
  return found ? bandLabel(found.bands, found.index) : "";
}

/**
 * Checks a criteria table (and bands) against the rubric rules.
 * @customfunction CHECK
 * @param criteria The criteria table including its header row.
 * @param [bands] The bands table (From, Points, [Label]).
 * @returns "OK" ("通过" for a Chinese table), or every problem in one text, in the table's language.
 */
export function check(criteria: any[][], bands?: any[][]): string {
  return checkText(checkTables(criteria, bands ?? null), languageOf(criteria));
}
