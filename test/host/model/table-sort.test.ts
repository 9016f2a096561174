import { grid, numberFormats, sortTable } from "../../support/host-helpers";
import { scoresHost, SHEET } from "./fixture";

describe("sorting a table's rows", () => {
  it("moves whole rows ascending, keeping this-row formulas working and formats with their rows", () => {
    const host = scoresHost();
    host.model.setNumberFormat(host.model.sheet(SHEET), 1, 1, "0.0"); // carol's points
    sortTable(host, "Scores", "Points", "asc");
    expect(grid(host, SHEET, "A2:C5")).toEqual([
      ["alice", 10, 20],
      ["dave", 10, 20],
      ["bob", 20, 40],
      ["carol", 30, 60],
    ]);
    expect(numberFormats(host, SHEET, "B2:B5")).toEqual([["General"], ["General"], ["General"], ["0.0"]]);
    expect(host.model.sheet(SHEET).cell(4, 2)?.formula).toBe("=[@Points]*2");
  });

  it("sorts descending, stable for equal keys, text without regard to case", () => {
    const host = scoresHost();
    sortTable(host, "Scores", "Points", "desc");
    expect(grid(host, SHEET, "A2:A5").flat()).toEqual(["carol", "bob", "alice", "dave"]);
    host.model.write(host.model.sheet(SHEET), 2, 0, "Zed");
    sortTable(host, "Scores", "Name", "asc");
    expect(grid(host, SHEET, "A2:A5").flat()).toEqual(["alice", "carol", "dave", "Zed"]);
  });

  it("puts empty cells last either way and changes nothing outside the table", () => {
    const host = scoresHost();
    host.model.write(host.model.sheet(SHEET), 1, 1, ""); // carol has no points
    const outside = grid(host, SHEET, "E1:E1");
    sortTable(host, "Scores", "Points", "desc");
    expect(grid(host, SHEET, "A5:A5")).toEqual([["carol"]]);
    sortTable(host, "Scores", "Points", "asc");
    expect(grid(host, SHEET, "A5:A5")).toEqual([["carol"]]);
    expect(grid(host, SHEET, "A1:C1")).toEqual([["Name", "Points", "Double"]]);
    expect(grid(host, SHEET, "E1:E1")).toEqual(outside);
    expect(host.model.table("Scores").box).toEqual({ row: 0, column: 0, rows: 5, columns: 3 });
  });

  it("sorts through Table.sort.apply, as an add-in would", async () => {
    const host = scoresHost();
    await host.run(async (context) => {
      context.workbook.tables.getItem("Scores").sort.apply([{ key: 0, ascending: false }]);
      await context.sync();
    });
    expect(grid(host, SHEET, "A2:A5").flat()).toEqual(["dave", "carol", "bob", "alice"]);
  });
});
