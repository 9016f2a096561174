import { MAX_SHEET_NAME, insertSheet, uniqueSheetName } from "../../src/workbook";
import { fakeContext } from "../support/excel-fake";

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
    const { context, fake } = fakeContext();
    fake.workbook.worksheets.add("Spec");
    const cells = [
      ["Field", "Value"],
      ["=SUM(A1)", 3],
      ["+1", "-2", "@x"],
    ];
    const name = await insertSheet(context, "Spec", cells);
    expect(name).toBe("Spec (2)");
    const sheet = fake.workbook.sheets.find((s) => s.name === name)!;
    expect(sheet).toBeDefined();

    expect(fake.writes).toEqual([{ property: "values", sheet: name, address: "A1:C3", cells: 9 }]);
    expect(fake.formatWrites).toEqual([
      {
        sheet: name,
        address: "A1:C3",
        formats: [
          ["@", "@", "@"],
          ["@", "General", "@"],
          ["@", "@", "@"],
        ],
        writesBefore: 0,
      },
    ]);
    expect(fake.syncs).toHaveLength(2);
    // Nothing became a formula; numbers stay numbers; short rows are padded with blanks.
    for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) expect(sheet.cell(r, c)?.formula).toBeUndefined();
    expect(sheet.grid("A1:C3")).toEqual([
      ["Field", "Value", ""],
      ["=SUM(A1)", 3, ""],
      ["+1", "-2", "@x"],
    ]);
    expect(fake.workbook.active).toEqual({ sheet: name, row: 0, column: 0 });
  });

  it("adds an empty sheet for no cells", async () => {
    const { context, fake } = fakeContext();
    expect(await insertSheet(context, "Empty", [])).toBe("Empty");
    expect(fake.writes).toEqual([]);
    expect(fake.syncs).toHaveLength(2);
  });
});
