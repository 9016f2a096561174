// Filters and periods: by team, person, reviewer, date range; this week is the ISO week (Monday to Sunday), this
// month the calendar month, both around the day given as today.
import { evaluationData, periodDays, selectRows } from "../../../src/rubric/whatif";
import { handEvaluations } from "./cases";

const data = evaluationData(handEvaluations);
// Dates: rows 0, 2, 4 on Monday 2026-03-02, row 1 on 2026-03-09, row 3 on Friday 2026-02-27.
const rows = (filter: Parameters<typeof selectRows>[1], today?: string) =>
  Array.from(selectRows(data, filter, undefined, today));

describe("selectRows", () => {
  test("by team, person and reviewer (names as given)", () => {
    expect(rows({ teams: ["T2"] })).toEqual([2, 3, 4]);
    expect(rows({ teams: ["T2"], persons: ["Bob", "Ann"] })).toEqual([2, 3]);
    expect(rows({ reviewers: ["Sam"] })).toEqual([0, 1, 4]);
    expect(rows({ persons: [] })).toEqual([0, 1, 2, 3, 4]);
  });

  test("this week is Monday to Sunday around today; this month the calendar month", () => {
    expect(rows({ period: { kind: "week" } }, "2026-03-08")).toEqual([0, 2, 4]); // a Sunday
    expect(rows({ period: { kind: "week" } }, "2026-03-09")).toEqual([1]);
    expect(rows({ period: { kind: "month" } }, "2026-02-10")).toEqual([3]);
    expect(rows({ period: { kind: "month" } }, "2026-03-31")).toEqual([0, 1, 2, 4]);
  });

  test("a date range includes both ends; either may be open", () => {
    expect(rows({ period: { kind: "range", from: "2026-02-27", to: "2026-03-02" } })).toEqual([0, 2, 3, 4]);
    expect(rows({ period: { kind: "range", from: "2026-03-03" } })).toEqual([1]);
  });

  test("an evaluation without a date is in no period but all", () => {
    const undated = evaluationData([{ ...handEvaluations[0], date: "" }]);
    expect(Array.from(selectRows(undated, { period: { kind: "all" } }))).toEqual([0]);
    expect(Array.from(selectRows(undated, { period: { kind: "range", from: "2000-01-01" } }))).toEqual([]);
  });

  test("a period that needs today, or a range end that is no date, is refused with what is wrong", () => {
    expect(() => periodDays({ kind: "week" }, undefined)).toThrow(/today \(undefined\) is not a date/);
    expect(() => periodDays({ kind: "range", from: "March" }, undefined)).toThrow(/from date \(March\) is not a date/);
  });
});
