import {
  evaluationColumn,
  foldHeader,
  parseKind,
  parseStatus,
  parseYesNo,
  pointsTargetsColumn,
  pointsTargetsHeaders,
  statusChoices,
  statusText,
  tableLanguage,
} from "../../src/rubric/vocabulary";

describe("vocabulary", () => {
  test("kinds in English and Chinese; blank and desktop's 0 mean score", () => {
    expect(
      ["score", "Bonus", " PENALTY ", "gate", "得分", "加分", "扣分", "否决", "一票否决", null, "", 0].map(parseKind),
    ).toEqual([
      "score",
      "bonus",
      "penalty",
      "gate",
      "score",
      "bonus",
      "penalty",
      "gate",
      "gate",
      "score",
      "score",
      "score",
    ]);
    expect(parseKind("extra")).toBeUndefined();
    expect(parseKind(2)).toBeUndefined();
  });
  test("statuses: written in the sheet's language, read in either (English on Chinese sheets made before)", () => {
    expect(statusText("en", "final")).toBe("final");
    expect(statusText("zh", "draft")).toBe("草稿");
    expect(statusChoices("en")).toEqual(["draft", "stable", "final"]);
    expect(statusChoices("zh")).toEqual(["草稿", "稳定", "定稿"]);
    expect(["draft", " Stable ", "FINAL", "草稿", "稳定", " 定稿 "].map(parseStatus)).toEqual([
      "draft",
      "stable",
      "final",
      "draft",
      "stable",
      "final",
    ]);
    // Anything else is no status (the rubric's validation names the cell): blank, another word, a number.
    expect(["", "done", "已定稿", null, 0, undefined].map(parseStatus)).toEqual(Array(6).fill(undefined));
  });
  test("yes/no in its many spellings", () => {
    expect([true, "TRUE", "yes", "Y", 1, "是", "允许"].map(parseYesNo)).toEqual(Array(7).fill(true));
    expect([false, "false", "No", "n", 0, "否", "", null].map(parseYesNo)).toEqual(Array(8).fill(false));
    expect(parseYesNo("maybe")).toBeUndefined();
    expect(parseYesNo(2)).toBeUndefined();
  });
  test("the evaluated person is 被评人, and a workbook headed 人员 before the glossary still reads", () => {
    expect(evaluationColumn("被评人")).toBe("person");
    expect(evaluationColumn("人员")).toBe("person");
    expect(evaluationColumn("Person")).toBe("person");
    expect(tableLanguage(["日期", "流程", "人员", "PREP"])).toBe("zh");
    expect(tableLanguage(["Date", "Process", "Person", "PREP"])).toBe("en");
  });
  test("points targets headers: written in the sheet's language, read in either, aliases too", () => {
    expect(pointsTargetsHeaders("en")).toEqual(["Person", "Level", "Target"]);
    expect(pointsTargetsHeaders("zh")).toEqual(["被评人", "职级", "目标积分"]);
    expect(
      ["Person", " level ", "TARGET", "Points target", "被评人", "人员", "职级", "级别", "目标积分", "目标"].map(
        pointsTargetsColumn,
      ),
    ).toEqual(["person", "level", "target", "target", "person", "person", "level", "level", "target", "target"]);
    expect(pointsTargetsColumn("Points")).toBeUndefined();
    expect(pointsTargetsColumn(3)).toBeUndefined();
  });
  test("headers fold case, spaces, underscores and hyphens", () => {
    expect(foldHeader(" Allow_NA ")).toBe("allowna");
    expect(foldHeader("allow-na")).toBe("allowna");
    expect(foldHeader(3)).toBe("");
  });
});
