import { foldHeader, parseKind, parseYesNo } from "../../src/rubric/vocabulary";

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
  test("yes/no in its many spellings", () => {
    expect([true, "TRUE", "yes", "Y", 1, "是", "允许"].map(parseYesNo)).toEqual(Array(7).fill(true));
    expect([false, "false", "No", "n", 0, "否", "", null].map(parseYesNo)).toEqual(Array(8).fill(false));
    expect(parseYesNo("maybe")).toBeUndefined();
    expect(parseYesNo(2)).toBeUndefined();
  });
  test("headers fold case, spaces, underscores and hyphens", () => {
    expect(foldHeader(" Allow_NA ")).toBe("allowna");
    expect(foldHeader("allow-na")).toBe("allowna");
    expect(foldHeader(3)).toBe("");
  });
});
