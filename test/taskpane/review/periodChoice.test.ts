// The Review tab's period as the selects hold it: this ISO week by default (in the reviewer's time zone), the
// choices offered, and the domain period each choice means.
import { isoDay } from "../../../src/rubric/calendar";
import { periodOf } from "../../../src/rubric/review";
import {
  currentKey,
  defaultPeriod,
  localDay,
  periodKeys,
  periodOfChoice,
  thisWeek,
} from "../../../src/taskpane/review/periodChoice";

const day = (text: string) =>
  Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8))) / 86_400_000;

test("today is the local calendar date, whatever the UTC date", () => {
  // 23:30 local on 1 January 2027: the day is 2027-01-01 in this time zone, whatever UTC says.
  expect(isoDay(localDay(new Date(2027, 0, 1, 23, 30)))).toBe("2027-01-01");
  expect(isoDay(localDay(new Date(2027, 0, 1, 0, 5)))).toBe("2027-01-01");
});

test("this week and this month: ISO weeks across a year boundary", () => {
  // Friday 1 January 2027 lies in week 53 of 2026; Monday 29 December 2025 in week 1 of 2026.
  expect(thisWeek(day("2027-01-01"))).toEqual({ kind: "week", key: "2026-W53" });
  expect(currentKey("week", day("2025-12-29"))).toBe("2026-W01");
  expect(currentKey("month", day("2027-01-01"))).toBe("2027-01");
});

test("each choice means its domain period; an incomplete or reversed range is refused", () => {
  expect(periodOfChoice({ kind: "all" })).toBeUndefined();
  expect(periodOfChoice({ kind: "week", key: "2026-W53" })).toEqual({ kind: "week", year: 2026, week: 53 });
  expect(periodOfChoice({ kind: "month", key: "2018-09" })).toEqual({ kind: "month", year: 2018, month: 9 });
  expect(periodOfChoice({ kind: "range", from: "2018-09-03", to: "2018-09-09" })).toEqual({
    kind: "range",
    from: day("2018-09-03"),
    to: day("2018-09-09"),
  });
  expect(() => periodOfChoice({ kind: "range", from: "2018-09-03", to: "" })).toThrow(/is no period/);
  expect(() => periodOfChoice({ kind: "range", from: "2018-09-09", to: "2018-09-03" })).toThrow(/before it starts/);
  expect(() => periodOfChoice({ kind: "week", key: "2027-W53" })).toThrow(/week 53 of 2027 does not exist/);
});

test("the weeks offered: the current one and those holding evaluations, newest first, once each", () => {
  const found = ["2018-09-03", "2018-09-04", "2018-12-31", "2019-01-07"].map((d) => periodOf("week", day(d)));
  expect(periodKeys("2026-W48", found)).toEqual(["2026-W48", "2019-W02", "2019-W01", "2018-W36"]);
  expect(periodKeys("2019-W01", found)).toEqual(["2019-W02", "2019-W01", "2018-W36"]);
});

test("the default period: this week when it holds evaluations, else the latest week before it that does", () => {
  const weeks = ["2026-W52", "2026-W53", "2027-W02"].map((key) => periodOfChoice({ kind: "week", key })!);
  // Friday 1 January 2027 (2026-W53) holds evaluations: this week.
  expect(defaultPeriod(weeks, day("2027-01-01"))).toEqual({ kind: "week", key: "2026-W53" });
  // Monday 4 January 2027 (2027-W01) holds none: the latest week before it, across the year boundary.
  expect(defaultPeriod(weeks, day("2027-01-04"))).toEqual({ kind: "week", key: "2026-W53" });
  // Before every evaluation: the first week that holds one; no evaluation at all: this week.
  expect(defaultPeriod(weeks, day("2026-01-05"))).toEqual({ kind: "week", key: "2026-W52" });
  expect(defaultPeriod([], day("2027-01-04"))).toEqual(thisWeek(day("2027-01-04")));
});
