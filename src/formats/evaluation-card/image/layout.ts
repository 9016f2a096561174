// The card as an image, laid out: the same cells as the HTML copy (worded.ts), in the same order, as rectangles and
// lines of text at fixed places, every text wrapped to its cell's width. Pure: the width of a text comes from the
// `measure` given (a canvas's measureText in the pane, a fake in tests); paint.ts draws the result.
import type { Language } from "../../../rubric/language";
import { languageTag } from "../../../rubric/language";
import type { EvaluationCard } from "../../../rubric/review";
import { WordedCard, wordCard } from "../worded";
import { Measure, wrapText } from "./wrap";

/** One line of text: `y` is the top of its line, `height` the line's height (the text centred in it); `x` is its
 * left or, aligned right, its right. */
export interface TextItem {
  kind: "text";
  text: string;
  x: number;
  y: number;
  height: number;
  font: string;
  color: string;
  align: "left" | "right";
}

/** A cell's background and border. */
export interface BoxItem {
  kind: "box";
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  stroke: string;
}

export type LayoutItem = TextItem | BoxItem;

export interface CardLayout {
  /** In CSS pixels, margins included. */
  width: number;
  height: number;
  /** The BCP 47 tag of the card's words. */
  lang: string;
  background: string;
  /** Boxes before the texts they hold. */
  items: LayoutItem[];
}

const SANS = "'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', Arial, sans-serif";
const MONO = "Consolas, Menlo, 'Courier New', monospace";

/** The fonts, as a canvas takes them; the HTML copy's sizes and weights. */
export const CARD_FONTS = {
  heading: `600 16px ${SANS}`,
  text: `13px ${SANS}`,
  strong: `600 13px ${SANS}`,
  code: `11px ${MONO}`,
} as const;
const LINE_HEIGHT: Record<string, number> = {
  [CARD_FONTS.heading]: 22,
  [CARD_FONTS.text]: 18,
  [CARD_FONTS.strong]: 18,
  [CARD_FONTS.code]: 15,
};

/** The HTML copy's colours. */
const COLOURS = {
  page: "#ffffff",
  text: "#242424",
  border: "#d1d1d1",
  head: "#f0f0f0",
  sum: "#f7f7f7",
  failed: "#a4262c",
};

/** The card's width without the margins, in CSS pixels. */
export const CARD_WIDTH = 640;
const MARGIN = 16;
const PAD_X = 8;
const PAD_Y = 4;
/** Below the heading. */
const HEADING_GAP = 6;

interface Cell {
  text: string;
  x: number;
  width: number;
  font?: string;
  color?: string;
  align?: "left" | "right";
  fill?: string;
}

/** Lays out rows of cells from the top down. */
class Sheet {
  readonly items: LayoutItem[] = [];
  y = MARGIN;
  constructor(private readonly measure: Measure) {}

  /** A text without a box (the heading). */
  text(text: string, font: string, width: number) {
    const lines = wrapText(text, width, font, this.measure);
    lines.forEach((line, i) =>
      this.items.push({
        kind: "text",
        text: line,
        x: MARGIN,
        y: this.y + i * LINE_HEIGHT[font],
        height: LINE_HEIGHT[font],
        font,
        color: COLOURS.text,
        align: "left",
      }),
    );
    this.y += lines.length * LINE_HEIGHT[font];
  }

  /** One row: each cell wrapped to its width; the row as tall as its tallest cell. */
  row(cells: Cell[]) {
    const wrapped = cells.map((cell) => {
      const font = cell.font ?? CARD_FONTS.text;
      return { cell, font, lines: wrapText(cell.text, cell.width - 2 * PAD_X, font, this.measure) };
    });
    const height = Math.max(...wrapped.map(({ font, lines }) => lines.length * LINE_HEIGHT[font])) + 2 * PAD_Y;
    for (const { cell, font, lines } of wrapped) {
      const { x, width, align = "left" } = cell;
      this.items.push({
        kind: "box",
        x: MARGIN + x,
        y: this.y,
        width,
        height,
        fill: cell.fill ?? COLOURS.page,
        stroke: COLOURS.border,
      });
      lines.forEach((line, i) =>
        this.items.push({
          kind: "text",
          text: line,
          x: MARGIN + (align === "right" ? x + width - PAD_X : x + PAD_X),
          y: this.y + PAD_Y + i * LINE_HEIGHT[font],
          height: LINE_HEIGHT[font],
          font,
          color: cell.color ?? COLOURS.text,
          align,
        }),
      );
    }
    this.y += height;
  }
}

