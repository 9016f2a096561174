// Text wrapped to a width, as the card's image needs it: the canvas draws one line at a time and breaks nothing
// itself. Latin text breaks at spaces, Chinese (and Japanese, Korean) text between any two characters, and a word too
// long for the width (a checksum, a URL) between characters. Closing punctuation stays with the character before it
// and opening punctuation with the one after, so no line starts with "，" or ends with "（".

/** The width `text` takes in `font` (a CSS font, as a canvas's `font`), in CSS pixels. */
export type Measure = (text: string, font: string) => number;

/** Characters that may be broken before and after: CJK ideographs, kana, hangul, full-width forms. */
const CJK =
  /[\u1100-\u11FF\u2E80-\u2FFF\u3000-\u303F\u3040-\u30FF\u3100-\u31FF\u3200-\u9FFF\uA960-\uA97F\uAC00-\uD7FF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u{20000}-\u{3FFFF}]/u;
/** Never at the start of a line. */
const CLOSING =
  /[、。，．：；！？）］｝〉》」』】〕〗〙〛ー々〻゛゜ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ”’,.;:!?)\]}%]/u;
/** Never at the end of a line. */
const OPENING = /[（［｛〈《「『【〔〖〘〚“‘([{]/u;
const SPACE = /\s/u;

interface Token {
  text: string;
  space: boolean;
}

/** A paragraph as words, single CJK characters (with their punctuation) and the spaces between them. */
function tokens(paragraph: string): Token[] {
  const out: Token[] = [];
  let word = "";
  let opening = "";
  const flush = () => {
    if (word !== "") out.push({ text: word, space: false });
    word = "";
  };
  for (const char of paragraph) {
    const last = out[out.length - 1];
    if (SPACE.test(char)) {
      flush();
      if (opening !== "") out.push({ text: opening, space: false });
      opening = "";
      const before = out[out.length - 1];
      if (before?.space) before.text += char;
      else out.push({ text: char, space: true });
    } else if (CLOSING.test(char) && word === "" && opening === "" && last && !last.space) {
      last.text += char; // after a CJK character (a word takes its own punctuation below)
    } else if (OPENING.test(char) && (CJK.test(char) || word === "")) {
      flush();
      opening += char;
    } else if (CJK.test(char)) {
      flush();
      out.push({ text: opening + char, space: false });
      opening = "";
    } else {
      word = opening + word + char;
      opening = "";
    }
  }
  flush();
  if (opening !== "") out.push({ text: opening, space: false });
  return out;
}

/** A piece too wide for a line, broken between characters (each line holds one character at least). */
function breakCharacters(text: string, width: number, font: string, measure: Measure): string[] {
  const lines: string[] = [];
  let line = "";
  for (const char of text) {
    if (line !== "" && measure(line + char, font) > width) {
      lines.push(line);
      line = "";
    }
    line += char;
  }
  lines.push(line);
  return lines;
}

/**
 * `text` as lines no wider than `width` (except a single character wider than the width itself). Line breaks in
 * the text are kept (a blank line stays a blank line); spaces where a line breaks are dropped.
 */
export function wrapText(text: string, width: number, font: string, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|[\r\n\u2028\u2029]/)) {
    let line = "";
    let gap = "";
    for (const token of tokens(paragraph)) {
      if (token.space) {
        // Kept at the start of a paragraph (an indented comment); dropped where the line breaks (below).
        gap += token.text;
        continue;
      }
      const candidate = line + gap + token.text;
      gap = "";
      if (measure(candidate, font) <= width) {
        line = candidate;
        continue;
      }
      if (line !== "") lines.push(line);
      const pieces =
        measure(token.text, font) <= width ? [token.text] : breakCharacters(token.text, width, font, measure);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1];
    }
    lines.push(line);
  }
  return lines;
}
