// Report sheets word their titles, stamps and headers in the session's language (the vocabulary packs), and refuse
// what would give a wrong sheet: a team without evaluations in the week.
import { exampleRubric } from "../../../src/rubric/example";
import { parsePeriod, prepareReview } from "../../../src/rubric/review";
import { SHEET_VOCABULARY } from "../../../src/rubric/vocabulary";
import { reviewPackSheet, reviewReportSheet } from "../../../src/workbook/reports";
import { sampleEvaluations } from "../sample";

const data = prepareReview(
  sampleEvaluations().map((e, i) => ({ ...e, key: `k${i}`, sheetRow: i + 3 })),
  [exampleRubric("en")],
);
const week = parsePeriod("2018-W36") as { kind: "week"; year: number; week: number };
const team = "Team 3 / 客服三组";

describe("report sheets in both languages", () => {
  it("writes the review pack's words in Chinese", () => {
    const sheet = reviewPackSheet(data, { team, week, made: "now", language: "zh", paper: "A4" });
    const { values } = sheet.grid.cells();
    expect(sheet.name).toBe(`周评审 ${team} 2018-W36`);
    expect(values[0][0]).toBe(`每周评审: ${team}, 2018-W36`);
    expect(values.slice(1, 5).map((r) => r[0])).toEqual(["期间", "团队", "标准版本", "生成时间"]);
    const { date, process, person } = SHEET_VOCABULARY.zh.evaluations;
    expect(values[7].slice(0, 3)).toEqual([date, process, person]);
    expect(date).not.toBe(SHEET_VOCABULARY.en.evaluations.date);
  });

  it("writes the report's words in English and Chinese, with the same numbers", () => {
    const en = reviewReportSheet(data, { made: "now", language: "en" }).grid.cells().values;
    const zh = reviewReportSheet(data, { made: "now", language: "zh" }).grid.cells().values;
    expect(en[0][0]).toBe("Review report");
    expect(zh[0][0]).toBe("评审报告");
    const numbers = (rows: (string | number)[][]) => rows.flat().filter((v) => typeof v === "number");
    expect(numbers(zh)).toEqual(numbers(en));
  });

  it("refuses a team without evaluations in the week", () => {
    expect(() =>
      reviewPackSheet(data, {
        team: "Team 1 / 客服一组",
        week: parsePeriod("2030-W01") as typeof week,
        made: "",
        language: "en",
        paper: "A4",
      }),
    ).toThrow('team "Team 1 / 客服一组" has no scored evaluation in 2030-W01');
  });
});
