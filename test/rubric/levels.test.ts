import fc from "fast-check";
import { formatLevels, parseLevels } from "../../src/rubric/levels";
import { Level } from "../../src/rubric/model";

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
  test("a part without points or label is named", () => {
    expect(parseLevels("0 = none; good")).toBe('"good" is not "points = label"');
    expect(parseLevels("5")).toBe('"5" is not "points = label"');
    expect(parseLevels("5 = | only a description")).toBe('"5 = | only a description" is not "points = label"');
  });

  test("a description follows the label after |", () => {
    const described = [
      { points: 0, label: "Not done", description: "nothing was prepared" },
      { points: 4, label: "Done" },
      { points: 7, label: "Done well", description: "" },
    ];
    expect(formatLevels(described)).toBe("0 = Not done | nothing was prepared; 4 = Done; 7 = Done well | ");
    expect(parseLevels(formatLevels(described))).toEqual(described);
  });

  test("separators, bars, backslashes, line breaks and end spaces in a label are escaped, and read back", () => {
    const hostile = [{ points: 1, label: " a; b|c\\d\ne ", description: "x；y\r\n" }];
    expect(formatLevels(hostile)).toBe("1 = \\ a\\; b\\|c\\\\d\\ne\\  | x\\；y\\r\\n");
    expect(parseLevels(formatLevels(hostile))).toEqual(hostile);
  });

  test("= and : inside a label, and a label that starts with them, stay as they are", () => {
    const levels = [
      { points: 0, label: "=A1" },
      { points: 2, label: ": x = y" },
    ];
    expect(formatLevels(levels)).toBe("0 = =A1; 2 = : x = y");
    expect(parseLevels(formatLevels(levels))).toEqual(levels);
  });

  test("cells written before escapes existed read as they did: a backslash before a letter is a backslash", () => {
    expect(parseLevels("0 = C:\\temp; 4 = Done, well")).toEqual([
      { points: 0, label: "C:\\temp" },
      { points: 4, label: "Done, well" },
    ]);
  });

  test("points in any form String(number) gives (exponents included) read back as the same number", () => {
    const levels = [
      { points: 1e-7, label: "tiny" },
      { points: 0.30000000000000004, label: "sum" },
      { points: 1e21, label: "huge" },
    ];
    expect(parseLevels(formatLevels(levels))).toEqual(levels);
  });

  test("property: any labels and descriptions round-trip", () => {
    const text = fc.oneof(fc.string({ unit: "binary", maxLength: 12 }), fc.string({ unit: "grapheme", maxLength: 12 }));
    const level: fc.Arbitrary<Level> = fc.record(
      {
        points: fc.oneof(fc.nat(100), fc.double({ min: 0, max: 100, noNaN: true })).map((p) => (p === 0 ? 0 : p)),
        label: text.filter((s) => s.trim() !== ""),
        description: text,
      },
      { requiredKeys: ["points", "label"], noNullPrototype: true },
    );
    fc.assert(
      fc.property(fc.array(level, { maxLength: 5 }), (levels) => {
        expect(parseLevels(formatLevels(levels))).toEqual(levels);
      }),
      { numRuns: 200 },
    );
  });
});
