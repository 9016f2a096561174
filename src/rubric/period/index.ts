// Periods, shared by the Review tab and the what-if: ISO weeks, calendar months and date ranges (either end may be
// open), as calendar days (calendar.ts). periodKey / parsePeriod write and read them ("2026-W01", "2026-03",
// "2026-03-02..2026-03-08"); periodAround gives this week or month around a day the caller calls today; rangeOf reads
// a range's ends as dates are given.
export {
  inPeriod,
  isoWeekOf,
  isoWeeksInYear,
  monthIndexOf,
  monthOfIndex,
  parsePeriod,
  periodAround,
  periodDays,
  periodKey,
  periodOf,
  periodsHolding,
  rangeOf,
  weekdayOf,
} from "./period";
export type { Period, PeriodKind } from "./period";
