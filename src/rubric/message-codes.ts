// Every problem code and every engine code as lists, for tests that check each message pack words them all; apart
// from messages.ts so that the lists stay out of the pane's download.
import type { EngineCode, ProblemCode } from "./messages";

/** The type checker proves the lists complete. */
export const PROBLEM_CODES = [
  "rubric-id",
  "empty",
  "whole-version",
  "one-of",
  "positive-scale",
  "decimals-range",
  "no-criteria",
  "criterion-id",
  "repeated-id",
  "not-a-number",
  "negative",
  "not-positive",
  "not-boolean",
  "no-score-criterion",
  "zero-score-weights",
  "level-outside",
  "level-repeated",
  "open-band",
  "not-ascending",
  "missing-columns",
  "missing-band-columns",
  "value-not-a-number",
  "blank",
  "not-a-kind",
  "not-yes-no",
  "levels-syntax",
  "missing-tables",
  "id-mismatch",
] as const satisfies readonly ProblemCode[];

export const ENGINE_CODES = [
  "invalid-value",
  "out-of-range",
  "na-not-allowed",
  "values-for-criteria",
  "scores-but",
  "n-weights",
  "n-maxima",
  "n-kinds",
  "scores-but-ids",
  "all-na",
  "zero-weight",
  "incomplete",
  "invalid-rubric",
  "missing-column",
  "duplicate-column",
  "not-finite",
  "total-not-a-number",
  "below-bands",
  "no-bands",
  "invalid-bands",
  "not-a-line",
  "not-one-line",
  "decimals-blank",
  "decimals-invalid",
  "scale-blank",
  "scale-invalid",
  "version-blank",
  "version-invalid",
  "version-missing",
] as const satisfies readonly EngineCode[];

// A code added to the catalogue and not to its list fails to compile here.
type Unlisted =
  Exclude<ProblemCode, (typeof PROBLEM_CODES)[number]> | Exclude<EngineCode, (typeof ENGINE_CODES)[number]>;
const listsComplete: [Unlisted] extends [never] ? true : Unlisted = true;
void listsComplete;
