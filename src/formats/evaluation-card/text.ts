// The card as plain text, for the clipboard's text/plain (a mail, a plain-text sign-off field): one line per fact,
// criteria one per line with their cells separated by " · ". Labels are flattened to one line each.
import type { Language } from "../../rubric/language";
import type { EvaluationCard } from "../../rubric/review";
import { wordCard } from "./worded";

const pair = ([label, value]: [string, string], colon: string) => `${label}${colon}${value}`;

export function cardText(card: EvaluationCard, language: Language): string {
  const w = wordCard(card, language);
  const colon = language === "zh" ? "：" : ": ";
  const lines = [
    w.heading,
    w.fields.map((f) => pair(f, colon)).join(" · "),
    "",
    w.columns.join(" · "),
    ...w.lines.map((line) => line.cells.join(" · ")),
    "",
    pair(w.base, colon),
    w.sum,
    ...w.results.map((r) => pair(r, colon)),
    // A comment may hold several lines: they follow its label, indented, so none reads as another field.
    pair([w.comment[0], w.comment[1].replace(/\r\n|[\r\n\u2028\u2029]/g, "\n  ")], colon),
    pair(w.checksum, colon),
  ];
  return lines.join("\n") + "\n";
}
