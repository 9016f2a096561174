import { cellValue, classifyValue, INVALID, NA } from "../../src/rubric/value";

describe("cellValue: a raw value as a score cell holds it", () => {
  test.each([
    [null, ""],
    [undefined, ""],
    ["  ", ""],
    [7, 7],
    [" 7.5 ", 7.5],
    ["n/a", NA],
    ["0x7", "0x7"],
    [" abc ", "abc"],
    [true, true],
  ])("%p -> %p", (input, expected) => {
    expect(cellValue(input)).toBe(expected);
  });

  it('agrees with the engine: "0x7" is invalid, not 7', () => {
    expect(classifyValue("0x7")).toBe(INVALID);
  });
});
