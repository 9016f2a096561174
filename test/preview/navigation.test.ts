// Keyboard moves of the active cell and the Name box's references.
import { moveBy, parseReference } from "./grid/navigation";

describe("moveBy", () => {
  const at = { row: 4, column: 2 };
  test.each([
    ["ArrowUp", false, { row: 3, column: 2 }],
    ["ArrowDown", false, { row: 5, column: 2 }],
    ["ArrowLeft", false, { row: 4, column: 1 }],
    ["ArrowRight", false, { row: 4, column: 3 }],
    ["Tab", false, { row: 4, column: 3 }],
    ["Tab", true, { row: 4, column: 1 }],
    ["Enter", false, { row: 5, column: 2 }],
    ["Enter", true, { row: 3, column: 2 }],
  ])("%s (shift %p)", (key, shift, expected) => {
    expect(moveBy(at, key, shift)).toEqual(expected);
  });

  test("stops at the sheet's edges; other keys do not move", () => {
    expect(moveBy({ row: 0, column: 0 }, "ArrowUp")).toEqual({ row: 0, column: 0 });
    expect(moveBy({ row: 0, column: 0 }, "Tab", true)).toEqual({ row: 0, column: 0 });
    expect(moveBy({ row: 1_048_575, column: 16_383 }, "ArrowDown")).toEqual({ row: 1_048_575, column: 16_383 });
    expect(moveBy(at, "a")).toBeNull();
  });
});

describe("parseReference", () => {
  test("cells and ranges, any case, absolute or not", () => {
    expect(parseReference("B12")).toEqual({ box: { row: 11, column: 1, rows: 1, columns: 1 } });
    expect(parseReference(" $b$12 ")).toEqual({ box: { row: 11, column: 1, rows: 1, columns: 1 } });
    expect(parseReference("A1:C3")).toEqual({ box: { row: 0, column: 0, rows: 3, columns: 3 } });
    expect(parseReference("C3:A1")).toEqual({ box: { row: 0, column: 0, rows: 3, columns: 3 } });
  });

  test("a sheet-qualified reference names its sheet", () => {
    expect(parseReference("'proactive-visit rubric'!E11")).toEqual({
      sheet: "proactive-visit rubric",
      box: { row: 10, column: 4, rows: 1, columns: 1 },
    });
  });

  test("anything else is not a reference", () => {
    for (const text of ["", "hello world", "A0", "12", "XFE1", "A1048577", "Total"]) {
      expect(parseReference(text)).toBeNull();
    }
  });
});
