import { formatLevels, parseLevels } from "../../src/rubric/levels";

describe("levels text", () => {
  const levels = [
    { points: 0, label: "Not done" },
    { points: 4, label: "Done superficially" },
    { points: 7.5, label: "Done well" },
  ];
  test("format then parse gives the levels back", () => {
    expect(formatLevels(levels)).toBe("0 = Not done; 4 = Done superficially; 7.5 = Done well");
    expect(parseLevels(formatLevels(levels))).toEqual(levels);
  });
  test("accepts newlines, full-width separators and colons", () => {
    expect(parseLevels("0：未完成；4 流于形式\n7: 完成良好")).toEqual([
      { points: 0, label: "未完成" },
      { points: 4, label: "流于形式" },
      { points: 7, label: "完成良好" },
    ]);
  });
  test("a separator inside a label is replaced, so the text still parses", () => {
    expect(parseLevels(formatLevels([{ points: 1, label: "a; b" }]))).toEqual([{ points: 1, label: "a, b" }]);
  });
  test("a part without points or label is named", () => {
    expect(parseLevels("0 = none; good")).toBe('"good" is not "points = label"');
    expect(parseLevels("5")).toBe('"5" is not "points = label"');
  });
});
