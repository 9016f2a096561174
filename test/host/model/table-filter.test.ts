/* eslint-disable office-addins/load-object-before-read */
import { createSimulatedHost } from "../index";
import { clearFilter, filterTable, grid, hiddenRows, sortTable } from "../../support/host-helpers";
import { scoresHost, SHEET } from "./fixture";

describe("filtering a table", () => {
  it("hides the rows whose value is not chosen; they stay in the table and in Range.values", async () => {
    const host = scoresHost();
    filterTable(host, "Scores", "Points", [10]);
    expect(hiddenRows(host, SHEET)).toEqual([1, 3]); // carol, bob
    expect(host.model.table("Scores").box.rows).toBe(5);
    const read = await host.run(async (context) => {
      const body = context.workbook.tables.getItem("Scores").getDataBodyRange().load("values");
      const carol = context.workbook.worksheets.getItem(SHEET).getRange("A2:C2").load("rowHidden");
      const all = context.workbook.worksheets.getItem(SHEET).getRange("A2:C5").load("rowHidden");
      const alice = context.workbook.worksheets.getItem(SHEET).getRange("A3").load("rowHidden");
      await context.sync();
      return { values: body.values, carol: carol.rowHidden, all: all.rowHidden, alice: alice.rowHidden };
    });
    expect(read.values).toHaveLength(4);
    expect(read).toMatchObject({ carol: true, all: null, alice: false });
    expect(grid(host, SHEET, "E1:E1")).toEqual([[70]]); // SUM counts hidden rows, as in Excel
  });

  it("getVisibleView reads only the rows left visible, with their addresses", async () => {
    const host = scoresHost();
    filterTable(host, "Scores", "Name", ["bob", "dave"]);
    const view = await host.run(async (context) => {
      const v = context.workbook.tables.getItem("Scores").getDataBodyRange().getVisibleView();
      v.load("values,cellAddresses,rowCount");
      await context.sync();
      return { values: v.values, first: v.cellAddresses.map((r) => r[0]), rows: v.rowCount };
    });
    expect(view).toEqual({
      values: [
        ["bob", 20, 40],
        ["dave", 10, 20],
      ],
      first: ["Sheet1!A4", "Sheet1!A5"],
      rows: 2,
    });
  });

  it("keeps the filter through a sort and a save/reload; clearing shows every row", () => {
    const host = scoresHost();
    filterTable(host, "Scores", "Points", [10]);
    sortTable(host, "Scores", "Name", "asc"); // alice, bob, carol, dave
    expect(hiddenRows(host, SHEET)).toEqual([2, 3]);
    const reopened = createSimulatedHost({ state: host.save() });
    expect(hiddenRows(reopened, SHEET)).toEqual([2, 3]);
    expect(reopened.model.table("Scores").filters).toEqual([{ column: 1, values: ["10"] }]);
    clearFilter(reopened, "Scores");
    expect(hiddenRows(reopened, SHEET)).toEqual([]);
  });

  it("clears through Table.clearFilters", async () => {
    const host = scoresHost();
    filterTable(host, "Scores", "Points", [30]);
    await host.run(async (context) => {
      context.workbook.tables.getItem("Scores").clearFilters();
      await context.sync();
    });
    expect(hiddenRows(host, SHEET)).toEqual([]);
  });
});
