// The example's evaluations in Chinese (assets/examples/sample-evaluations.zh.csv, inserted with the Chinese example):
// the same evaluations as the English sample, with people, teams, reviewers and comments written in Chinese.
import { readFileSync } from "fs";
import { join } from "path";
import { parseEvaluationsCsv } from "../../../src/formats/csv/evaluations";
import { exampleRubric } from "../../../src/rubric/example";

const ids = exampleRubric("zh").criteria.map((c) => c.id);
const read = (name: string) => {
  const result = parseEvaluationsCsv(readFileSync(join(__dirname, "../../../assets/examples", name), "utf8"), ids);
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.evaluations;
};

describe("the Chinese sample evaluations", () => {
  const en = read("sample-evaluations.csv");
  const zh = read("sample-evaluations.zh.csv");

  test("are the English sample's evaluations: same dates, processes and scores", () => {
    expect(zh).toHaveLength(en.length);
    expect(zh.map((e) => [e.date, e.process, e.values])).toEqual(en.map((e) => [e.date, e.process, e.values]));
  });

  test("name people, teams and reviewers, and comment, in Chinese only", () => {
    const texts = zh
      .flatMap((e) => [e.person, e.team, e.reviewer, e.comment])
      .filter((t): t is string => t !== undefined && t !== "");
    expect(texts.filter((t) => /[A-Za-z]/.test(t))).toEqual([]);
    expect(zh[0]).toMatchObject({ person: "孙慧", team: "客服三组", reviewer: "流程经理" });
    expect(new Set(zh.map((e) => e.comment))).toContain("回访大部分时间用于处理技术问题");
    // One person is one name in both: the Chinese sample keeps who evaluated whom.
    const pairs = new Set(zh.map((e, i) => `${en[i].person}→${e.person}`));
    expect(pairs.size).toBe(new Set(en.map((e) => e.person)).size);
  });
});
