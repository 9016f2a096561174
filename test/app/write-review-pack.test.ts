// The review pack on the simulated host: one team's week of the example as a printable sheet, the same totals as the
// evaluations sheet, text kept as text, page setup for printing, refreshed in place, a fixed number of syncs.
import { writeReviewPack } from "../../src/app/write-review-pack";
import { prepareReview } from "../../src/rubric/review";
import { cellsOf, changedCells, dataValue, grid, journalFrom, numberFormats } from "../support/host-helpers";
import { failureOf, valueOf } from "../support/session";
import { exampleReview } from "./report-setup";

jest.setTimeout(60_000);

const TEAM = "Team 3 / 客服三组";
const WEEK = "2018-W36"; // Monday 2018-09-03 to Sunday 2018-09-09
const SHEET = "Review Team 3 客服三组 2018-W36"; // "/" is not allowed in a sheet name
const MADE = "2026-11-30T08:00:00.000Z";

/** The team's evaluations of the week as the evaluations sheet shows them: process → [total, points, band]. */
function sheetResults(host: Awaited<ReturnType<typeof exampleReview>>["host"]) {
  const table = host.model.table("Evaluations_proactive_visit");
  const found = new Map<string, unknown[]>();
  for (let i = 0; i < table.box.rows - 1; i++) {
    const value = (header: string) => dataValue(host, table, i, header);
    const date = value("Date");
    // Dates are Excel serials: 2018-09-03 is 43346, 2018-09-09 43352.
    const inWeek = typeof date === "number" ? date >= 43346 && date <= 43352 : /^2018-09-0[3-9]$/.test(String(date));
    if (value("Team") === TEAM && inWeek)
      found.set(String(value("Process")), [value("Total"), value("Points"), value("Band")]);
  }
  return found;
}

