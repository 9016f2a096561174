import { touchesRow } from "../../src/app/row-change";

const place = { worksheetId: "{sheet:ev}", sheetRow: 5 };
const change = (address: string, changeType = "RangeEdited", worksheetId = "{sheet:ev}") => ({
  worksheetId,
  address,
  changeType,
});

describe("touchesRow", () => {
  it("is true for an edit that covers the row, on its sheet", () => {
    expect(touchesRow(change("F5"), place)).toBe(true);
    expect(touchesRow(change("A3:Q9"), place)).toBe(true);
  });

  it("is false for an edit of another row or another sheet", () => {
    expect(touchesRow(change("F4"), place)).toBe(false);
    expect(touchesRow(change("A6:Q9"), place)).toBe(false);
    expect(touchesRow(change("F5", "RangeEdited", "{sheet:rubric}"), place)).toBe(false);
  });

  it("is true for rows inserted or deleted above the row (it moved), false below", () => {
    expect(touchesRow(change("A2:Q2", "RowInserted"), place)).toBe(true);
    expect(touchesRow(change("A7:Q7", "RowDeleted"), place)).toBe(false);
  });

  it("reads again for an address it cannot place", () => {
    expect(touchesRow(change("5:5"), place)).toBe(true);
  });
});
