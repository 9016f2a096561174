import { readFileSync } from "fs";
import { join } from "path";
import { parseEvaluationsCsv } from "../../../src/formats/csv/evaluations";
import { exampleRubric } from "../../../src/rubric/example";
import { scoreEvaluation } from "../../../src/rubric/score";

const ids = exampleRubric().criteria.map((c) => c.id);
const sample = readFileSync(join(__dirname, "../../../assets/examples/sample-evaluations.csv"), "utf8");

describe("parseEvaluationsCsv", () => {
  test("reads the 146 sample evaluations, each scoring to a total", () => {
    const result = parseEvaluationsCsv(sample, ids);
    if (!result.ok) throw new Error(result.errors.join("\n"));
    expect(result.evaluations).toHaveLength(146);
    expect(result.evaluations[0]).toEqual({
      date: "2018-09-03",
      process: "HF-18090001",
      person: "Sun Hui",
      team: "Team 3 / 客服三组",
      reviewer: "Process manager",
      values: { PREP: "7", MAIL1: "7", OAUSE: "4", PROC: "4", SUMM: "7", MAIL2: "7", BONUS: "0" },
      comment: "",
    });
    const outcomes = result.evaluations.map((e) => scoreEvaluation(exampleRubric(), e.values));
    expect(outcomes.filter((o) => o.status !== "total")).toEqual([]);
  });

  test("quoted cells with commas and newlines, CRLF and a byte order mark", () => {
    const text =
      '\uFEFFDate,Process,Person,Team,Reviewer,A,Comment\r\n2019-01-02,P1,"Li, Na",T,R,NA,"said ""hi"",\nthen left"\r\n';
    const result = parseEvaluationsCsv(text, ["A"]);
    expect(result).toEqual({
      ok: true,
      evaluations: [
        {
          date: "2019-01-02",
          process: "P1",
          person: "Li, Na",
          team: "T",
          reviewer: "R",
          values: { A: "NA" },
          comment: 'said "hi",\nthen left',
        },
      ],
    });
  });

  test("all or nothing: missing columns and ragged rows are named, and nothing is returned", () => {
    const text = "Date,Process,Person,Team,A\n2019-01-02,P1,X,T,5\n2019-01-03,P2,Y\n";
    expect(parseEvaluationsCsv(text, ["A", "B"])).toEqual({
      ok: false,
      errors: ["no column headed Reviewer", "no column headed B", "row 3: 3 cells, the header has 5"],
    });
  });
});
