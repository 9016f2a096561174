// The review report on the simulated host: tables and native Excel charts for a filter of the example's evaluations
// (histogram of totals, monthly trend, mean per team), stamped; the same means as the evaluations sheet; refreshed in
// place with its charts replaced, not added; a fixed number of syncs.
import { writeReviewReport } from "../../src/app/write-review-report";
import { cellsOf, changedCells, dataValue, grid, journalFrom } from "../support/host-helpers";
import { failureOf, valueOf } from "../support/session";
import { exampleReview } from "./report-setup";

jest.setTimeout(60_000);

const MADE = "2026-11-30T08:00:00.000Z";

type Host = Awaited<ReturnType<typeof exampleReview>>["host"];

/** Each team's Totals as the evaluations sheet shows them (numbers only: scored rows). */
function sheetTotals(host: Host): Map<string, number[]> {
  const table = host.model.table("Evaluations_proactive_visit");
  const totals = new Map<string, number[]>();
  for (let i = 0; i < table.box.rows - 1; i++) {
    const total = dataValue(host, table, i, "Total");
    if (typeof total !== "number") continue;
    const team = String(dataValue(host, table, i, "Team"));
    totals.set(team, [...(totals.get(team) ?? []), total]);
  }
  return totals;
}

/** The rows under a caption, up to the first blank row. */
function tableUnder(cells: unknown[][], caption: string): unknown[][] {
  const at = cells.findIndex((r) => r[0] === caption);
  expect(at).toBeGreaterThanOrEqual(0);
  const end = cells.findIndex((r, i) => i > at && r[0] === "");
  return cells.slice(at + 1, end);
}

describe.each(["null", "zero"] as const)("writeReviewReport (empty cells as %s)", (emptyCells) => {
  it("writes tables and three native charts over them, stamped, with the sheet's numbers", async () => {
    const { session, host, data } = await exampleReview({ emptyCells });
    const before = cellsOf(host);
    const from = journalFrom(host);
    const written = valueOf(await writeReviewReport(session, { data, made: MADE }));
    expect(from.syncs()).toHaveLength(2);
    expect(written).toMatchObject({ sheet: "Report", refreshed: false });
    expect(changedCells(before, cellsOf(host)).filter((a) => !a.startsWith("Report!"))).toEqual([]);
    const cells = grid(host, "Report", "A1:F120");
    expect(cells.slice(0, 7).map((r) => r.slice(0, 2))).toEqual([
      ["Review report", ""],
      ["Period", "All"],
      ["Team", "All"],
      ["Person", "All"],
      ["Reviewer", "All"],
      ["Rubric versions", "1"],
      ["Made", MADE],
    ]);
    const totals = sheetTotals(host);
    const scored = [...totals.values()].reduce((n, t) => n + t.length, 0);
    // The histogram counts every scored total once.
    const bins = tableUnder(cells, "Distribution of totals");
    expect(bins[0].slice(0, 2)).toEqual(["Total", "Count"]);
    expect(bins.slice(1).reduce((n, r) => n + Number(r[1]), 0)).toBe(scored);
    // Per team: the mean of the sheet's Totals.
    const teams = tableUnder(cells, "Per team");
    for (const row of teams.slice(1)) {
      const list = totals.get(String(row[0]))!;
      expect(row[1]).toBeCloseTo(list.reduce((a, b) => a + b, 0) / list.length, 9);
      expect(row[2]).toBe(list.length);
    }
    // The monthly trend shows the example's shift: later months score higher than the first.
    const months = tableUnder(cells, "Monthly trend (mean total)").slice(1);
    expect(months.length).toBeGreaterThan(2);
    expect(Number(months[months.length - 1][1])).toBeGreaterThan(Number(months[0][1]) + 10);
    // Native charts over those tables: histogram and per-team means as columns, the trend as a line.
    const charts = host.model.sheet("Report").charts;
    const rowOf = (caption: string) => cells.findIndex((r) => r[0] === caption) + 2; // its header, 1-based
    expect(charts.map((c) => [c.name, c.type, c.title])).toEqual([
      ["Histogram", "ColumnClustered", "Distribution of totals"],
      ["Trend", "Line", "Monthly trend (mean total)"],
      ["Teams", "ColumnClustered", "Per team"],
    ]);
    expect(charts[0].source).toEqual({
      row: rowOf("Distribution of totals") - 1,
      column: 0,
      rows: bins.length,
      columns: 2,
    });
    expect(charts[1].source).toEqual({
      row: rowOf("Monthly trend (mean total)") - 1,
      column: 0,
      rows: months.length + 1,
      columns: 2,
    });
    expect(charts[2].source).toEqual({ row: rowOf("Per team") - 1, column: 0, rows: teams.length, columns: 2 });
  });

  it("refreshes a filter's sheet in place: the charts replaced, not added; other sheets untouched", async () => {
    const { session, host, data } = await exampleReview({ emptyCells });
    const team = "Team 1 / 客服一组";
    valueOf(await writeReviewReport(session, { data, team, period: "2018-10", made: MADE }));
    const sheet = "Report 2018-10 Team 1 客服一组";
    expect(grid(host, sheet, "A2:B3")).toEqual([
      ["Period", "2018-10"],
      ["Team", team],
    ]);
    const sheets = host.model.sheets.length;
    const from = journalFrom(host);
    const again = valueOf(await writeReviewReport(session, { data, team, period: "2018-10", made: "later" }));
    expect(from.syncs()).toHaveLength(3);
    expect(again).toMatchObject({ sheet, refreshed: true });
    expect(host.model.sheets.length).toBe(sheets);
    expect(host.model.sheet(sheet).charts.map((c) => c.name)).toEqual(["Histogram", "Trend", "Teams"]);
    expect(grid(host, sheet, "B7")).toEqual([["later"]]);
  });

  it("fails under its key for a period that does not read", async () => {
    const { session, data } = await exampleReview({ emptyCells });
    expect(failureOf(await writeReviewReport(session, { data, period: "last week" })).key).toBe("writeReviewReport");
  });
});
