// The model's revision: what a view of a whole sheet (the preview's grid) keys its work on.
import { createSimulatedHost } from "..";

describe("WorkbookModel.revision", () => {
  test("moves when cells, tables or sheets change; not when only the selection or the active sheet moves", () => {
    const { model } = createSimulatedHost();
    const sheet = model.sheet("Sheet1");
    let seen = model.revision;
    const moved = () => {
      const now = model.revision;
      const result = now !== seen;
      seen = now;
      return result;
    };
    model.write(sheet, 0, 0, "Name");
    model.write(sheet, 1, 0, "x");
    expect(moved()).toBe(true);
    model.select("Sheet1", [{ row: 5, column: 2, rows: 1, columns: 1 }]);
    expect(moved()).toBe(false);
    model.addTable(sheet, { row: 0, column: 0, rows: 2, columns: 1 });
    expect(moved()).toBe(true);
    model.addSheet("Other");
    expect(moved()).toBe(true);
    model.activate("Other");
    expect(moved()).toBe(false);
    model.setNumberFormat(sheet, 1, 0, "0.0");
    expect(moved()).toBe(true);
  });
});
