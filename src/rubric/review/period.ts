// Review periods: ISO weeks (Monday to Sunday; week 1 is the week holding the year's first Thursday, so 2025-12-29
// lies in 2026-W01 and 2027-01-01 in 2026-W53), calendar months and inclusive date ranges. Days are the domain's
// calendar days (calendar.ts: whole days since 1970-01-01, UTC).
import { isoDay } from "../calendar";

export type Period =
  | { kind: "week"; year: number; week: number }
  | { kind: "month"; year: number; month: number }
  /** Inclusive days (calendar.ts days). */
  | { kind: "range"; from: number; to: number };

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

/** The first and last day of a period, inclusive. Throws when the period does not exist (week 53 of a 52-week year,
 * month 13, a range that ends before it starts). */
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
      if (!Number.isInteger(from) || !Number.isInteger(to))
        throw new RangeError(`the date range ${from}..${to} is not a range of whole days`);
      if (to < from) throw new RangeError(`the date range ends (${isoDay(to)}) before it starts (${isoDay(from)})`);
      return { from, to };
    }
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** A period as text, the same in every language: "2026-W01", "2026-03", "2026-03-02..2026-03-08". */
export function periodKey(period: Period): string {
  switch (period.kind) {
    case "week":
      return `${pad(period.year, 4)}-W${pad(period.week)}`;
    case "month":
      return `${pad(period.year, 4)}-${pad(period.month)}`;
    default:
      return `${isoDay(period.from)}..${isoDay(period.to)}`;
  }
}

const WEEK = /^(\d{4})-W(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const RANGE = /^(\d{4})-(\d{2})-(\d{2})\.\.(\d{4})-(\d{2})-(\d{2})$/;

/** Reads periodKey's text back; throws naming the text when it is no period. */
export function parsePeriod(text: string): Period {
  const t = text.trim();
  let m = WEEK.exec(t);
  let period: Period | undefined;
  if (m) period = { kind: "week", year: Number(m[1]), week: Number(m[2]) };
  else if ((m = MONTH.exec(t))) period = { kind: "month", year: Number(m[1]), month: Number(m[2]) };
  else if ((m = RANGE.exec(t))) {
    const day = (y: string, mo: string, d: string) => {
      const value = utcDay(Number(y), Number(mo), Number(d));
      if (isoDay(value) !== `${y}-${mo}-${d}`) throw new RangeError(`${y}-${mo}-${d} in "${t}" is no calendar date`);
      return value;
    };
    period = { kind: "range", from: day(m[1], m[2], m[3]), to: day(m[4], m[5], m[6]) };
  }
  if (!period) throw new RangeError(`"${t}" is no period (2026-W01, 2026-03 or 2026-03-02..2026-03-08)`);
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
