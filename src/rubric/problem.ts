// A validation problem, located precisely enough for the sheet (cell address) and the pane (next to its row).

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

export interface Problem {
  location: ProblemLocation;
  message: string;
}

/** "Q3: weight is negative", "bands: row 4: from is not ascending", "scale must be > 0". */
export function describeProblem(p: Problem): string {
  const { scope, index, id, field } = p.location;
  const fieldPart = field ? `${field} ` : "";
  switch (scope) {
    case "criterion":
      return `${id && id.trim() ? id : `criterion ${(index ?? 0) + 1}`}: ${fieldPart}${p.message}`;
    case "band":
      return `bands: row ${(index ?? 0) + 1}: ${fieldPart}${p.message}`;
    case "bands":
      return `bands: ${fieldPart}${p.message}`;
    case "criteria":
      return `criteria: ${fieldPart}${p.message}`;
    default:
      return `${fieldPart}${p.message}`;
  }
}

const place = (p: Problem) => `${p.location.scope}:${p.location.index ?? ""}:${p.location.field ?? ""}`;

/** Problems found while reading cells, then those of the values read, without reporting one cell twice. */
export function mergeProblems(reading: readonly Problem[], values: readonly Problem[]): Problem[] {
  const reported = new Set(reading.map(place));
  return [...reading, ...values.filter((p) => !reported.has(place(p)))];
}
