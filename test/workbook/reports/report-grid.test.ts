// The report layout: cells padded into one rectangle, text cells formatted as text (blanks too), numbers with their
// table's format; the paper by locale.
import { ReportGrid, boxAddress, histogram, paperFor } from "../../../src/workbook/reports";

describe("ReportGrid", () => {
  it("lays lines and tables one under another, text as text and numbers with their column's format", () => {
    const grid = new ReportGrid();
    grid.line("Title").blank();
    const box = grid.table(
      ["Name", "Total"],
      [
        ["=x", 81.5],
        ["007", null],
      ],
      [null, "0.0"],
    );
    expect(box).toEqual({ row: 2, column: 0, rows: 3, columns: 2 });
    expect(boxAddress(box)).toBe("A3:B5");
    expect(boxAddress(box, 1, 1)).toBe("B3:B5");
    expect(grid.cells()).toEqual({
      address: "A1:B5",
      values: [
        ["Title", ""],
        ["", ""],
        ["Name", "Total"],
        ["=x", 81.5],
        ["007", ""],
      ],
      numberFormat: [
        ["@", "@"],
        ["@", "@"],
        ["@", "@"],
        ["@", "0.0"],
        ["@", "@"],
      ],
    });
  });
});

describe("paperFor", () => {
  it.each([
    ["en-US", "Letter"],
    ["es-MX", "Letter"],
    ["fr-CA", "Letter"],
    ["en-GB", "A4"],
    ["zh-CN", "A4"],
    ["zh-Hans-CN", "A4"],
    ["en", "A4"],
    [undefined, "A4"],
  ])("%s → %s", (locale, paper) => expect(paperFor(locale)).toBe(paper));
});

describe("histogram", () => {
  it("counts totals per bin from 0 to the highest total's bin (a bin's upper edge belongs to the next)", () => {
    expect(histogram([0, 9.9, 10, 55, 100], 10)).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
    expect(histogram([], 10)).toEqual([0]);
    expect(() => histogram([1], 0)).toThrow("bin width 0 is not a number > 0");
  });
});
