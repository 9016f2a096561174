// One evaluation's result under a rubric: a total with its band and points, unscored (every score cell blank), or an
// error that keeps the engine's code. Results live in typed arrays (Scores); this is their vocabulary.
import { EngineMessage } from "../messages";
import { ScoreErrorCode } from "../score";

export const TOTAL = 0;
export const BLANK = 1;
export const ERROR = 2;

/** Why a result cannot be given: the engine's codes (score.ts) that can arise from an evaluations table, the row's
 * version missing, and the bands' (a total no band holds, bands that break a rule). */
export const RESULT_ERROR_CODES = [
  "invalid-value",
  "out-of-range",
  "na-not-allowed",
  "all-na",
  "zero-weight",
  "incomplete",
  "invalid-rubric",
  "missing-column",
  "not-finite",
  "version-missing",
  "below-bands",
  "invalid-bands",
] as const satisfies readonly (ScoreErrorCode | "version-missing" | "below-bands" | "invalid-bands")[];

export type ResultErrorCode = (typeof RESULT_ERROR_CODES)[number];

/** The number a Scores error array holds for a code (0 means no error). */
export const errorIndex = (code: ResultErrorCode): number => RESULT_ERROR_CODES.indexOf(code) + 1;
export const errorCodeAt = (index: number): ResultErrorCode => RESULT_ERROR_CODES[index - 1];

export const E_INVALID = errorIndex("invalid-value");
export const E_RANGE = errorIndex("out-of-range");
export const E_NA = errorIndex("na-not-allowed");
export const E_ALL_NA = errorIndex("all-na");
export const E_ZERO_WEIGHT = errorIndex("zero-weight");
export const E_INCOMPLETE = errorIndex("incomplete");
export const E_NOT_FINITE = errorIndex("not-finite");
export const E_VERSION = errorIndex("version-missing");
export const E_BELOW_BANDS = errorIndex("below-bands");

export type Result =
  | { status: "total"; total: number; band: number; points: number }
  /** Every score cell blank: not scored yet. */
  | { status: "blank" }
  /** `total`: there is one, but no band or points (below-bands, invalid-bands). */
  | { status: "error"; code: ResultErrorCode; reason: EngineMessage; total?: number };
