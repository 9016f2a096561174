// Raw values as the form edits them, and what is wrong with one (shown inline, in the reviewer's language).
import { Criterion, RawValue } from "../../rubric/model";
import { INVALID, NA, classifyValue } from "../../rubric/value";

/** Text typed into a score box: blank → undefined; a number that reads back the same → the number; else the text
 * (so "7." stays as typed while the engine still reads it as 7, and "abc" reaches the engine as invalid). */
export function valueFromText(text: string): RawValue {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const v = classifyValue(trimmed);
  return typeof v === "number" && String(v) === trimmed ? v : text;
}

export function textOfValue(value: RawValue): string {
  return value === null || value === undefined ? "" : String(value);
}

export type ValueProblem = "outOfRange" | "notANumber";

/** The inline problem with a criterion's value, or null when the engine will accept it. */
export function valueProblem(criterion: Criterion, value: RawValue): ValueProblem | null {
  const v = classifyValue(value);
  if (v === null) return null;
  if (v === NA) return criterion.allowNA ? null : "notANumber";
  if (v === INVALID) return "notANumber";
  return v < 0 || v > criterion.max ? "outOfRange" : null;
}

/** A criterion's value, matching its id ignoring case as the engine does. */
export function valueOf(values: Readonly<Record<string, RawValue>>, id: string): RawValue {
  if (id in values) return values[id];
  const key = Object.keys(values).find((k) => k.toUpperCase() === id.toUpperCase());
  return key === undefined ? undefined : values[key];
}