describe.each(["null", "zero"] as const)("writeReviewPack (empty cells as %s)", (emptyCells) => {
  it("writes the team's week: stamp, evaluations with values and level labels, profile and points", async () => {
    const { session, host, data } = await exampleReview({ emptyCells });
    const before = cellsOf(host);
    const written = valueOf(await writeReviewPack(session, { data, team: TEAM, week: WEEK, made: MADE }));
    expect(written).toMatchObject({ sheet: SHEET, refreshed: false });
    // Only the new sheet's cells were written.
    const changed = changedCells(before, cellsOf(host));
    expect(changed.filter((a) => !a.startsWith(`${SHEET}!`))).toEqual([]);
    const cells = grid(host, SHEET, "A1:Z60");
    expect(cells[0][0]).toBe(`Weekly review: ${TEAM}, ${WEEK}`);
    expect(cells.slice(1, 5).map((r) => r.slice(0, 2))).toEqual([
      ["Period", WEEK],
      ["Team", TEAM],
      ["Rubric versions", "1"],
      ["Made", MADE],
    ]);
    expect(cells[6][0]).toBe("Evaluations of the week");
    const header = cells[7];
    expect(header.slice(0, 9)).toEqual([
      "Date",
      "Process",
      "Person",
      "Reviewer",
      "Total",
      "Points",
      "Band",
      "PREP",
      "PREP level",
    ]);
    // Every evaluation of the week, with the totals, points and bands the evaluations sheet shows.
    const expected = sheetResults(host);
    expect(expected.size).toBeGreaterThan(0);
    const body = cells.slice(8, 8 + expected.size);
    for (const row of body) {
      expect(expected.get(String(row[1]))).toEqual([row[4], row[5], row[6]]);
      expect(String(row[0])).toMatch(/^2018-09-0[3-9]$/);
    }
    expect(cells[8 + expected.size][0]).toBe(""); // nothing more in the table
    // A level label beside its value: PREP's 7 is a level of the example.
    const prep = header.indexOf("PREP");
    const withLevel = body.find((r) => typeof r[prep] === "number");
    expect(typeof withLevel![prep + 1]).toBe("string");
    // The profile and the week's points follow.
    const captions = cells.map((r) => r[0]);
    expect(captions).toContain("Criterion profile (weakest first)");
    expect(captions).toContain("Points of the week");
    // Printing: landscape, A4 (no locale given), one page wide, the evaluations' header repeated.
    expect(host.model.sheet(SHEET).pageSetup).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: { row: 7, rows: 1 },
    });
  });

  it("keeps text as text (a comment or process that looks like a formula or a number)", async () => {
    const { session, host, records, versions } = await exampleReview({ emptyCells });
    const i = records.findIndex((r) => r.team === TEAM && r.process === "HF-18090002");
    records[i] = { ...records[i], comment: "=1+1", process: "007" };
    const data = prepareReview(records, versions);
    valueOf(await writeReviewPack(session, { data, team: TEAM, week: WEEK, made: MADE, locale: "en-US" }));
    const cells = grid(host, SHEET, "A9:Z30");
    const header = grid(host, SHEET, "A8:Z8")[0];
    const row = cells.findIndex((r) => r[1] === "007");
    expect(row).toBeGreaterThanOrEqual(0);
    expect(cells[row][header.indexOf("Comment")]).toBe("=1+1");
    expect(numberFormats(host, SHEET, `B${9 + row}:B${9 + row}`)).toEqual([["@"]]);
    expect(host.model.sheet(SHEET).cell(8 + row, header.indexOf("Comment"))?.formula).toBeUndefined();
    expect(host.model.sheet(SHEET).pageSetup.paperSize).toBe("Letter");
  });

  it("refreshes the same sheet in place, found by name, in a fixed number of syncs", async () => {
    const { session, host, data, records, versions } = await exampleReview({ emptyCells });
    let from = journalFrom(host);
    valueOf(await writeReviewPack(session, { data, team: TEAM, week: WEEK, made: MADE }));
    expect(from.syncs()).toHaveLength(2); // find the sheet, write
    const sheets = host.model.sheets.length;
    const first = grid(host, SHEET, "A1:Z60");
    // Fewer evaluations the second time: the rows left over are cleared.
    const fewer = prepareReview(
      records.filter((r) => r.process !== "HF-18090002"),
      versions,
    );
    from = journalFrom(host);
    const again = valueOf(await writeReviewPack(session, { data: fewer, team: TEAM, week: WEEK, made: MADE }));
    expect(from.syncs()).toHaveLength(3); // find the sheet, list its charts, write
    expect(again).toMatchObject({ sheet: SHEET, refreshed: true });
    expect(host.model.sheets.length).toBe(sheets);
    const second = grid(host, SHEET, "A1:Z60");
    expect(second.flat().filter((v) => v === "HF-18090002")).toEqual([]);
    expect(first.flat().filter((v) => v === "HF-18090002")).toHaveLength(1);
  });

  it("fails under its key for a team without evaluations that week, or a period that is not a week", async () => {
    const { session, host, data } = await exampleReview({ emptyCells });
    const before = cellsOf(host);
    expect(failureOf(await writeReviewPack(session, { data, team: "Team 9", week: WEEK }))).toEqual({
      key: "writeReviewPack",
      message: `team "Team 9" has no scored evaluation in ${WEEK}`,
    });
    expect(failureOf(await writeReviewPack(session, { data, team: TEAM, week: "2018-09" })).message).toBe(
      `"2018-09" is not an ISO week (such as 2026-W05)`,
    );
    expect(changedCells(before, cellsOf(host))).toEqual([]);
  });

  it("fails as 'protected' when the pack's sheet is protected, and changes nothing", async () => {
    const { session, host, data } = await exampleReview({ emptyCells });
    valueOf(await writeReviewPack(session, { data, team: TEAM, week: WEEK, made: MADE }));
    host.model.protect(host.model.sheet(SHEET));
    const before = cellsOf(host);
    const failure = failureOf(await writeReviewPack(session, { data, team: TEAM, week: WEEK, made: "later" }));
    expect(failure).toMatchObject({ key: "writeReviewPack", kind: "protected" });
    expect(changedCells(before, cellsOf(host))).toEqual([]);
  });
});
