import { exampleRubric } from "../../src/rubric/example";
import { scoreEvaluation } from "../../src/rubric/score";
import { validateRubric } from "../../src/rubric/validate";
import { findBand } from "../../src/rubric/bands";

describe("the proactive follow-up visit example", () => {
  test.each(["en", "zh"] as const)("is a valid rubric in %s", (language) => {
    expect(validateRubric(exampleRubric(language))).toEqual([]);
  });

  test("weights as specified: score weights sum to 100, bonus worth 10", () => {
    const { criteria } = exampleRubric();
    expect(criteria.map((c) => [c.id, c.kind, c.weight, c.max, c.allowNA])).toEqual([
      ["PREP", "score", 15, 10, false],
      ["MAIL1", "score", 10, 10, false],
      ["OAUSE", "score", 25, 10, false],
      ["PROC", "score", 25, 10, true],
      ["SUMM", "score", 15, 10, false],
      ["MAIL2", "score", 10, 10, false],
      ["BONUS", "bonus", 10, 1, false],
    ]);
  });

  test("the two languages differ only in text", () => {
    const strip = (r: ReturnType<typeof exampleRubric>) => ({
      ...r,
      title: "",
      criteria: r.criteria.map((c) => ({ ...c, label: "", levels: c.levels?.map((l) => l.points) })),
      bands: r.bands.map((b) => b.from),
    });
    expect(strip(exampleRubric("zh"))).toEqual(strip(exampleRubric("en")));
    expect(exampleRubric("zh").criteria[0].label).toBe("回访前流程表单准备");
  });

  test("a first sample visit scores as the sheet will: 55.0, band 0", () => {
    // 2018-09-03 HF-18090001: 7,7,4,4,7,7,0
    const outcome = scoreEvaluation(exampleRubric(), {
      PREP: 7,
      MAIL1: 7,
      OAUSE: 4,
      PROC: 4,
      SUMM: 7,
      MAIL2: 7,
      BONUS: 0,
    });
    expect(outcome).toMatchObject({ status: "total", total: 55 });
    expect(findBand(exampleRubric().bands, 55)).toBe(0);
  });
});
