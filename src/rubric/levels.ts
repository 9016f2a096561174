// Levels as one cell of text: "0 = Not done; 4 = Done superficially; 7 = Done well".
import { Level } from "./model";

const SEPARATOR = /[;；\n]/;
const LEVEL = /^\s*([+-]?(?:\d+\.?\d*|\.\d+))\s*[=:：]?\s*(.*?)\s*$/;

/** Parses level text; returns the problem as text when a part is not "points = label". */
export function parseLevels(text: string): Level[] | string {
  const levels: Level[] = [];
  for (const part of text.split(SEPARATOR)) {
    if (part.trim() === "") continue;
    const match = LEVEL.exec(part);
    if (!match || match[2] === "") return `"${part.trim()}" is not "points = label"`;
    levels.push({ points: Number(match[1]), label: match[2] });
  }
  return levels;
}

export function formatLevels(levels: readonly Level[]): string {
  return levels.map((l) => `${l.points} = ${l.label.replace(/[;；\n]/g, ",")}`).join("; ");
}
