// English words of the evaluation card.
import { CardWords } from "./words";

export const en: CardWords = {
  heading: "{title} — version {version}",
  columns: { level: "Level given", given: "Score", contribution: "Contribution" },
  given: "{value} of {max}",
  na: "NA",
  none: "—",
  percent: "{value} %",
  kinds: { bonus: "Bonus", penalty: "Penalty", gate: "Gate" },
  gate: { passed: "passed", failed: "failed" },
  sum: {
    base: "{base} base",
    bonus: " + {bonus} bonus",
    penalty: " − {penalty} penalty",
    result: " = {total} → {points}",
    points: { one: "{count} point", other: "{count} points" },
  },
  failedGate: "Gate {id} ({label}) failed: total {total} → {points}",
  base: "Base",
  noComment: "(no comment)",
};
