// The shape of a message pack: how the domain's problems and engine errors (src/rubric/messages.ts) are worded in one
// language. One typed pack per language (en.ts, zh.ts), as HyperFormula ships its translation packages: a pack that
// lacks a code, or words it with a parameter the code does not give, does not type-check.
import type { Message } from "../change-words/types";
import type { EngineCode, EngineParams, ProblemCode, ProblemParams } from "../../messages";

export interface MessageWords {
  /** What is wrong with a field, after the field's name ("weight is negative"). */
  problems: { [C in ProblemCode]: Message<ProblemParams[C]> };
  engine: { [C in EngineCode]: Message<EngineParams[C]> };
  /** How a problem names a field: by its key in the rubric's JSON ("weight", "allowNA"), or by the sheet's own
   * header or setting label in this language ("权重"). */
  fieldNames: "keys" | "sheet";
  /** A level's field: {index} is its 0-based position, {n} its 1-based one, {field} its label or points. */
  levelField: Message<"index" | "n" | "field">;
  levelFields: { label: string; points: string };
  /** A field and what is wrong with it. */
  fieldProblem: Message<"field" | "text">;
  /** Where a problem is: a criterion (by id, or by position when it has none), a band row, a table. */
  at: {
    criterion: Message<"criterion" | "text">;
    unnamedCriterion: Message<"n">;
    band: Message<"n" | "text">;
    bands: Message<"text">;
    criteria: Message<"text">;
  };
  /** Between problems, and between the items of a list. */
  separator: string;
  listSeparator: string;
  /** What RUBRIC.CHECK says when there is no problem. */
  checkOk: string;
}
