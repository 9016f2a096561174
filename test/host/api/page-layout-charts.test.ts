// Page Layout and charts through the API (ExcelApi 1.9 and 1.1): what a report sheet sets is kept on the sheet,
// survives saving and reopening, and what Excel refuses is refused at sync.
/* eslint-disable office-addins/no-context-sync-in-loop, office-addins/call-sync-before-read, office-addins/load-object-before-read */
import { createSimulatedHost } from "..";
import { SHEET, scoresHost } from "../model/fixture";

describe("Worksheet.pageLayout", () => {
  it("keeps orientation, paper size, fit to one page wide and the print title rows", async () => {
    const host = scoresHost();
    const read = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEET);
      const layout = sheet.pageLayout;
      layout.orientation = "Landscape";
      layout.paperSize = "A4";
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintTitleRows(sheet.getRange("A4:C5"));
      layout.load("orientation,paperSize,zoom");
      await context.sync();
      return [layout.orientation, layout.paperSize, layout.zoom];
    });
    expect(read).toEqual(["Landscape", "A4", { horizontalFitToPages: 1, verticalFitToPages: 0 }]);
    const setup = host.model.sheet(SHEET).pageSetup;
    expect(setup.printTitleRows).toEqual({ row: 3, rows: 2 });
    const reopened = createSimulatedHost({ state: host.save() });
    expect(reopened.model.sheet(SHEET).pageSetup).toEqual(setup);
  });

  it("takes print title rows as '$1:$3' and refuses a scale out of 10..400 or beside fit to pages", async () => {
    const host = scoresHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).pageLayout.setPrintTitleRows("$1:$3");
    });
    expect(host.model.sheet(SHEET).pageSetup.printTitleRows).toEqual({ row: 0, rows: 3 });
    for (const zoom of [{ scale: 5 }, { scale: 100, horizontalFitToPages: 1 }]) {
      await expect(
        host.run(async (context) => {
          context.workbook.worksheets.getItem(SHEET).pageLayout.zoom = zoom;
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
    expect(host.model.sheet(SHEET).pageSetup.zoom).toBeUndefined();
  });
});

describe("Worksheet.charts", () => {
  it("adds named charts over a range with a title, lists and deletes them", async () => {
    const host = scoresHost();
    const names = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEET);
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B4"), "Columns");
      chart.name = "Totals";
      chart.title.text = "Totals";
      sheet.charts.add("Line", sheet.getRange("A1:A4"));
      const charts = sheet.charts.load("items/name");
      await context.sync();
      const listed = charts.items.map((c) => c.name);
      charts.items[1].delete();
      await context.sync();
      return listed;
    });
    expect(names).toEqual(["Totals", "Chart 2"]);
    expect(host.model.sheet(SHEET).charts).toEqual([
      {
        name: "Totals",
        type: "ColumnClustered",
        source: { row: 0, column: 0, rows: 4, columns: 2 },
        seriesBy: "Columns",
        title: "Totals",
      },
    ]);
  });

  it("refuses a source on another sheet and an unknown type", async () => {
    const host = scoresHost();
    for (const add of [
      (c: Excel.RequestContext) =>
        c.workbook.worksheets
          .getItem(SHEET)
          .charts.add("Line", c.workbook.worksheets.getItem("Summary").getRange("A1")),
      (c: Excel.RequestContext) =>
        c.workbook.worksheets
          .getItem(SHEET)
          .charts.add("Nonsense" as "Line", c.workbook.worksheets.getItem(SHEET).getRange("A1")),
    ]) {
      await expect(host.run(async (context) => void add(context))).rejects.toMatchObject({ code: "InvalidArgument" });
    }
    expect(host.model.sheet(SHEET).charts).toEqual([]);
  });
});
