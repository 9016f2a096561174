import { deleteTableRow, grid, insertTableRow, numberFormats, typeInto } from "../../support/host-helpers";
import { scoresHost, SHEET } from "./fixture";

describe("inserting and deleting table rows", () => {
  it("inserts a row in the middle: rows shift down, the calculated column and formats fill it", () => {
    const host = scoresHost();
    insertTableRow(host, "Scores", 1); // above alice
    expect(host.model.table("Scores").box.rows).toBe(6);
    expect(grid(host, SHEET, "A2:C6")).toEqual([
      ["carol", 30, 60],
      ["", "", 0],
      ["alice", 10, 20],
      ["bob", 20, 40],
      ["dave", 10, 20],
    ]);
    expect(host.model.sheet(SHEET).cell(2, 2)?.formula).toBe("=[@Points]*2");
    expect(numberFormats(host, SHEET, "A3")).toEqual([["@"]]);
    expect(grid(host, SHEET, "E1")).toEqual([[70]]); // outside the table's columns: not moved
  });

  it("deletes a row: rows below move up, nothing else changes", () => {
    const host = scoresHost();
    deleteTableRow(host, "Scores", 0);
    expect(grid(host, SHEET, "A2:C5")).toEqual([
      ["alice", 10, 20],
      ["bob", 20, 40],
      ["dave", 10, 20],
      ["", "", ""],
    ]);
    expect(host.model.table("Scores").box.rows).toBe(4);
    expect(grid(host, SHEET, "E1")).toEqual([[40]]);
  });
});

describe("typing right under a table (auto-expansion)", () => {
  it("grows the table by a row and fills its calculated column", () => {
    const host = scoresHost();
    typeInto(host, SHEET, 5, 0, "erin");
    expect(host.model.table("Scores").box.rows).toBe(6);
    typeInto(host, SHEET, 5, 1, 5);
    expect(grid(host, SHEET, "A6:C6")).toEqual([["erin", 5, 10]]);
    expect(grid(host, SHEET, "E1")).toEqual([[75]]);
  });

  it("does not grow for a cell beside the table, an empty entry, or with the option off", () => {
    const host = scoresHost();
    typeInto(host, SHEET, 5, 3, "beside");
    typeInto(host, SHEET, 5, 0, "");
    typeInto(host, SHEET, 5, 1, 7, { autoExpand: false });
    expect(host.model.table("Scores").box.rows).toBe(5);
    expect(grid(host, SHEET, "C6")).toEqual([[""]]);
  });
});
