import { dayOf } from "../../../src/rubric/calendar";
import {
  inPeriod,
  isoWeekOf,
  monthIndexOf,
  monthOfIndex,
  periodAround,
  rangeOf,
  isoWeeksInYear,
  parsePeriod,
  periodDays,
  periodKey,
  periodOf,
  periodsHolding,
} from "../../../src/rubric/period";

const day = (iso: string) => dayOf(iso)!;
const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);

describe("ISO weeks", () => {
  test.each([
    // 2026 starts on a Thursday: it has 53 weeks, and its last week runs into 2027.
    ["2025-12-29", 2026, 1], // a Monday of December in the next year's week 1
    ["2026-01-01", 2026, 1],
    ["2026-01-04", 2026, 1], // Sunday: still week 1
    ["2026-01-05", 2026, 2],
    ["2026-12-31", 2026, 53],
    ["2027-01-01", 2026, 53], // a Friday of January in the previous year's last week
    ["2027-01-03", 2026, 53],
    ["2027-01-04", 2027, 1],
    ["2021-01-03", 2020, 53],
    ["2024-12-30", 2025, 1],
    ["2018-09-03", 2018, 36],
  ])("%s is in %i-W%i", (date, year, week) => {
    expect(isoWeekOf(day(date))).toEqual({ year, week });
    expect(periodKey(periodOf("week", day(date)))).toBe(`${year}-W${String(week).padStart(2, "0")}`);
  });

  test("weeks in a year: 53 when it starts or (in a leap year) ends on a Thursday", () => {
    expect([2020, 2021, 2025, 2026, 2027, 2032].map(isoWeeksInYear)).toEqual([53, 52, 52, 53, 52, 53]);
  });

  test("a week runs Monday to Sunday, across the year boundary", () => {
    const { from, to } = periodDays({ kind: "week", year: 2026, week: 1 });
    expect([iso(from), iso(to)]).toEqual(["2025-12-29", "2026-01-04"]);
    const last = periodDays({ kind: "week", year: 2026, week: 53 });
    expect([iso(last.from), iso(last.to)]).toEqual(["2026-12-28", "2027-01-03"]);
    expect(inPeriod({ kind: "week", year: 2026, week: 1 }, day("2025-12-29"))).toBe(true);
    expect(inPeriod({ kind: "week", year: 2026, week: 1 }, day("2025-12-28"))).toBe(false);
  });

  test("a week that does not exist is refused, naming it", () => {
    expect(() => periodDays({ kind: "week", year: 2025, week: 53 })).toThrow(/week 53 of 2025 does not exist/);
    expect(() => periodDays({ kind: "week", year: 2026, week: 0 })).toThrow(/week 0 of 2026/);
  });
});

describe("months and ranges", () => {
  test("a month's first and last day, February of a leap year included", () => {
    const feb = periodDays({ kind: "month", year: 2024, month: 2 });
    expect([iso(feb.from), iso(feb.to)]).toEqual(["2024-02-01", "2024-02-29"]);
    const dec = periodDays({ kind: "month", year: 2026, month: 12 });
    expect([iso(dec.from), iso(dec.to)]).toEqual(["2026-12-01", "2026-12-31"]);
    expect(periodOf("month", day("2027-01-01"))).toEqual({ kind: "month", year: 2027, month: 1 });
    expect(() => periodDays({ kind: "month", year: 2026, month: 13 })).toThrow(/month 13 of 2026/);
  });

  test("a range is inclusive and must not end before it starts", () => {
    const range = { kind: "range" as const, from: day("2026-03-02"), to: day("2026-03-08") };
    expect(inPeriod(range, day("2026-03-02"))).toBe(true);
    expect(inPeriod(range, day("2026-03-08"))).toBe(true);
    expect(inPeriod(range, day("2026-03-09"))).toBe(false);
    expect(() => periodDays({ kind: "range", from: day("2026-03-08"), to: day("2026-03-02") })).toThrow(
      "the date range ends (2026-03-02) before it starts (2026-03-08)",
    );
  });
});

describe("open ranges, the period around today, a range of dates as given", () => {
  test("an open end takes every day before or after", () => {
    const from = { kind: "range" as const, from: day("2026-03-02") };
    expect(periodDays(from)).toEqual({ from: day("2026-03-02"), to: Infinity });
    expect(inPeriod(from, day("2026-03-01"))).toBe(false);
    expect(inPeriod(from, day("2099-12-31"))).toBe(true);
    expect(periodDays({ kind: "range", to: day("2026-03-08") })).toEqual({ from: -Infinity, to: day("2026-03-08") });
  });

  test("this week (Monday to Sunday, across a year boundary) and this month around today", () => {
    expect(periodAround("week", "2027-01-03")).toEqual({ kind: "week", year: 2026, week: 53 }); // a Sunday
    expect(periodAround("week", "2027-01-04")).toEqual({ kind: "week", year: 2027, week: 1 });
    expect(periodAround("month", "2026-02-28")).toEqual({ kind: "month", year: 2026, month: 2 });
    expect(() => periodAround("week", undefined)).toThrow(/today \(undefined\) is not a date/);
  });

  test("a range's ends read as dates are given; a blank end is open; an end that is no date is named", () => {
    expect(rangeOf("2026-02-27", "2026-03-02")).toEqual({
      kind: "range",
      from: day("2026-02-27"),
      to: day("2026-03-02"),
    });
    expect(rangeOf("2026-03-03", "")).toEqual({ kind: "range", from: day("2026-03-03") });
    expect(rangeOf(null, 46090)).toEqual({ kind: "range", to: day("2026-03-09") }); // an Excel serial
    expect(() => rangeOf("March", undefined)).toThrow(/from date \(March\) is not a date/);
    expect(() => rangeOf("2026-03-08", "2026-03-02")).toThrow(/before it starts/);
  });

  test("months as consecutive numbers", () => {
    expect(monthIndexOf(day("2026-12-31")) + 1).toBe(monthIndexOf(day("2027-01-01")));
    expect(monthOfIndex(monthIndexOf(day("2027-01-15")))).toEqual({ kind: "month", year: 2027, month: 1 });
    expect(monthOfIndex(monthIndexOf(day("2026-12-01")))).toEqual({ kind: "month", year: 2026, month: 12 });
  });
});

describe("period texts", () => {
  test.each(["2026-W01", "2026-W53", "2026-03", "2026-03-02..2026-03-08", "2026-03-02..", "..2026-03-08"])(
    "%s reads back as written",
    (text) => {
      expect(periodKey(parsePeriod(text))).toBe(text);
    },
  );

  test.each([
    ["2025-W53", /week 53 of 2025/],
    ["2026-13", /month 13/],
    ["2026-02-30..2026-03-01", /2026-02-30 .* is no calendar date/],
    ["last week", /"last week" is no period/],
    ["..", /".." is no period/],
    ["2026-03-02..2026-3-8", /is no period/],
  ])("%s is refused", (text, message) => {
    expect(() => parsePeriod(text)).toThrow(message);
  });

  test("the periods holding some days, oldest first, once each", () => {
    const days = ["2027-01-02", "2025-12-29", "2026-12-31", "2026-01-01"].map(day);
    expect(periodsHolding("week", days).map(periodKey)).toEqual(["2026-W01", "2026-W53"]);
    expect(periodsHolding("month", days).map(periodKey)).toEqual(["2025-12", "2026-01", "2026-12", "2027-01"]);
  });
});
