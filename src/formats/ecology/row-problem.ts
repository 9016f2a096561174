// Why an evaluation row gets no e-cology payload, as a code and its parameters: the pane words it in its language
// (export.rowProblem.<problem> in en.json and zh.json) and names the row as the sheet shows it, which only it knows.
// The other rows still get theirs.
import type { EngineMessage } from "../../rubric/messages";

/** The evaluation's own fields, as the payload sends them. */
export type EvaluationField = "date" | "process" | "person" | "team" | "reviewer" | "comment";

export type PayloadRowProblem =
  /** A required field is blank. */
  | { problem: "missingField"; field: EvaluationField }
  /** The Date is not a date (yyyy-mm-dd). */
  | { problem: "badDate"; value: string }
  | { problem: "tooLong"; field: EvaluationField; max: number }
  /** Scored with another version than the rubric's (a workbook without published versions). */
  | { problem: "otherVersion"; version: number; rubricVersion: number }
  /** Scored with a version that is not among the published ones. */
  | { problem: "unpublishedVersion"; version: number; published: string }
  | { problem: "notScored" }
  | { problem: "incomplete"; blanks: number; count: number }
  /** The engine's own words for a score it refuses (a value out of range, NA not allowed, ...). */
  | { problem: "score"; reason: EngineMessage }
  /** The engine's own words for a total without a band. */
  | { problem: "band"; reason: EngineMessage }
  | { problem: "notALevel"; criterion: string; value: string; levels: string }
  | { problem: "notANumber"; criterion: string }
  | { problem: "decimals"; criterion: string; value: string; decimals: number };

/** An evaluation left out: its place in the list given to the payload builder, and every reason. */
export interface RefusedRow {
  index: number;
  problems: PayloadRowProblem[];
}
