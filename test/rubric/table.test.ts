import { describeProblem } from "../../src/rubric/problem";
import { cellNumber, readBandsTable, readCriteriaTable } from "../../src/rubric/table";
import { workedBandCells, workedCriteria, workedCriteriaCells } from "../support/worked-example";

describe("readCriteriaTable", () => {
  test("reads the worked example's table back into its criteria", () => {
    const table = readCriteriaTable(workedCriteriaCells);
    expect(table.problems).toEqual([]);
    expect(table.criteria).toEqual(workedCriteria);
    expect(table.rowOf).toEqual([0, 1, 2, 3, 4, 5]);
  });

  test("finds columns by header in any order and case, in English or Chinese", () => {
    const cells = [
      ["满分", "允许不适用", "权重", "类型", "编号", "评价项", "评分等级", "分组", "说明"],
      [10, "是", 25, "得分", "PROC", "客户流程类型统计分析", "0 = 未完成; 10 = 优秀", "分析", "统计表"],
      [1, "否", 10, "加分", "BONUS", "产品改进洞察", "", "", ""],
    ];
    const table = readCriteriaTable(cells);
    expect(table.problems).toEqual([]);
    expect(table.criteria).toEqual([
      {
        id: "PROC",
        label: "客户流程类型统计分析",
        kind: "score",
        weight: 25,
        max: 10,
        allowNA: true,
        description: "统计表",
        section: "分析",
        levels: [
          { points: 0, label: "未完成" },
          { points: 10, label: "优秀" },
        ],
      },
      { id: "BONUS", label: "产品改进洞察", kind: "bonus", weight: 10, max: 1, allowNA: false },
    ]);
    expect(
      readCriteriaTable([
        ["allow_na", "WEIGHT", "id", "max "],
        [true, 1, "A", 10],
      ]).criteria[0],
    ).toMatchObject({ allowNA: true });
  });

  test("blank rows are skipped, and desktop's 0-for-empty reads as blank in text columns and kind", () => {
    const cells = [
      ["ID", "Criterion", "Kind", "Weight", "Max", "Allow NA", "Description"],
      [0, 0, 0, 0, 0, 0, 0],
      ["A", "Alpha", 0, 1, 10, 0, 0],
      [null, "", null, null, null, null, null],
    ];
    const table = readCriteriaTable(cells);
    expect(table.problems).toEqual([]);
    expect(table.criteria).toEqual([{ id: "A", label: "Alpha", kind: "score", weight: 1, max: 10, allowNA: false }]);
    expect(table.rowOf).toEqual([1]);
  });

  test("a gate's blank weight is 0; anyone else's is a problem", () => {
    const cells = [
      ["ID", "Kind", "Weight", "Max"],
      ["G", "gate", null, 1],
      ["A", "score", "", 10],
    ];
    const table = readCriteriaTable(cells);
    expect(table.criteria[0].weight).toBe(0);
    expect(table.problems.map((p) => describeProblem(p))).toEqual(["A: weight is blank"]);
  });

  test("reports each unreadable cell with its row and field", () => {
    const cells = [
      ["ID", "Kind", "Weight", "Max", "Allow NA", "Levels"],
      ["A", "extra", "heavy", 10, "maybe", "0 = none; lots"],
    ];
    const table = readCriteriaTable(cells);
    expect(table.problems.map((p) => describeProblem(p))).toEqual([
      'A: kind "extra" is not a kind',
      'A: allowNA "maybe" is not yes or no',
      'A: weight "heavy" is not a number',
      'A: levels "lots" is not "points = label"',
    ]);
    expect(table.problems[0].location).toEqual({ scope: "criterion", index: 0, id: "A", field: "kind" });
  });

  test("levels: false leaves the Levels column unread", () => {
    const cells = [
      ["ID", "Weight", "Max", "Levels"],
      ["A", 1, 10, "nonsense"],
    ];
    expect(readCriteriaTable(cells, { levels: false }).problems).toEqual([]);
  });

  test("missing required headers are named", () => {
    expect(
      readCriteriaTable([
        ["ID", "Score"],
        ["A", 1],
      ]).problems.map((p) => describeProblem(p)),
    ).toEqual(["criteria: no column headed Weight, Max"]);
    expect(readCriteriaTable([]).problems.map((p) => describeProblem(p))).toEqual([
      "criteria: no column headed ID, Weight, Max",
    ]);
  });
});

describe("readBandsTable", () => {
  test("with a header row, label column included", () => {
    const table = readBandsTable([
      ["From", "Points", "Label"],
      [null, 0, "Below 60"],
      [60, 1, null],
    ]);
    expect(table).toMatchObject({ hasHeader: true, problems: [], rowOf: [0, 1] });
    expect(table.bands).toEqual([
      { from: null, points: 0, label: "Below 60" },
      { from: 60, points: 1 },
    ]);
  });
  test("without a header row: from, points, [label] by position", () => {
    expect(
      readBandsTable([
        [null, 0],
        [60, 1],
        ["75", "1.5"],
      ]).bands,
    ).toEqual([
      { from: null, points: 0 },
      { from: 60, points: 1 },
      { from: 75, points: 1.5 },
    ]);
  });
  test("desktop's empty rows (all 0) after the bands are skipped; a first band [0, 0] is kept", () => {
    expect(
      readBandsTable([
        [0, 0],
        [60, 1],
        [0, 0],
        [0, 0],
      ]).bands,
    ).toEqual([
      { from: 0, points: 0 },
      { from: 60, points: 1 },
    ]);
    expect(
      readBandsTable([
        [null, null],
        [null, 0],
      ]).bands,
    ).toEqual([{ from: null, points: 0 }]);
  });
  test("Chinese headers in another order", () => {
    expect(
      readBandsTable([
        ["积分", "起始分"],
        [0, null],
        [1, 60],
      ]).bands,
    ).toEqual([
      { from: null, points: 0 },
      { from: 60, points: 1 },
    ]);
  });
  test("the worked example's cells", () => {
    expect(readBandsTable(workedBandCells).problems).toEqual([]);
  });
  test("unreadable cells and missing headers", () => {
    expect(
      readBandsTable([
        [null, 0],
        ["sixty", "one"],
      ]).problems.map((p) => describeProblem(p)),
    ).toEqual(['bands: row 2: from "sixty" is not a number', 'bands: row 2: points "one" is not a number']);
    expect(
      readBandsTable([
        ["Start", "Points"],
        [0, 1],
      ]).problems.map((p) => describeProblem(p)),
    ).toEqual(["bands: no columns headed From and Points"]);
  });
});

describe("cellNumber", () => {
  test.each([
    [5, 5],
    ["5", 5],
    [" 7.5 ", 7.5],
    ["", undefined],
    ["x", undefined],
    [null, undefined],
    [true, undefined],
    [Number.POSITIVE_INFINITY, undefined],
    ["0x7", undefined], // Number() would say 7; the engine's rule says it is no number
    ["1e400", undefined],
  ])("%p -> %p", (input, expected) => {
    expect(cellNumber(input)).toBe(expected);
  });
});
