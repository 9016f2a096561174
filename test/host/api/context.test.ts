// The simulated host keeps Office's batching rules: commands run at sync, in order; unloaded properties throw;
// a failing command rejects the sync and drops what was queued after it.
// The reads before load/sync are the point of these tests, so the office-addins read rules are off here.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
import { createSimulatedHost } from "../index";

describe("load and sync", () => {
  it("applies queued writes only at sync, in order", async () => {
    const host = createSimulatedHost();
    const context = host.context();
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
    range.values = [[1, "=A1*2"]];
    expect(host.model.sheet("Sheet1").cell(0, 0)).toBeUndefined();
    await context.sync();
    expect(host.model.valueAt(host.model.sheet("Sheet1"), 0, 1)).toBe(2);
    expect(host.journal.syncs).toHaveLength(1);
    expect(host.journal.writes).toEqual([{ property: "values", sheet: "Sheet1", address: "A1:B1", cells: 2 }]);
  });

  it("throws PropertyNotLoaded for a property read before it was loaded and synced", async () => {
    const host = createSimulatedHost();
    const context = host.context();
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    range.load("values");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await context.sync();
    expect(range.values).toEqual([[""]]);
    expect(() => range.formulas).toThrow(/formulas/);
  });

  it("loads a snapshot: later writes do not change what was loaded", async () => {
    const host = createSimulatedHost();
    const context = host.context();
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
    range.values = [[5]];
    await context.sync();
    expect(range.values).toEqual([[""]]);
    range.load("values");
    await context.sync();
    expect(range.values).toEqual([[5]]);
  });

  it("rejects the sync with Office's error code and drops the commands queued after the failing one", async () => {
    const host = createSimulatedHost();
    const context = host.context();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1").values = [["before"]];
    context.workbook.worksheets.getItem("No such sheet").getRange("A1").values = [["x"]];
    sheet.getRange("A2").values = [["after"]];
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(host.model.sheet("Sheet1").cell(0, 0)?.value).toBe("before");
    expect(host.model.sheet("Sheet1").cell(1, 0)).toBeUndefined();
  });

  it("refuses a 2-D array of the wrong size, and leaves cells written as null alone", async () => {
    const host = createSimulatedHost();
    const context = host.context();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:B1").values = [["a", "b"]];
    sheet.getRange("A1:B1").values = [[null, "c"]] as never;
    await context.sync();
    expect(host.model.sheet("Sheet1").cell(0, 0)?.value).toBe("a");
    expect(host.model.sheet("Sheet1").cell(0, 1)?.value).toBe("c");
    sheet.getRange("A1:B1").values = [["only one"]];
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("parses what is written as Excel does, except in cells formatted as text", async () => {
    const host = createSimulatedHost();
    const context = host.context();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("B1").numberFormat = [["@"]];
    sheet.getRange("A1:A4").values = [["12"], ["TRUE"], ["'7"], ["=1+1"]];
    sheet.getRange("B1").values = [["=cmd|' /C calc'!A0"]];
    const read = sheet.getRange("A1:B4").load("values,formulas");
    await context.sync();
    expect(read.values.map((r) => r[0])).toEqual([12, true, "7", 2]);
    expect(read.formulas[3][0]).toBe("=1+1");
    expect(read.values[0][1]).toBe("=cmd|' /C calc'!A0");
    expect(host.model.sheet("Sheet1").cell(0, 1)?.formula).toBeUndefined();
  });

  it("binds each proxy when its command runs: a data body asked for after a queued resize is the resized one", async () => {
    const host = createSimulatedHost();
    const context = host.context();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:B2").values = [
      ["Id", "Score"],
      ["a", 1],
    ];
    const table = sheet.tables.add("A1:B2", true);
    table.name = "Scores";
    const before = table.getDataBodyRange().load("address");
    table.resize("A1:B4");
    const after = table.getDataBodyRange().load("address,rowCount");
    await context.sync();
    expect(before.address).toBe("Sheet1!A2:B2");
    expect(after.address).toBe("Sheet1!A2:B4");
    expect(after.rowCount).toBe(3);
  });

  it("gives null objects for missing items, and isNullObject only after a sync", async () => {
    const host = createSimulatedHost();
    const context = host.context();
    const missing = context.workbook.tables.getItemOrNullObject("Nope");
    const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
    expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(present.isNullObject).toBe(false);
  });

  it("Excel.run syncs what the batch left queued, and returns the batch's result", async () => {
    const host = createSimulatedHost();
    const result = await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C3").values = [["left queued"]];
      return "done";
    });
    expect(result).toBe("done");
    expect(host.model.sheet("Sheet1").cell(2, 2)?.value).toBe("left queued");
  });

  it("keeps Excel's rules for sheets and tables: unique names, no overlapping tables, text headers", async () => {
    const host = createSimulatedHost();
    const context = host.context();
    context.workbook.worksheets.add("sheet1");
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.tables.add("A1:B3", true);
    await context.sync();
    expect(host.model.table("Table1").headers()).toEqual(["Column1", "Column2"]);
    sheet.tables.add("B2:C4", true);
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    sheet.getRange("A1").values = [["=1"]];
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("tells selection handlers where the selection went, and stops when the handler is removed", async () => {
    const host = createSimulatedHost();
    const seen: string[] = [];
    const registration = await host.run(async (context) => {
      const result = context.workbook.worksheets.onSelectionChanged.add(async (args) => {
        seen.push(args.address);
      });
      await context.sync();
      return result;
    });
    host.model.select("Sheet1", [{ row: 2, column: 1, rows: 2, columns: 2 }]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(seen).toEqual(["B3:C4"]);
    await host.run(async (context) => {
      void context;
      registration.remove();
      await registration.context.sync();
    });
    host.model.select("Sheet1", [{ row: 0, column: 0, rows: 1, columns: 1 }]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(seen).toEqual(["B3:C4"]);
  });
});

describe("older Excel builds", () => {
  it("fails an API member the host is told it lacks with ApiNotFound at sync", async () => {
    const host = createSimulatedHost({ unsupported: ["Workbook.getSelectedRanges"] });
    const context = host.context();
    context.workbook.getSelectedRanges().areas.load("items/address");
    await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    const areas = createSimulatedHost().context().workbook.getSelectedRanges();
    areas.areas.load("items/rowIndex");
    await areas.context.sync();
    expect(areas.areas.items.map((r) => r.rowIndex)).toEqual([0]);
  });
});

describe("tables that grow", () => {
  it("extend a data validation that covers a column's whole data body to the new rows, as Excel tables do", async () => {
    const host = createSimulatedHost();
    const context = host.context();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:B3").values = [
      ["Id", "Score"],
      ["a", 1],
      ["b", 2],
    ];
    const table = sheet.tables.add("A1:B3", true);
    sheet.getRange("B2:B3").dataValidation.rule = { wholeNumber: { formula1: 0, formula2: 10, operator: "Between" } };
    sheet.getRange("A2").dataValidation.rule = { textLength: { formula1: 5, operator: "LessThan" } };
    table.resize("A1:B5");
    await context.sync();
    const model = host.model.sheet("Sheet1");
    expect(model.validationAt(4, 1)?.rule).toEqual({ wholeNumber: { formula1: 0, formula2: 10, operator: "Between" } });
    expect(model.validationAt(4, 0)).toBeUndefined(); // covered one cell only: stays where it was
  });
});