/** The criteria columns' widths: ID and the numbers as wide as their widest cell (within a cap), the criterion and
 * the level share the rest, the criterion first. */
function columnWidths(w: WordedCard, measure: Measure, width: number): number[] {
  const natural = w.columns.map((head, i) =>
    Math.max(
      measure(head, CARD_FONTS.strong),
      ...w.lines.map((line) => measure(line.cells[i], line.failed && i === 5 ? CARD_FONTS.strong : CARD_FONTS.text)),
    ),
  );
  const fitted = (i: number, share: number) => Math.min(Math.ceil(natural[i]) + 2 * PAD_X, Math.floor(width * share));
  const id = fitted(0, 0.14);
  const numbers = [3, 4, 5].map((i) => fitted(i, 0.16));
  const rest = width - id - numbers.reduce((a, b) => a + b, 0);
  const labelNatural = Math.ceil(natural[1]) + 2 * PAD_X;
  const levelNatural = Math.ceil(natural[2]) + 2 * PAD_X;
  const level = labelNatural + levelNatural <= rest ? levelNatural : Math.min(levelNatural, Math.floor(rest * 0.4));
  return [id, rest - level, level, ...numbers];
}

/** The worded card laid out `width` CSS pixels wide (margins aside). */
export function layoutWordedCard(w: WordedCard, measure: Measure, width = CARD_WIDTH): CardLayout {
  const sheet = new Sheet(measure);
  sheet.text(w.heading, CARD_FONTS.heading, width);
  sheet.y += HEADING_GAP;

  // Label and value rows: the labels' column as wide as the widest label (within a third of the width).
  const pairs: [string, string][] = [...w.fields, w.base, ...w.results, w.comment, w.checksum];
  const labelWidth = Math.min(
    Math.ceil(Math.max(...pairs.map(([label]) => measure(label, CARD_FONTS.strong)))) + 2 * PAD_X,
    Math.floor(width / 3),
  );
  const field = ([label, value]: [string, string], style: Partial<Cell> = {}) =>
    sheet.row([
      { text: label, x: 0, width: labelWidth, font: CARD_FONTS.strong, fill: COLOURS.head },
      { text: value, x: labelWidth, width: width - labelWidth, ...style },
    ]);

  for (const f of w.fields) field(f);
  const columns = columnWidths(w, measure, width);
  const lefts = columns.map((_, i) => columns.slice(0, i).reduce((a, b) => a + b, 0));
  sheet.row(
    w.columns.map((head, i) => ({
      text: head,
      x: lefts[i],
      width: columns[i],
      font: CARD_FONTS.strong,
      fill: COLOURS.head,
    })),
  );
  for (const line of w.lines) {
    sheet.row(
      line.cells.map((text, i) => {
        const failed = line.failed && i === 5;
        return {
          text,
          x: lefts[i],
          width: columns[i],
          align: i >= 3 ? "right" : "left",
          ...(failed ? { font: CARD_FONTS.strong, color: COLOURS.failed } : {}),
        };
      }),
    );
  }
  field(w.base, { align: "right" });
  sheet.row([{ text: w.sum, x: 0, width, font: CARD_FONTS.strong, fill: COLOURS.sum }]);
  for (const r of w.results) field(r, { align: "right" });
  field(w.comment);
  field(w.checksum, { font: CARD_FONTS.code });
  return {
    width: width + 2 * MARGIN,
    height: Math.ceil(sheet.y + MARGIN),
    lang: languageTag(w.language),
    background: COLOURS.page,
    items: sheet.items,
  };
}

/** The evaluation card laid out for an image, worded in `language`. */
export function layoutCard(card: EvaluationCard, language: Language, measure: Measure, width = CARD_WIDTH): CardLayout {
  return layoutWordedCard(wordCard(card, language), measure, width);
}
