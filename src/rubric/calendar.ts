// Calendar days, as the domain compares dates: a day is a whole number, the days since 1970-01-01, counted in UTC.
// Dates arrive as a JS Date, ISO text ("2026-03-02", or a date-time such as "2026-03-02T09:30:00Z") or an Excel
// date serial (a number of days, the fraction being the time of day). Excel keeps Lotus 1-2-3's mistake of a
// 29 February 1900: serial 1 is 1900-01-01, serial 60 is that day that never was, and from serial 61 (1900-03-01) a
// serial is the days since 1899-12-30.

/** What a date can be given as; null, undefined and anything unreadable have no day. */
export type DateInput = Date | string | number | null | undefined;

const DAY_MS = 86_400_000;
/** Serial 0 is 1899-12-30 for serials from 61; before the false leap day, serial 0 is 1899-12-31. */
const EXCEL_EPOCH_DAY = Date.UTC(1899, 11, 30) / DAY_MS;
const FALSE_LEAP_DAY = 60;
/** 9999-12-31, the last date Excel shows. */
const LAST_SERIAL = 2958465;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:([T ])(.+))?$/;
/** A time with its offset from UTC: then the instant, not the written date, gives the UTC day. */
const ZONED_TIME = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/** The UTC day of a date, or undefined when it has none (blank, unreadable, not a calendar date, out of Excel's
 * range 1900-01-01 .. 9999-12-31 for a serial, or Excel's 1900-02-29). */
export function dayOf(date: DateInput): number | undefined {
  if (date instanceof Date) return dayOfInstant(date.getTime());
  if (typeof date === "number") return dayOfSerial(date);
  if (typeof date === "string") return dayOfIso(date.trim());
  return undefined;
}

/** The day as ISO text, yyyy-mm-dd. */
export const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The day of an Excel date serial (its whole part: the fraction is the time of day). */
export function dayOfSerial(serial: number): number | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= LAST_SERIAL + 1) return undefined;
  const whole = Math.floor(serial);
  if (whole === FALSE_LEAP_DAY) return undefined;
  return EXCEL_EPOCH_DAY + whole + (whole < FALSE_LEAP_DAY ? 1 : 0);
}

function dayOfInstant(ms: number): number | undefined {
  return Number.isFinite(ms) ? Math.floor(ms / DAY_MS) : undefined;
}

function dayOfIso(text: string): number | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, date);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== date) return undefined;
  const time = m[5];
  if (time === undefined) return dayOfInstant(ms);
  // A time with an offset is an instant (its UTC day may differ from the date written); without one, the date written
  // is the day (JS would read it in the machine's time zone). Either way the whole text must be a date-time.
  const instant = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${time}${ZONED_TIME.test(time) ? "" : "Z"}`);
  if (!Number.isFinite(instant)) return undefined;
  return ZONED_TIME.test(time) ? dayOfInstant(instant) : dayOfInstant(ms);
}
