// The what-if's period as its filters hold it, and the domain period each choice means around the reviewer's today.
import { dayOf } from "../../../src/rubric/calendar";
import { filterOfChoice, localToday, periodOfChoice } from "../../../src/taskpane/whatif/periodChoice";

const day = (iso: string) => dayOf(iso)!;

test("today is the local calendar date, whatever the UTC date", () => {
  expect(localToday(new Date(2027, 0, 1, 23, 30))).toBe("2027-01-01");
  expect(localToday(new Date(2027, 0, 1, 0, 5))).toBe("2027-01-01");
});

test("all, this week (ISO, across a year boundary), this month, a range with an open end", () => {
  expect(periodOfChoice(undefined, "2027-01-01")).toBeUndefined();
  expect(periodOfChoice({ kind: "all" }, "2027-01-01")).toBeUndefined();
  expect(periodOfChoice({ kind: "week" }, "2027-01-01")).toEqual({ kind: "week", year: 2026, week: 53 });
  expect(periodOfChoice({ kind: "month" }, "2027-01-01")).toEqual({ kind: "month", year: 2027, month: 1 });
  expect(periodOfChoice({ kind: "range", from: "2026-03-03" }, undefined)).toEqual({
    kind: "range",
    from: day("2026-03-03"),
  });
  expect(() => periodOfChoice({ kind: "range", to: "someday" }, undefined)).toThrow(/to date \(someday\)/);
});

test("the filters keep their names and versions; the period becomes the domain's (none for all)", () => {
  const names = { teams: ["T1"], persons: ["Ann"], versions: [2] };
  expect(filterOfChoice({ ...names, period: { kind: "all" } }, "2026-03-02")).toEqual(names);
  expect(filterOfChoice({ ...names, period: { kind: "week" } }, "2026-03-02")).toEqual({
    ...names,
    period: { kind: "week", year: 2026, week: 10 },
  });
});
