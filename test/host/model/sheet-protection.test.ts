// A protected sheet refuses what a user does in the grid (typing, table rows and columns, sort, filter, Total Row)
// and keeps its protection through a save and reopen.
import { createSimulatedHost } from "../index";
import {
  cellsOf,
  deleteTableColumn,
  deleteTableRow,
  filterTable,
  insertTableRow,
  showTotalRow,
  sortTable,
  typeInto,
  valueAt,
} from "../../support/host-helpers";
import { scoresHost, SHEET } from "./fixture";

const denied = expect.objectContaining({ code: "AccessDenied" });

describe("a protected sheet in the grid", () => {
  it("refuses typing, clearing and typing under a table; nothing changes", () => {
    const host = scoresHost();
    host.model.protect(host.model.sheet(SHEET));
    const before = cellsOf(host);
    const box = { ...host.model.table("Scores").box };
    expect(() => typeInto(host, SHEET, 1, 1, 50)).toThrow(denied);
    expect(() => typeInto(host, SHEET, 1, 1, "", { autoExpand: false })).toThrow(denied);
    expect(() => typeInto(host, SHEET, 5, 0, "erin")).toThrow(denied); // right under the table: no growth either
    expect(() => typeInto(host, SHEET, 0, 1, "Score")).toThrow(denied); // a header
    expect(cellsOf(host)).toEqual(before);
    expect(host.model.table("Scores").box).toEqual(box);
    // Formulas still compute, and another sheet takes entries.
    expect(valueAt(host, SHEET, "E1")).toBe(70);
    typeInto(host, "Summary", 1, 0, 7);
    expect(valueAt(host, "Summary", "A2")).toBe(7);
  });

  it("refuses table rows and columns, sort, the Total Row and (unless allowed) filters", () => {
    const host = scoresHost();
    host.model.protect(host.model.sheet(SHEET), { allowSort: true, allowInsertRows: true });
    const before = cellsOf(host);
    expect(() => insertTableRow(host, "Scores", 1)).toThrow(denied);
    expect(() => deleteTableRow(host, "Scores", 1)).toThrow(denied);
    expect(() => deleteTableColumn(host, "Scores", "Double")).toThrow(denied);
    expect(() => sortTable(host, "Scores", "Points", "asc")).toThrow(denied);
    expect(() => showTotalRow(host, "Scores")).toThrow(denied);
    expect(() => filterTable(host, "Scores", "Name", ["bob"])).toThrow(denied);
    expect(cellsOf(host)).toEqual(before);
    expect(host.model.sheet(SHEET).hiddenRows.size).toBe(0);

    host.model.unprotect(host.model.sheet(SHEET));
    host.model.protect(host.model.sheet(SHEET), { allowAutoFilter: true });
    filterTable(host, "Scores", "Name", ["bob"]);
    expect(host.model.sheet(SHEET).hiddenRows.size).toBe(3);
  });

  it("after Unprotect Sheet, typing works again", () => {
    const host = scoresHost();
    const sheet = host.model.sheet(SHEET);
    host.model.protect(sheet, {}, "pw");
    expect(() => host.model.unprotect(sheet, "PW")).toThrow(denied); // passwords are case-sensitive
    host.model.unprotect(sheet, "pw");
    typeInto(host, SHEET, 1, 1, 50);
    expect(valueAt(host, SHEET, "E1")).toBe(90);
  });

  it("keeps protection, options and password through a save and reopen", () => {
    const host = scoresHost();
    host.model.protect(host.model.sheet(SHEET), { allowFormatColumns: true }, "pw");
    const reopened = createSimulatedHost({ state: host.save() });
    const sheet = reopened.model.sheet(SHEET);
    expect(sheet.protection).toEqual({
      options: expect.objectContaining({ allowFormatColumns: true, allowFormatCells: false }),
      password: "pw",
    });
    expect(() => typeInto(reopened, SHEET, 1, 1, 50)).toThrow(denied);
    expect(reopened.model.sheet("Summary").protection).toBeNull();
  });
});
