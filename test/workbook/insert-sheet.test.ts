import { MAX_SHEET_NAME, insertSheet, uniqueSheetName } from "../../src/workbook";
import { createSimulatedHost } from "../host";
import { activeCell, grid, numberFormats } from "../support/host-helpers";

describe("uniqueSheetName", () => {
  it("keeps a free valid name, and numbers a taken one (ignoring case)", () => {
    expect(uniqueSheetName("Export", [])).toBe("Export");
    expect(uniqueSheetName("Export", ["export"])).toBe("Export (2)");
    expect(uniqueSheetName("Export", ["Export", "Export (2)"])).toBe("Export (3)");
  });

  it("removes characters Excel refuses and fits 31 characters, suffix included", () => {
    expect(uniqueSheetName("a/b:c*d?[e]\\f", [])).toBe("a b c d e f");
    const long = "x".repeat(40);
    expect(uniqueSheetName(long, [])).toHaveLength(MAX_SHEET_NAME);
    const second = uniqueSheetName(long, ["x".repeat(31)]);
    expect(second).toBe(`${"x".repeat(27)} (2)`);
    expect(second).toHaveLength(MAX_SHEET_NAME);
    expect(uniqueSheetName("  ''  ", [])).toBe("Export");
  });
});

describe("insertSheet", () => {
  it("adds a uniquely named sheet, formats text cells as text before one values write, in two syncs", async () => {
    const host = createSimulatedHost();
    host.model.addSheet("Spec");
    const cells = [
      ["Field", "Value"],
      ["=SUM(A1)", 3],
      ["+1", "-2", "@x"],
    ];
    const name = await host.run((context) => insertSheet(context, "Spec", cells));
    expect(name).toBe("Spec (2)");
    const sheet = host.model.sheet(name);
    expect(sheet.name).toBe(name);

    // The number formats are written first, then the values in one write (the journal keeps the order).
    expect(host.journal.writes).toEqual([
      { property: "numberFormat", sheet: name, address: "A1:C3", cells: 9 },
      { property: "values", sheet: name, address: "A1:C3", cells: 9 },
    ]);
    expect(numberFormats(host, name, "A1:C3")).toEqual([
      ["@", "@", "@"],
      ["@", "General", "@"],
      ["@", "@", "@"],
    ]);
    expect(host.journal.syncs).toHaveLength(2);
    // Nothing became a formula; numbers stay numbers; text that Excel would parse ("+1", "-2") stays text; short
    // rows are padded with blanks.
    for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) expect(sheet.cell(r, c)?.formula).toBeUndefined();
    expect(grid(host, name, "A1:C3")).toEqual([
      ["Field", "Value", ""],
      ["=SUM(A1)", 3, ""],
      ["+1", "-2", "@x"],
    ]);
    expect(activeCell(host)).toEqual({ sheet: name, row: 0, column: 0 });
  });

  it("adds an empty sheet for no cells", async () => {
    const host = createSimulatedHost();
    expect(await host.run((context) => insertSheet(context, "Empty", []))).toBe("Empty");
    expect(host.model.sheets.map((s) => s.name)).toEqual(["Sheet1", "Empty"]);
    expect(host.journal.writes).toEqual([]);
    expect(host.journal.syncs).toHaveLength(2);
    expect(activeCell(host)).toEqual({ sheet: "Empty", row: 0, column: 0 });
  });
});
