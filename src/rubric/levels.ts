// Levels as one cell of text: "0 = Not done; 4 = Done superficially | some steps skipped; 7 = Done well".
//
// Each level is "points = label", with " | description" when it has one; levels are separated by ";" (also "；" or a
// line break, as managers type them). Inside a label or description a backslash escapes what would otherwise be read
// as structure: "\;", "\；", "\|", "\\", "\n" (line break), "\r", and a space at either end ("\ "), which would
// otherwise be trimmed. Everything else, "=" and ":" included, is taken as it is, so a cell written before
// descriptions and escapes existed ("0 = Not done; 4: Done", a backslash followed by a letter) reads as it did.
import { Level } from "./model";

const SEPARATORS = ";；\n";
const DESCRIPTION = "|";
const ESCAPED: Record<string, string> = { "\\": "\\", n: "\n", r: "\r", ";": ";", "；": "；", "|": "|" };
const POINTS = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*[=:：]?/;
const SPACE = /\s/;

/** One character of a label or description; `kept`: escaped, so never trimmed and never structure. */
interface Char {
  text: string;
  kept: boolean;
}

/** Splits at unescaped characters of `at`, keeping escapes in the parts (for a later unescape). */
function splitRaw(text: string, at: string, limit = Infinity): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (at.includes(text[i]) && parts.length < limit - 1) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** A raw part as its characters, escapes resolved; a backslash before anything else is a backslash. */
function characters(raw: string): Char[] {
  const chars: Char[] = [];
  for (let i = 0; i < raw.length; i++) {
    const next = raw[i + 1];
    if (raw[i] === "\\" && next !== undefined && (ESCAPED[next] !== undefined || SPACE.test(next))) {
      chars.push({ text: ESCAPED[next] ?? next, kept: true });
      i++;
    } else {
      chars.push({ text: raw[i], kept: false });
    }
  }
  return chars;
}

/** The text of a raw part: escapes resolved, unescaped white space at either end trimmed. */
function unescape(raw: string): string {
  const chars = characters(raw);
  const loose = (c: Char) => !c.kept && SPACE.test(c.text);
  let from = 0;
  let to = chars.length;
  while (from < to && loose(chars[from])) from++;
  while (to > from && loose(chars[to - 1])) to--;
  return chars
    .slice(from, to)
    .map((c) => c.text)
    .join("");
}

/** A label or description written so that `unescape` gives it back exactly. */
function escape(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") out += "\\\\";
    else if (c === "\n") out += "\\n";
    else if (c === "\r") out += "\\r";
    else if (SEPARATORS.includes(c) || c === DESCRIPTION) out += `\\${c}`;
    else if ((i === 0 || i === text.length - 1) && SPACE.test(c)) out += `\\${c}`;
    else out += c;
  }
  return out;
}

/** Reads level text: the levels, or the first part that is not "points = label" (a problem names it). */
export function readLevels(text: string): { levels: Level[] } | { part: string } {
  const levels: Level[] = [];
  for (const part of splitRaw(text, SEPARATORS)) {
    if (part.trim() === "") continue;
    const match = POINTS.exec(part);
    const [label, description] = match ? splitRaw(part.slice(match[0].length), DESCRIPTION, 2).map(unescape) : [""];
    if (!match || label === "") return { part: part.trim() };
    const level: Level = { points: Number(match[1]), label };
    if (description !== undefined) level.description = description;
    levels.push(level);
  }
  return { levels };
}

/** Parses level text; returns the problem as (English) text when a part is not "points = label". */
export function parseLevels(text: string): Level[] | string {
  const read = readLevels(text);
  return "part" in read ? `"${read.part}" is not "points = label"` : read.levels;
}

/** Levels as cell text that parseLevels reads back exactly (labels and descriptions as they are). */
export function formatLevels(levels: readonly Level[]): string {
  return levels
    .map((l) => {
      const description = l.description === undefined ? "" : ` ${DESCRIPTION} ${escape(l.description)}`;
      return `${l.points} = ${escape(l.label)}${description}`;
    })
    .join("; ");
}
