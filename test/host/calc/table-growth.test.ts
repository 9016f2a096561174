// A table that grows or shrinks by rows at its bottom (Table.resize, typing under it) is recalculated without
// rebuilding the calculation: the formulas that name the table's extent are translated again, and so are the
// formulas in the rows that moved in or out of it; every other formula keeps its translation.
import { grid } from "../../support/host-helpers";
import { SHEET, scoresHost } from "../model/fixture";
import { SimulatedHost, createSimulatedHost } from "../index";

/** The same workbook calculated from scratch. */
const reopened = (host: SimulatedHost) => createSimulatedHost({ state: host.save() });

describe("a table's rows resized at the bottom", () => {
  it("grows: whole-column references take the new row in, this-row references there start to work", () => {
    const host = scoresHost();
    const { model } = host;
    const sheet = model.sheet(SHEET);
    // A this-row formula right under the table: outside it, #VALUE!.
    model.write(sheet, 5, 2, "=[@Points]*2");
    model.write(sheet, 5, 1, 7);
    expect(grid(host, SHEET, "E1")).toEqual([[70]]);
    expect(grid(host, "Summary", "A1")).toEqual([[8]]);
    const rebuilds = host.calculation.stats.rebuilds;

    model.resizeTable(model.table("Scores"), { row: 0, column: 0, rows: 6, columns: 3 });
    expect(grid(host, SHEET, "E1")).toEqual([[77]]);
    expect(grid(host, "Summary", "A1")).toEqual([[10]]);
    expect(grid(host, SHEET, "C6")).toEqual([[14]]);
    expect(grid(host, SHEET, "A1:E7")).toEqual(grid(reopened(host), SHEET, "A1:E7"));
    expect(host.calculation.stats.rebuilds).toBe(rebuilds);
  });

  it("shrinks: the row left out is out of every reference to the table", () => {
    const host = scoresHost();
    const { model } = host;
    expect(grid(host, SHEET, "E1:E1")).toEqual([[70]]);
    const rebuilds = host.calculation.stats.rebuilds;

    model.resizeTable(model.table("Scores"), { row: 0, column: 0, rows: 4, columns: 3 });
    expect(grid(host, SHEET, "E1")).toEqual([[60]]);
    expect(grid(host, "Summary", "A1")).toEqual([[6]]);
    // dave's row is no longer the table's: its this-row formula is an error, as a full calculation says.
    expect(grid(host, SHEET, "C5")).toEqual(grid(reopened(host), SHEET, "C5"));
    expect(grid(host, SHEET, "C5")).toEqual([[expect.objectContaining({ error: expect.stringMatching(/^#/) })]]);
    expect(grid(host, SHEET, "C2:C4")).toEqual([[60], [20], [40]]);
    expect(host.calculation.stats.rebuilds).toBe(rebuilds);
  });

  it("a resize that adds columns still rebuilds (references by column move)", () => {
    const host = scoresHost();
    const { model } = host;
    expect(grid(host, SHEET, "E1")).toEqual([[70]]);
    const rebuilds = host.calculation.stats.rebuilds;
    model.resizeTable(model.table("Scores"), { row: 0, column: 0, rows: 5, columns: 4 });
    expect(grid(host, SHEET, "E1")).toEqual([[70]]);
    expect(host.calculation.stats.rebuilds).toBe(rebuilds + 1);
  });
});
