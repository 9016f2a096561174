// The shape of the evaluation card's words in one language: one typed pack per language (en.ts, zh.ts), as the
// domain's message packs. The field names (Date, Process, Total, Points, Band, Checksum, …) are the sheet's own
// (SheetVocabulary), so the card reads as the evaluations sheet does.
import type { Counted, Message } from "../../rubric/vocabulary/change-words/types";

export interface CardWords {
  /** The card's title line. */
  heading: Message<"title" | "version">;
  /** Column heads of the criteria lines (the criterion and share heads are the sheet's). */
  columns: { level: string; given: string; contribution: string };
  /** A value given of its max: "8 of 10". */
  given: Message<"value" | "max">;
  na: string;
  /** Where a line has no level label, share or contribution. */
  none: string;
  percent: Message<"value">;
  /** The kind of a line that is no score criterion. */
  kinds: { bonus: string; penalty: string; gate: string };
  gate: { passed: string; failed: string };
  /** The arithmetic line: "78.0 base + 10 bonus = 88.0 → 2 points" (a term only where the rubric has the kind). */
  sum: {
    base: Message<"base">;
    bonus: Message<"bonus">;
    penalty: Message<"penalty">;
    result: Message<"total" | "points">;
    points: Counted;
  };
  /** Instead of the arithmetic line when a gate failed. */
  failedGate: Message<"id" | "label" | "total" | "points">;
  base: string;
  /** Where the reviewer left no comment. */
  noComment: string;
}
