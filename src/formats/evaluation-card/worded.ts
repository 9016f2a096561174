// The card in words: every cell as the reader sees it, in one language. html.ts and text.ts lay out the same cells,
// so the rich and the plain copy of a card never say different things.
import type { Language } from "../../rubric/language";
import type { CardLine, EvaluationCard } from "../../rubric/review";
import { roundHalfAway } from "../../rubric/round";
import { SHEET_VOCABULARY } from "../../rubric/vocabulary/packs";
import { fillMessage } from "../../rubric/vocabulary/messages/render";
import { en } from "./en";
import { CardWords } from "./words";
import { zh } from "./zh";

export const CARD_WORDS: Readonly<Record<Language, CardWords>> = { en, zh };

export interface WordedLine {
  kind: CardLine["kind"];
  /** ID, criterion, level given, score, share (or the kind), contribution (or the points, or passed/failed). */
  cells: [string, string, string, string, string, string];
  /** A gate that failed. */
  failed: boolean;
}

export interface WordedCard {
  language: Language;
  heading: string;
  /** Date, process, person, team, reviewer, key: label and value. */
  fields: [string, string][];
  columns: [string, string, string, string, string, string];
  lines: WordedLine[];
  base: [string, string];
  /** "78.0 base + 10 bonus = 88.0 → 2 points", or the failed gate. */
  sum: string;
  /** Total, points, band. */
  results: [string, string][];
  comment: [string, string];
  checksum: [string, string];
}

/** Fixed decimals, half away from zero, never "-0.0". */
export function fixed(x: number, decimals: number): string {
  const rounded = roundHalfAway(x, decimals);
  return (rounded === 0 ? 0 : rounded).toFixed(decimals);
}

/** As few decimals as the number needs, up to `most`: 10 → "10", 1.5 → "1.5". */
export function plain(x: number, most = 6): string {
  const rounded = Number(fixed(x, most));
  return String(rounded === 0 ? 0 : rounded);
}

/** Line breaks would let a label forge lines of the plain copy: each becomes a space. */
const oneLine = (text: string) => text.replace(/\r\n|[\r\n\u2028\u2029]/g, " ");

export function wordCard(card: EvaluationCard, language: Language): WordedCard {
  const w = CARD_WORDS[language];
  const sheet = SHEET_VOCABULARY[language];
  const e = sheet.evaluations;
  const decimals = card.rubric.decimals;
  const pointsText = (points: number) =>
    fillMessage(points === 1 ? w.sum.points.one : w.sum.points.other, { count: plain(points) });
  const given = (line: CardLine) =>
    line.value === "NA" ? w.na : fillMessage(w.given, { value: plain(line.value), max: plain(line.max) });
  const lines = card.lines.map((line): WordedLine => {
    const head: [string, string, string, string] = [
      line.id,
      oneLine(line.label),
      oneLine(line.level ?? w.none),
      given(line),
    ];
    switch (line.kind) {
      case "score":
        return {
          kind: line.kind,
          cells: [
            ...head,
            line.share === undefined ? w.none : fillMessage(w.percent, { value: fixed(line.share * 100, 1) }),
            line.contribution === undefined ? w.none : fixed(line.contribution, decimals),
          ],
          failed: false,
        };
      case "bonus":
      case "penalty":
        return {
          kind: line.kind,
          cells: [
            ...head,
            w.kinds[line.kind],
            `${line.points < 0 ? "−" : "+"}${plain(Math.abs(line.points), decimals + 2)}`,
          ],
          failed: false,
        };
      default:
        return {
          kind: line.kind,
          cells: [...head, w.kinds.gate, line.passed ? w.gate.passed : w.gate.failed],
          failed: !line.passed,
        };
    }
  });
  const has = (kind: CardLine["kind"]) => card.lines.some((l) => l.kind === kind);
  const total = fixed(card.total, decimals);
  const sum = card.failedGate
    ? fillMessage(w.failedGate, {
        id: card.failedGate.id,
        label: oneLine(card.failedGate.label),
        total,
        points: pointsText(card.points),
      })
    : fillMessage(w.sum.base, { base: fixed(card.base, decimals) }) +
      (has("bonus") ? fillMessage(w.sum.bonus, { bonus: plain(card.bonus, decimals + 2) }) : "") +
      (has("penalty") ? fillMessage(w.sum.penalty, { penalty: plain(card.penalty, decimals + 2) }) : "") +
      fillMessage(w.sum.result, { total, points: pointsText(card.points) });
  const v = card.evaluation;
  return {
    language,
    heading: fillMessage(w.heading, { title: oneLine(card.rubric.title), version: card.rubric.version }),
    fields: [
      [e.date, v.date ?? w.none],
      [e.process, oneLine(v.process)],
      [e.person, oneLine(v.person)],
      [e.team, oneLine(v.team)],
      [e.reviewer, oneLine(v.reviewer)],
      [e.key, v.key],
    ],
    columns: [
      sheet.criteria.id[0],
      sheet.criteria.label[0],
      w.columns.level,
      w.columns.given,
      sheet.share,
      w.columns.contribution,
    ],
    lines,
    base: [w.base, fixed(card.base, decimals)],
    sum,
    results: [
      [e.total, total],
      [e.points, plain(card.points)],
      [e.band, oneLine(card.band)],
    ],
    comment: [e.comment, card.comment === "" ? w.noComment : card.comment],
    checksum: [sheet.versions.versions.checksum, card.rubric.checksum],
  };
}
