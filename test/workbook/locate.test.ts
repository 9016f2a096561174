import { exampleRubric } from "../../src/rubric/example";
import { createRubric } from "../../src/workbook/create";
import { findRubrics, selectedEvaluation, selectionPosition } from "../../src/workbook/locate";
import { fakeContext } from "../support/excel-fake";
import { sampleEvaluations } from "./sample";

async function setUp(rows = 5) {
  const { context, fake } = fakeContext();
  await createRubric(context, exampleRubric("en"), { language: "en", evaluations: sampleEvaluations().slice(0, rows) });
  const other = { ...exampleRubric("zh"), id: "visit-2" };
  await createRubric(context, other, { language: "zh" });
  return { context, fake };
}

describe("findRubrics", () => {
  it("lists the rubric ids from the settings' ID cells, in table order", async () => {
    const { context } = await setUp();
    expect(await findRubrics(context)).toEqual(["proactive-visit", "visit-2"]);
  });

  it("falls back to the table suffix when the ID cell does not name the tables", async () => {
    const { context, fake } = await setUp();
    fake.workbook.sheets[0].setCell(0, 1, { value: "something-else" });
    expect(await findRubrics(context)).toEqual(["proactive_visit", "visit-2"]);
  });

  it("is empty for a workbook without rubrics", async () => {
    const { context, fake } = fakeContext();
    fake.workbook.worksheets.add("Sheet1");
    expect(await findRubrics(context)).toEqual([]);
  });
});

describe("selectedEvaluation", () => {
  it("gives the rubric and data row of the active cell", async () => {
    const { context, fake } = await setUp();
    fake.workbook.active = { sheet: "proactive-visit evaluations", row: 5, column: 7 };
    expect(await selectedEvaluation(context)).toEqual({ rubricId: "proactive-visit", rowIndex: 2 });
    fake.workbook.active = { sheet: "visit-2 评价记录", row: 3, column: 0 };
    expect(await selectedEvaluation(context)).toEqual({ rubricId: "visit-2", rowIndex: 0 });
  });

  it("is null on the header, beside the table, below it and on the rubric sheet", async () => {
    const { context, fake } = await setUp(5);
    for (const active of [
      { sheet: "proactive-visit evaluations", row: 2, column: 5 },
      { sheet: "proactive-visit evaluations", row: 4, column: 17 },
      { sheet: "proactive-visit evaluations", row: 8, column: 0 },
      { sheet: "proactive-visit rubric", row: 11, column: 0 },
    ]) {
      fake.workbook.active = active;
      expect(await selectedEvaluation(context)).toBeNull();
    }
  });

  it("tells which rubric's sheet holds the selection, with two syncs for 5 and 146 rows", async () => {
    const counts = [];
    for (const rows of [5, 146]) {
      const { context, fake } = await setUp(rows);
      fake.workbook.active = { sheet: "visit-2 评分标准", row: 12, column: 1 };
      const sync = jest.spyOn(context, "sync");
      expect(await selectionPosition(context)).toEqual({
        rubrics: ["proactive-visit", "visit-2"],
        rubricId: "visit-2",
        evaluation: null,
      });
      counts.push(sync.mock.calls.length);
    }
    expect(counts).toEqual([2, 2]);
  });
});
