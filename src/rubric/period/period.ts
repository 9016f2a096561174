// Periods, as the review and the what-if filter by them: ISO weeks (Monday to Sunday; week 1 is the week holding the
// year's first Thursday, so 2025-12-29 lies in 2026-W01 and 2027-01-01 in 2026-W53), calendar months and inclusive
// date ranges (either end may be open). Days are the domain's calendar days (calendar.ts: whole days since
// 1970-01-01, UTC).
import { DateInput, dayOf, isoDay } from "../calendar";

export type Period =
  | { kind: "week"; year: number; week: number }
  | { kind: "month"; year: number; month: number }
  /** Inclusive days (calendar.ts days); an end left out is open (every day before, or after). */
  | { kind: "range"; from?: number; to?: number };

export type PeriodKind = Period["kind"];

const DAY_MS = 86_400_000;
const utcDay = (year: number, month: number, date: number) => Math.floor(Date.UTC(year, month - 1, date) / DAY_MS);

/** 0 for Monday … 6 for Sunday (1970-01-01, day 0, was a Thursday). */
export const weekdayOf = (day: number): number => (((day + 3) % 7) + 7) % 7;

/** The ISO week a day falls in: the year is the year of that week's Thursday, which may differ from the day's. */
export function isoWeekOf(day: number): { year: number; week: number } {
  const thursday = day - weekdayOf(day) + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  return { year, week: Math.floor((thursday - utcDay(year, 1, 1)) / 7) + 1 };
}

/** How many ISO weeks a year has: 53 when 1 January or 31 December is a Thursday, else 52. */
export function isoWeeksInYear(year: number): number {
  return isoWeekOf(utcDay(year, 12, 28)).week;
}

/** The month holding a day, as one number: year × 12 + month − 1 (consecutive months are consecutive numbers). */
export function monthIndexOf(day: number): number {
  const d = new Date(day * DAY_MS);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** The month of a monthIndexOf number. */
export const monthOfIndex = (index: number): Period => ({
  kind: "month",
  year: Math.floor(index / 12),
  month: (index % 12) + 1,
});

/** The period of `kind` holding `day` (a range is the day itself). */
export function periodOf(kind: PeriodKind, day: number): Period {
  switch (kind) {
    case "week":
      return { kind, ...isoWeekOf(day) };
    case "month": {
      const d = new Date(day * DAY_MS);
      return { kind, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
    }
    default:
      return { kind: "range", from: day, to: day };
  }
}

/** The first and last day of a period, inclusive (an open end: -Infinity or Infinity). Throws when the period does
 * not exist (week 53 of a 52-week year, month 13, a range that ends before it starts). */
export function periodDays(period: Period): { from: number; to: number } {
  switch (period.kind) {
    case "week": {
      const { year, week } = period;
      if (!Number.isInteger(year) || !Number.isInteger(week) || week < 1 || week > isoWeeksInYear(year))
        throw new RangeError(
          `week ${week} of ${year} does not exist (ISO weeks run from 1 to ${isoWeeksInYear(year)})`,
        );
      const jan4 = utcDay(year, 1, 4); // always in week 1
      const from = jan4 - weekdayOf(jan4) + (week - 1) * 7;
      return { from, to: from + 6 };
    }
    case "month": {
      const { year, month } = period;
      if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12)
        throw new RangeError(`month ${month} of ${year} does not exist (months run from 1 to 12)`);
      return { from: utcDay(year, month, 1), to: utcDay(year, month + 1, 1) - 1 };
    }
    default: {
      const { from, to } = period;
      for (const end of [from, to])
        if (end !== undefined && !Number.isInteger(end))
          throw new RangeError(`the date range ${from}..${to} is not a range of whole days`);
      if (from !== undefined && to !== undefined && to < from)
        throw new RangeError(`the date range ends (${isoDay(to)}) before it starts (${isoDay(from)})`);
      return { from: from ?? -Infinity, to: to ?? Infinity };
    }
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** A period as text, the same in every language: "2026-W01", "2026-03", "2026-03-02..2026-03-08" (an open end
 * left empty: "2026-03-02.."). */
export function periodKey(period: Period): string {
  switch (period.kind) {
    case "week":
      return `${pad(period.year, 4)}-W${pad(period.week)}`;
    case "month":
      return `${pad(period.year, 4)}-${pad(period.month)}`;
    default:
      return `${period.from === undefined ? "" : isoDay(period.from)}..${period.to === undefined ? "" : isoDay(period.to)}`;
  }
}

const WEEK = /^(\d{4})-W(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads periodKey's text back; throws naming the text when it is no period. */
export function parsePeriod(text: string): Period {
  const t = text.trim();
  let m = WEEK.exec(t);
  let period: Period | undefined;
  if (m) period = { kind: "week", year: Number(m[1]), week: Number(m[2]) };
  else if ((m = MONTH.exec(t))) period = { kind: "month", year: Number(m[1]), month: Number(m[2]) };
  else if (t.includes("..") && t !== "..") {
    const [from, to] = t.split("..", 2);
    const end = (date: string) => {
      if (date === "") return undefined;
      const d = DATE.exec(date);
      if (!d) throw new RangeError(`"${t}" is no period (2026-W01, 2026-03 or 2026-03-02..2026-03-08)`);
      const value = utcDay(Number(d[1]), Number(d[2]), Number(d[3]));
      if (isoDay(value) !== date) throw new RangeError(`${date} in "${t}" is no calendar date`);
      return value;
    };
    const [start, last] = [end(from), end(to)];
    period = {
      kind: "range",
      ...(start === undefined ? {} : { from: start }),
      ...(last === undefined ? {} : { to: last }),
    };
  }
  if (!period) throw new RangeError(`"${t}" is no period (2026-W01, 2026-03 or 2026-03-02..2026-03-08)`);
  periodDays(period);
  return period;
}

/** The week or month holding `today` (a date as the caller gives it: the pane gives the user's today). Throws when
 * today is no date. */
export function periodAround(kind: "week" | "month", today: DateInput): Period {
  const day = dayOf(today);
  if (day === undefined) throw new Error(`today (${String(today)}) is not a date`);
  return periodOf(kind, day);
}

/** The range between two dates as given (ISO text, an Excel serial, a Date), both included; a blank end is open.
 * Throws naming the end that is no date. */
export function rangeOf(from: DateInput, to: DateInput): Period {
  const end = (date: DateInput, which: "from" | "to") => {
    if (date === undefined || date === null || date === "") return {};
    const day = dayOf(date);
    if (day === undefined) throw new Error(`the period's ${which} date (${String(date)}) is not a date`);
    return { [which]: day };
  };
  const period: Period = { kind: "range", ...end(from, "from"), ...end(to, "to") };
  periodDays(period);
  return period;
}

/** Whether a day lies in a period. */
export function inPeriod(period: Period, day: number): boolean {
  const { from, to } = periodDays(period);
  return day >= from && day <= to;
}

/** The periods of `kind` (week or month) that hold at least one of the days, oldest first, without repeats. */
export function periodsHolding(kind: "week" | "month", days: Iterable<number>): Period[] {
  const found = new Map<string, { period: Period; from: number }>();
  for (const day of new Set(days)) {
    const period = periodOf(kind, day);
    const key = periodKey(period);
    if (!found.has(key)) found.set(key, { period, from: periodDays(period).from });
  }
  return [...found.values()].sort((a, b) => a.from - b.from).map((p) => p.period);
}
