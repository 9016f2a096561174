import { deleteTableColumn, grid, headers, insertTableColumn, valueAt } from "../../support/host-helpers";
import { scoresHost, SHEET } from "./fixture";

describe("inserting and deleting table columns", () => {
  it("inserts a column inside the table: cells shift right, references keep their columns by name", () => {
    const host = scoresHost();
    host.model.write(host.model.sheet(SHEET), 6, 3, "under the table"); // D7: not in the table's rows
    insertTableColumn(host, "Scores", 1, "Note");
    expect(headers(host, "Scores")).toEqual(["Name", "Note", "Points", "Double"]);
    expect(grid(host, SHEET, "A2:D2")).toEqual([["carol", "", 30, 60]]);
    expect(valueAt(host, SHEET, "F1")).toBe(70); // the summary moved right with the table's rows
    expect(valueAt(host, "Summary", "A1")).toBe(8);
    expect(valueAt(host, SHEET, "D7")).toBe("under the table");
  });

  it("deletes a column: cells to its right shift left; formulas naming it show #REF!", () => {
    const host = scoresHost();
    deleteTableColumn(host, "Scores", "Name");
    expect(headers(host, "Scores")).toEqual(["Points", "Double"]);
    expect(grid(host, SHEET, "A2:B2")).toEqual([[30, 60]]);
    expect(valueAt(host, SHEET, "D1")).toBe(70);
    deleteTableColumn(host, "Scores", "Points");
    expect(valueAt(host, SHEET, "A2")).toMatchObject({ error: "#REF!" });
  });
});
