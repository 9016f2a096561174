// A validation problem, located precisely enough for the sheet (cell address) and the pane (next to its row).
import type { ParamArgs, Params, ProblemCode, ProblemParams } from "./messages";

export type ProblemScope = "rubric" | "settings" | "criteria" | "criterion" | "bands" | "band";

export interface ProblemLocation {
  scope: ProblemScope;
  /** Position within criteria or bands (0-based), where the scope is a row. */
  index?: number;
  /** The criterion's id, where known. */
  id?: string;
  /** The field at fault: "weight", "max", "levels[2].points", "from", ... */
  field?: string;
}

/** What is wrong, as a code and its parameters: the message packs word it (describeProblem, in any language). */
export interface Problem {
  location: ProblemLocation;
  code: ProblemCode;
  params: Params;
}

/** A problem at `location`; the type checker asks for exactly the parameters its code takes. */
export function problemAt<C extends ProblemCode>(
  location: ProblemLocation,
  code: C,
  ...args: ParamArgs<ProblemParams[C]>
): Problem {
  return { location, code, params: args[0] ?? {} };
}

/** "Q3: weight is negative", "bands: row 4: from is not ascending", "scale must be > 0" (or in Chinese). */
export { describeProblem, describeProblems, problemText } from "./vocabulary/messages/render";

const place = (p: Problem) => `${p.location.scope}:${p.location.index ?? ""}:${p.location.field ?? ""}`;

/** Problems found while reading cells, then those of the values read, without reporting one cell twice. */
export function mergeProblems(reading: readonly Problem[], values: readonly Problem[]): Problem[] {
  const reported = new Set(reading.map(place));
  return [...reading, ...values.filter((p) => !reported.has(place(p)))];
}
