// The what-if sheet on the simulated host: the summary of raising PREP's weight to 30 on the example's evaluations
// written as tables (before → after, distribution, band transitions, per person) with native column charts,
// stamped with the versions compared; refreshed in place; a fixed number of syncs.
import { writeWhatIfSheet } from "../../src/app/write-what-if-sheet";
import { exampleRubric } from "../../src/rubric/example";
import { evaluationData, scoreAsAwarded, scoreUnder, summarize, trialOf, weightEdit } from "../../src/rubric/whatif";
import { cellsOf, changedCells, grid, journalFrom } from "../support/host-helpers";
import { failureOf, valueOf } from "../support/session";
import { exampleReview } from "./report-setup";

jest.setTimeout(60_000);

const MADE = "2026-11-30T08:00:00.000Z";
const SHEET = "What-if";

function tableUnder(cells: unknown[][], caption: string): unknown[][] {
  const at = cells.findIndex((r) => r[0] === caption);
  expect(at).toBeGreaterThanOrEqual(0);
  const end = cells.findIndex((r, i) => i > at && r[0] === "");
  return cells.slice(at + 1, end < 0 ? undefined : end);
}

describe.each(["null", "zero"] as const)("writeWhatIfSheet (empty cells as %s)", (emptyCells) => {
  async function setUp() {
    const setup = await exampleReview({ emptyCells });
    const data = evaluationData(setup.records);
    const awarded = scoreAsAwarded(data, { versions: setup.versions });
    const tried = scoreUnder(data, trialOf(exampleRubric("en"), [weightEdit("PREP", 30)]));
    return { ...setup, summary: summarize(awarded, tried) };
  }

  it("writes the summary's tables and two column charts, stamped with the versions compared", async () => {
    const { session, host, summary } = await setUp();
    const before = cellsOf(host);
    const from = journalFrom(host);
    const request = { summary, compared: { before: [1], after: null }, made: MADE };
    expect(valueOf(await writeWhatIfSheet(session, request))).toMatchObject({ sheet: SHEET, refreshed: false });
    expect(from.syncs()).toHaveLength(2);
    expect(
      changedCells(before, cellsOf(host)).filter((a) => !a.startsWith(`'${SHEET}'!`) && !a.startsWith(`${SHEET}!`)),
    ).toEqual([]);
    const cells = grid(host, SHEET, "A1:J80");
    expect(cells.slice(0, 3).map((r) => r.slice(0, 2))).toEqual([
      ["What-if: the change on past evaluations", ""],
      ["Versions compared", "1 → working draft with the edits tried"],
      ["Made", MADE],
    ]);
    expect(cells.slice(4, 9).map((r) => r.slice(0, 4))).toEqual([
      ["", "Before", "After", "Change"],
      ["Evaluations", summary.before.totals, summary.after.totals, summary.after.totals - summary.before.totals],
      ["Mean", summary.before.mean, summary.after.mean, summary.after.mean! - summary.before.mean!],
      ["Median", summary.before.median, summary.after.median, summary.after.median! - summary.before.median!],
      ["Points", summary.points.before, summary.points.after, summary.points.after - summary.points.before],
    ]);
    // The distribution: each side's histogram, every total counted once.
    const bins = tableUnder(cells, "Distribution of totals, before and after");
    expect(bins.slice(1).map((r) => r[1])).toEqual(summary.before.histogram);
    expect(bins.slice(1).map((r) => r[2])).toEqual(summary.after.histogram);
    expect(bins.slice(1).reduce((n, r) => n + Number(r[1]), 0)).toBe(summary.before.totals);
    // The transitions: the summary's counts, from the bands before (rows) to those after (columns); PREP at 30
    // moves some evaluations to another band.
    const matrix = tableUnder(cells, "Band transitions");
    expect(matrix[0][0]).toBe("From \\ To");
    const counts = matrix.slice(1).map((r) => r.slice(1, 1 + summary.transitions.counts[0].length));
    expect(counts).toEqual(summary.transitions.counts);
    expect(counts.some((row, i) => row.some((n, j) => i !== j && Number(n) > 0))).toBe(true);
    // Per person: points before → after and ranks.
    const persons = tableUnder(cells, "Per person");
    expect(persons.slice(1).map((r) => [r[0], r[4], r[5], r[6]])).toEqual(
      summary.persons.map((p) => [p.name, p.before.points, p.after.points, p.pointsChange]),
    );
    const charts = host.model.sheet(SHEET).charts;
    expect(charts.map((c) => [c.name, c.type, c.title])).toEqual([
      ["Distribution", "ColumnClustered", "Distribution of totals, before and after"],
      ["Transitions", "ColumnClustered", "Band transitions"],
    ]);
    expect(charts[0].source.columns).toBe(3);
    expect(charts[0].source.rows).toBe(summary.bins.count + 1);
  });

  it("refreshes the What-if sheet in place (charts replaced) and names a published version compared", async () => {
    const { session, host, summary } = await setUp();
    valueOf(await writeWhatIfSheet(session, { summary, compared: { before: [1], after: null }, made: MADE }));
    const sheets = host.model.sheets.length;
    const from = journalFrom(host);
    valueOf(await writeWhatIfSheet(session, { summary, compared: { before: [2, 1], after: 3 }, made: MADE }));
    expect(from.syncs()).toHaveLength(3);
    expect(host.model.sheets.length).toBe(sheets);
    expect(grid(host, SHEET, "B2")).toEqual([["1, 2 → 3"]]);
    expect(host.model.sheet(SHEET).charts).toHaveLength(2);
  });

  it("fails under its key without the versions scored before, writing nothing", async () => {
    const { session, host, summary } = await setUp();
    const before = cellsOf(host);
    expect(failureOf(await writeWhatIfSheet(session, { summary, compared: { before: [], after: null } }))).toEqual({
      key: "writeWhatIfSheet",
      message: "a what-if sheet needs the versions scored before",
    });
    expect(changedCells(before, cellsOf(host))).toEqual([]);
  });
});
