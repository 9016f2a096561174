// What the domain says, as codes with parameters: validation problems and engine errors. No words here: the message
// packs (vocabulary/messages/en.ts, zh.ts) word each code in a language, so a cell, the pane and an export say the
// same thing in the reader's language. Each code names the parameters its message takes (never: none).

/** Validation problems: what is wrong with one field (the location names the field, see problem.ts). */
export interface ProblemParams {
  "rubric-id": never;
  empty: never;
  "whole-version": never;
  "one-of": "choices";
  "positive-scale": never;
  "decimals-range": "max";
  "no-criteria": never;
  "criterion-id": never;
  "repeated-id": "n";
  "not-a-number": never;
  negative: never;
  "not-positive": never;
  "not-boolean": never;
  "no-score-criterion": never;
  "zero-score-weights": never;
  "level-outside": "points" | "max";
  "level-repeated": "points";
  "open-band": never;
  "not-ascending": "from" | "previous";
  /** `columns`: criteria column keys ("id,weight"), worded as the language's headers. */
  "missing-columns": "columns";
  "missing-band-columns": never;
  "value-not-a-number": "value";
  blank: never;
  "not-a-kind": "value";
  "not-yes-no": "value";
  "levels-syntax": "part";
  "missing-tables": "names";
  "id-mismatch": "id" | "tables";
}
export type ProblemCode = keyof ProblemParams;

/** Engine errors: why a total, points or band cannot be given (RUBRIC.* show them as #VALUE! or #N/A). */
export interface EngineParams {
  "invalid-value": "id" | "value";
  "out-of-range": "id" | "value" | "max";
  "na-not-allowed": "id";
  "values-for-criteria": "values" | "count";
  /** {parts}: the lists whose length differs ("2 weights, 1 kinds"). */
  "scores-but": "count" | "parts";
  "n-weights": "n";
  "n-maxima": "n";
  "n-kinds": "n";
  "scores-but-ids": "scores" | "ids";
  "all-na": never;
  "zero-weight": never;
  incomplete: "blanks" | "count";
  /** {problems}: the rubric's problems, worded and joined. */
  "invalid-rubric": "problems";
  "missing-column": "id";
  "duplicate-column": "id";
  "not-finite": never;
  "total-not-a-number": "value";
  "below-bands": "total" | "from";
  "no-bands": never;
  "invalid-bands": "problems";
  "not-a-line": "name";
  "not-one-line": "name" | "rows" | "columns";
  "decimals-blank": never;
  "decimals-invalid": "value";
  "scale-blank": never;
  "scale-invalid": "value";
  "version-blank": never;
  "version-invalid": "value";
  "version-missing": "version";
}
export type EngineCode = keyof EngineParams;

export type ParamValue = string | number;
export type Params = Readonly<Record<string, ParamValue>>;

/** The parameters a code takes, as arguments: none for a code without any. */
export type ParamArgs<P extends string> = [P] extends [never] ? [] : [Readonly<Record<P, ParamValue>>];

/** An engine error's words to be: its code, its parameters, and what it lists ({parts}, {problems}). */
export interface EngineMessage {
  code: EngineCode;
  params: Params;
  parts?: readonly EngineMessage[];
  /** For invalid-rubric and invalid-bands. */
  problems?: readonly import("./problem").Problem[];
}

export function engineMessage<C extends EngineCode>(code: C, ...args: ParamArgs<EngineParams[C]>): EngineMessage {
  return { code, params: args[0] ?? {} };
}

/** An error that lists the rubric's or the bands' problems: "invalid rubric: PREP: weight is negative". */
export function listingProblems(
  code: "invalid-rubric" | "invalid-bands",
  problems: readonly import("./problem").Problem[],
): EngineMessage {
  return { code, params: {}, problems };
}
