/* eslint-disable office-addins/load-object-before-read */
import { createSimulatedHost } from "../index";
import { grid, showTotalRow, typeInto, valueAt } from "../../support/host-helpers";
import { scoresHost, SHEET } from "./fixture";

describe("the Total Row", () => {
  it("adds a totals row under the data body: in getRange and [#All], not in the data body or [#Data]", async () => {
    const host = scoresHost();
    showTotalRow(host, "Scores");
    expect(grid(host, SHEET, "A6:C6")).toEqual([["Total", "", 140]]);
    const model = host.model;
    const sheet = model.sheet(SHEET);
    model.write(sheet, 8, 0, "=ROWS(Scores[#All])");
    model.write(sheet, 8, 1, "=ROWS(Scores[[#Headers],[#Data]])");
    model.write(sheet, 8, 2, "=ROWS(Scores[#Data])");
    model.write(sheet, 8, 3, "=SUM(Scores[[#All],[Points]])");
    model.write(sheet, 8, 4, "=Scores[[#Totals],[Double]]");
    expect(grid(host, SHEET, "A9:E9")).toEqual([[6, 5, 4, 70, 140]]);
    const read = await host.run(async (context) => {
      const table = context.workbook.tables.getItem("Scores").load("showTotals");
      const all = table.getRange().load("address");
      const body = table.getDataBodyRange().load("address");
      const totals = table.getTotalRowRange().load("address");
      await context.sync();
      return [table.showTotals, all.address, body.address, totals.address];
    });
    expect(read).toEqual([true, "Sheet1!A1:C6", "Sheet1!A2:C5", "Sheet1!A6:C6"]);
  });

  it("keeps the totals row at the bottom when the table grows or shrinks, and saves it", async () => {
    const host = scoresHost();
    await host.run(async (context) => {
      const table = context.workbook.tables.getItem("Scores");
      table.showTotals = true;
      table.resize("A1:C8");
      await context.sync();
    });
    expect(grid(host, SHEET, "A6:A8").flat()).toEqual(["", "", "Total"]);
    typeInto(host, SHEET, 6, 2, 5); // a Double typed in a new data row: the total counts it
    expect(valueAt(host, SHEET, "C8")).toBe(145);
    const reopened = createSimulatedHost({ state: host.save() });
    expect(reopened.model.table("Scores").dataBody().rows).toBe(6);
    showTotalRow(reopened, "Scores", false);
    expect(grid(reopened, SHEET, "A8:C8")).toEqual([["", "", ""]]);
    expect(reopened.model.table("Scores").box.rows).toBe(7);
  });

  it("refuses a Total Row when the cells under the table are taken; getTotalRowRange fails without one", async () => {
    const host = scoresHost();
    typeInto(host, SHEET, 5, 2, "note", { autoExpand: false });
    expect(() => showTotalRow(host, "Scores")).toThrow(/not empty/);
    await expect(
      host.run(async (context) => {
        context.workbook.tables.getItem("Scores").getTotalRowRange().load("address");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
