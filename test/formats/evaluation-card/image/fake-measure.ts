// A text measure without a canvas: every character 7 px wide at 13 px, a CJK character (and a full-width form) as
// wide as the font is high; other sizes in proportion. Predictable widths, so the tests can count what fits a line.
import { Measure } from "../../../../src/formats/evaluation-card/image";

const WIDE = /[\u2E80-\u9FFF\uAC00-\uD7FF\uF900-\uFAFF\uFF00-\uFF60\u{20000}-\u{3FFFF}]/u;

/** The font's size in px, from a CSS font ("600 13px 'Segoe UI', …"). */
export const fontSize = (font: string): number => {
  const size = /(\d+(?:\.\d+)?)px/.exec(font);
  if (!size) throw new Error(`no size in the font "${font}"`);
  return Number(size[1]);
};

export const fakeMeasure: Measure = (text, font) => {
  const size = fontSize(font);
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? size : (size * 7) / 13;
  return width;
};

/** A measure that counts characters: each 1 wide, whatever the font. */
export const perCharacter: Measure = (text) => [...text].length;
