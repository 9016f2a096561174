// The points targets table read into targets: hand-made tables (header on sheet row 1, so data row i is sheet row
// i + 2), each rule and each problem naming its row; the result fed to the ledger.
import { parsePointsTargets, pointsLedger, reviewRows, selectRows } from "../../../src/rubric/review";
import { ev, smallRubric, values } from "./fixture";

const EN = ["Person", "Level", "Target"];
const ZH = ["被评人", "职级", "目标积分"];

describe("parsePointsTargets", () => {
  test("a person's own target, a target through a level, a level's own row, a person without a target", () => {
    const table = parsePointsTargets(
      [
        EN,
        ["Li Na", "", 12],
        ["Wang Fang", "P5", ""],
        ["", "P5", 20],
        ["Zhao Lei", "", ""],
        ["Chen Jie", "P5", 8], // own target wins over the level's
        ["", "", ""], // blank: skipped, no problem
      ],
      1,
    );
    expect(table.problems).toEqual([]);
    expect(table.targets).toEqual({
      persons: { "Li Na": { target: 12 }, "Wang Fang": { level: "P5" }, "Chen Jie": { target: 8 } },
      levels: { P5: 20 },
    });
    expect(table.targeted).toEqual([
      { person: "Li Na", row: 2, target: 12 },
      { person: "Wang Fang", row: 3, target: 20, level: "P5" },
      { person: "Chen Jie", row: 6, target: 8 },
    ]);
    expect(table.untargeted).toEqual(["Zhao Lei"]);
  });

  test("a level row may come after the persons that use it; names and levels are trimmed, numbers read as text", () => {
    const table = parsePointsTargets(
      [
        ["Target", "Person", "Level"], // columns found by header, in any order
        ["", " Li Na ", 3],
        [15.5, "", "3 "],
        ["10", 1001, ""], // a person named by a number; a target typed into a text cell
      ],
      4,
    );
    expect(table.problems).toEqual([]);
    expect(table.targets).toEqual({
      persons: { "Li Na": { level: "3" }, "1001": { target: 10 } },
      levels: { "3": 15.5 },
    });
  });

  test("Chinese headers, and their aliases, read the same", () => {
    for (const header of [ZH, ["人员", "级别", "目标"]]) {
      const table = parsePointsTargets([header, ["李娜", "", 12], ["王芳", "P6", ""], ["", "P6", 30]], 1);
      expect(table.problems).toEqual([]);
      expect(table.targets).toEqual({ persons: { 李娜: { target: 12 }, 王芳: { level: "P6" } }, levels: { P6: 30 } });
    }
  });

  test("each bad target is a problem naming its row and what the cell holds; that person gets no target", () => {
    const table = parsePointsTargets(
      [
        EN,
        ["A", "", 0],
        ["B", "", -3],
        ["C", "", "twelve"],
        ["D", "", "1,5"],
        ["E", "", true],
        ["F", "", "#N/A"],
        ["G", "", 7],
        ["", "P1", "ten"],
        ["H", "P1", ""],
      ],
      1,
    );
    expect(table.problems).toEqual([
      { code: "bad-target", row: 2, value: "0" },
      { code: "bad-target", row: 3, value: "-3" },
      { code: "bad-target", row: 4, value: "twelve" },
      { code: "bad-target", row: 5, value: "1,5" },
      { code: "bad-target", row: 6, value: "true" },
      { code: "bad-target", row: 7, value: "#N/A" },
      { code: "bad-target", row: 9, value: "ten" },
    ]);
    // H's level has a row, whose problem is listed: H waits for it, with no target and no second problem.
    expect(table.targets).toEqual({ persons: { G: { target: 7 } }, levels: {} });
    expect(table.untargeted).toEqual([]);
  });

  test("a level without a target, a level nobody defined, a target for nobody", () => {
    const table = parsePointsTargets(
      [EN, ["", "P3", ""], ["Li Na", "P3", ""], ["Wang Fang", "P9", ""], ["", "", 12], ["Zhao Lei", "", 5]],
      10,
    );
    expect(table.problems).toEqual([
      { code: "level-no-target", row: 11, level: "P3" },
      { code: "level-not-found", row: 13, person: "Wang Fang", level: "P9" },
      { code: "target-no-owner", row: 14 },
    ]);
    expect(table.targets).toEqual({ persons: { "Zhao Lei": { target: 5 } }, levels: {} });
  });

  test("a person or a level given twice: a problem on the later row, and neither row counts", () => {
    const table = parsePointsTargets(
      [
        EN,
        ["Li Na", "", 12],
        ["", "P5", 20],
        ["Wang Fang", "P5", ""],
        ["Li Na", "", 12], // the same number twice is still two rows for one person
        ["", "P5", 25],
        ["Li Na", "", 14],
        ["Zhao Lei", "", 9],
      ],
      1,
    );
    expect(table.problems).toEqual([
      { code: "person-twice", row: 5, person: "Li Na", first: 2 },
      { code: "level-twice", row: 6, level: "P5", first: 3 },
      { code: "person-twice", row: 7, person: "Li Na", first: 2 },
    ]);
    expect(table.targets).toEqual({ persons: { "Zhao Lei": { target: 9 } }, levels: {} });
  });

  test("a table without a Person or a Target column says which; Level may be missing", () => {
    expect(
      parsePointsTargets(
        [
          ["Name?", "Level", "Goal"],
          ["Li Na", "", 3],
        ],
        1,
      ),
    ).toEqual({
      targets: {},
      problems: [{ code: "missing-columns", columns: ["person", "target"] }],
      targeted: [],
      untargeted: [],
    });
    const withoutLevel = parsePointsTargets(
      [
        ["Target", "Person"],
        [4, "Li Na"],
      ],
      1,
    );
    expect(withoutLevel.problems).toEqual([]);
    expect(withoutLevel.targets).toEqual({ persons: { "Li Na": { target: 4 } }, levels: {} });
  });

  test("an empty table: no targets, no problems", () => {
    expect(parsePointsTargets([EN], 1)).toEqual({
      targets: { persons: {}, levels: {} },
      problems: [],
      targeted: [],
      untargeted: [],
    });
    expect(parsePointsTargets([EN, ["", "", ""]], 1).problems).toEqual([]);
  });

  test("the targets read drive the ledger: an own target and a level's, never a throw for a bad row", () => {
    const rubric = smallRubric();
    const evaluations = [
      // base 100 → Strong, 2 points each
      ev({ person: "Li Na", date: "2026-01-05", values: values(10, 10, 0, 1) }),
      ev({ person: "Wang Fang", date: "2026-01-06", values: values(10, 10, 0, 1) }),
      ev({ person: "Zhao Lei", date: "2026-01-07", values: values(10, 10, 0, 1) }),
    ];
    const rows = selectRows(reviewRows(evaluations, [rubric])).rows;
    const table = parsePointsTargets(
      [EN, ["Li Na", "", 10], ["Wang Fang", "P5", ""], ["", "P5", 4], ["Zhao Lei", "P9", ""]],
      1,
    );
    expect(table.problems.map((p) => p.code)).toEqual(["level-not-found"]);
    const ledger = pointsLedger(rows, table.targets);
    const byName = new Map(ledger.persons.map((p) => [p.person, p]));
    // Each scored 100 (Strong): 2 points.
    expect(byName.get("Li Na")!.target).toMatchObject({ target: 10, source: "person", remaining: 8, reached: false });
    expect(byName.get("Wang Fang")!.target).toMatchObject({ target: 4, source: "level", level: "P5", remaining: 2 });
    expect(byName.get("Zhao Lei")!.target).toBeUndefined();
  });
});
