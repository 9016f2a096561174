// Filters and periods: by team, person, reviewer, date range; this week is the ISO week (Monday to Sunday), this
// month the calendar month, both around the day given as today (src/rubric/period, shared with the review).
import { periodAround, rangeOf } from "../../../src/rubric/period";
import { evaluationData, selectRows } from "../../../src/rubric/whatif";
import { handEvaluations } from "./cases";

const data = evaluationData(handEvaluations);
// Dates: rows 0, 2, 4 on Monday 2026-03-02, row 1 on 2026-03-09, row 3 on Friday 2026-02-27.
const rows = (filter: Parameters<typeof selectRows>[1]) => Array.from(selectRows(data, filter));

describe("selectRows", () => {
  test("by team, person and reviewer (names as given)", () => {
    expect(rows({ teams: ["T2"] })).toEqual([2, 3, 4]);
    expect(rows({ teams: ["T2"], persons: ["Bob", "Ann"] })).toEqual([2, 3]);
    expect(rows({ reviewers: ["Sam"] })).toEqual([0, 1, 4]);
    expect(rows({ persons: [] })).toEqual([0, 1, 2, 3, 4]);
  });

  test("this week is Monday to Sunday around today; this month the calendar month", () => {
    expect(rows({ period: periodAround("week", "2026-03-08") })).toEqual([0, 2, 4]); // a Sunday
    expect(rows({ period: periodAround("week", "2026-03-09") })).toEqual([1]);
    expect(rows({ period: periodAround("month", "2026-02-10") })).toEqual([3]);
    expect(rows({ period: periodAround("month", "2026-03-31") })).toEqual([0, 1, 2, 4]);
  });

  test("a date range includes both ends; either may be open", () => {
    expect(rows({ period: rangeOf("2026-02-27", "2026-03-02") })).toEqual([0, 2, 3, 4]);
    expect(rows({ period: rangeOf("2026-03-03", undefined) })).toEqual([1]);
    expect(rows({ period: rangeOf(undefined, "2026-02-28") })).toEqual([3]);
  });

  test("an evaluation without a date is in no period; without a period it counts", () => {
    const undated = evaluationData([{ ...handEvaluations[0], date: "" }]);
    expect(Array.from(selectRows(undated, {}))).toEqual([0]);
    expect(Array.from(selectRows(undated, { period: rangeOf("2000-01-01", undefined) }))).toEqual([]);
  });

  test("a period that needs today, a range end that is no date, or a period that does not exist is refused", () => {
    expect(() => periodAround("week", undefined)).toThrow(/today \(undefined\) is not a date/);
    expect(() => rangeOf("March", undefined)).toThrow(/from date \(March\) is not a date/);
    expect(() => rows({ period: { kind: "week", year: 2027, week: 53 } })).toThrow(/week 53 of 2027 does not exist/);
  });
});
