import { checkTables } from "../../src/rubric/check";
import { checkText, describeProblem } from "../../src/rubric/vocabulary/messages";
import { workedBandCells, workedCriteriaCells } from "../support/worked-example";

describe("checkTables", () => {
  test("the worked example has no problems", () => {
    expect(checkTables(workedCriteriaCells, workedBandCells)).toEqual([]);
  });
  test("every problem, criteria then bands, one message per cell", () => {
    const criteria = [
      ["ID", "Criterion", "Weight", "Max"],
      ["Q1", "One", -5, 10],
      ["Q2", "", "heavy", 10],
      ["q1", "Three", 1, 10],
    ];
    const bands = [
      ["From", "Points"],
      [null, 0],
      [75, 1],
      [70, 2],
    ];
    expect(checkTables(criteria, bands).map((p) => describeProblem(p))).toEqual([
      'Q2: weight "heavy" is not a number',
      "Q1: weight is negative",
      "Q2: label is empty",
      "q1: id repeats the id of criterion 1 (ids ignore case)",
      "bands: row 3: from 70 is not above 75",
    ]);
    // The same problems in Chinese: each field by its sheet header, joined as one cell shows them.
    expect(checkText(checkTables(criteria, bands), "zh")).toBe(
      [
        'Q2：权重 "heavy" 不是数字',
        "Q1：权重为负数",
        "Q2：评价项为空",
        "q1：编号与第 1 个评价项的编号重复（编号不区分大小写）",
        "积分档次第 3 行：起始分 70 不大于上一档的 75",
      ].join("；"),
    );
    expect(checkText([], "zh")).toBe("通过");
    expect(checkText([], "en")).toBe("OK");
  });
  test("an empty table and a table without its headers", () => {
    const described = (cells: unknown[][], language: "en" | "zh" = "en") =>
      checkTables(cells).map((p) => describeProblem(p, language));
    expect(described([["ID", "Weight", "Max"]])).toEqual(["criteria: there are no criteria"]);
    expect(described([["Name"], ["x"]])).toEqual(["criteria: no column headed ID, Weight, Max"]);
    expect(described([["编号", "权重", "满分"]], "zh")).toEqual(["评价项表：没有任何评价项"]);
    expect(described([["名称"], ["x"]], "zh")).toEqual(["评价项表：缺少标题为 编号、权重、满分 的列"]);
  });
});
