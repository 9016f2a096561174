// The period as the filters hold it (what the selects show) and as the review takes it (a domain Period). The
// default is this ISO week in the reviewer's time zone: the Friday review looks at the week's evaluations.
import { Period, parsePeriod, periodKey, periodOf } from "../../rubric/period";

export type PeriodChoice =
  | { kind: "all" }
  | { kind: "week" | "month"; key: string }
  /** yyyy-mm-dd texts as the date inputs give them ("" while empty). */
  | { kind: "range"; from: string; to: string };

const DAY_MS = 86_400_000;

/** Today as a calendar day (days since 1970-01-01) in the reviewer's time zone. */
export function localDay(now = new Date()): number {
  return Math.floor(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / DAY_MS);
}

/** The key of the week or month holding today ("2026-W48", "2026-11"). */
export const currentKey = (kind: "week" | "month", today = localDay()): string => periodKey(periodOf(kind, today));

export const thisWeek = (today = localDay()): PeriodChoice => ({ kind: "week", key: currentKey("week", today) });

/** Until the reviewer picks one: this week when it holds evaluations, else the latest week that does (reviewing last
 * week on a Monday, or a workbook of past evaluations, opens on something to see rather than an empty week). */
export function defaultPeriod(weeks: readonly Period[], today = localDay()): PeriodChoice {
  const current = currentKey("week", today);
  const keys = weeks.map(periodKey).sort();
  if (keys.length === 0 || keys.includes(current)) return { kind: "week", key: current };
  const past = keys.filter((key) => key <= current);
  return { kind: "week", key: past.at(-1) ?? keys[0] };
}

/** The domain period of a choice: undefined for all dates; throws for a range that is incomplete or reversed. */
export function periodOfChoice(choice: PeriodChoice): Period | undefined {
  switch (choice.kind) {
    case "all":
      return undefined;
    case "range":
      // The review's range has both ends (the domain would read a blank end as open).
      if (choice.from === "" || choice.to === "")
        throw new RangeError(`"${choice.from}..${choice.to}" is no period: a date range needs both dates`);
      return parsePeriod(`${choice.from}..${choice.to}`);
    default:
      return parsePeriod(choice.key);
  }
}

/** The week or month keys a select offers: the current one and those holding evaluations, newest first. */
export function periodKeys(current: string, found: readonly Period[]): string[] {
  const keys = new Set([current, ...found.map(periodKey)]);
  // Keys of one kind sort as their periods do ("2026-W09" < "2026-W10").
  return [...keys].sort((a, b) => b.localeCompare(a));
}
