import { exampleRubric } from "../../src/rubric/example";
import { createRubric } from "../../src/workbook/create";
import { appendEvaluationRow, saveEvaluationRow } from "../../src/workbook/rows";
import { syncColumns } from "../../src/workbook/columns";
import { fakeContext, FakeWorkbook } from "../support/excel-fake";
import { sampleEvaluations } from "./sample";

const table = (wb: FakeWorkbook, name: string) => wb.allTables().find((t) => t.name === name)!;

async function setUp(rows: number) {
  const { context, fake } = fakeContext();
  const evaluations = [];
  while (evaluations.length < rows) evaluations.push(...sampleEvaluations().slice(0, rows - evaluations.length));
  await createRubric(context, exampleRubric("en"), { language: "en", evaluations });
  fake.writes = [];
  return {
    context,
    fake,
    sheet: fake.workbook.sheets[1],
    evaluations: table(fake.workbook, "Evaluations_proactive_visit"),
  };
}

describe("saveEvaluationRow", () => {
  it("writes the row's input cells with one values write, never the formula columns", async () => {
    const { context, fake, sheet } = await setUp(5);
    const totalBefore = sheet.cell(5, 14)?.formula;
    await saveEvaluationRow(context, "proactive-visit", 2, {
      date: "2019-01-02",
      reviewer: "Process owner",
      values: { PREP: 10, proc: "NA", BONUS: 1 },
      comment: "re-scored",
    });
    expect(fake.writes).toEqual([{ property: "values", sheet: sheet.name, address: "A6:M6", cells: 13 }]);
    expect(sheet.grid("A6:M6")[0]).toEqual([
      43467,
      "HF-18090003",
      "Sun Hui",
      "Team 3 / 客服三组",
      "Process owner",
      10,
      7,
      0,
      "NA",
      4,
      4,
      1,
      "re-scored",
    ]);
    expect(sheet.cell(5, 14)?.formula).toBe(totalBefore);
    expect(sheet.value(5, 13)).toBe(1);
  });

  it("keeps a retired column's score the caller does not send", async () => {
    const { context, fake, sheet } = await setUp(3);
    const criteria = table(fake.workbook, "Criteria_proactive_visit");
    criteria.worksheet.setCell(criteria.box.row + 1, 0, { value: "PREPARE" }); // PREP retired, PREPARE added
    await syncColumns(context, "proactive-visit");
    await saveEvaluationRow(context, "proactive-visit", 0, { values: { PREPARE: 4 } });
    expect(sheet.grid("F4:M4")[0]).toEqual([7, 7, 4, 4, 7, 7, 0, 4]);
  });

  it("uses two syncs for 10 and 1,000 rows, and rejects a row outside the table", async () => {
    const counts = [];
    for (const n of [10, 1000]) {
      const { context } = await setUp(n);
      const sync = jest.spyOn(context, "sync");
      await saveEvaluationRow(context, "proactive-visit", n - 1, { values: { PREP: 4 } });
      counts.push(sync.mock.calls.length);
      await expect(saveEvaluationRow(context, "proactive-visit", n, { values: {} })).rejects.toThrow(/outside/);
    }
    expect(counts).toEqual([2, 2]);
  });
});

describe("appendEvaluationRow", () => {
  it("fills a new table's empty row, then grows the table by one row per evaluation", async () => {
    const { context, fake, sheet, evaluations } = await setUp(0);
    const first = await appendEvaluationRow(context, "proactive-visit", {
      date: "2019-02-25",
      process: "HF-19020001",
      values: { PREP: 7 },
    });
    expect(first).toBe(0);
    expect(evaluations.box.rows).toBe(2);
    expect(sheet.grid("A4:B4")).toEqual([[43521, "HF-19020001"]]);
    expect(sheet.value(3, 13)).toBe(1); // the rubric's version
    const second = await appendEvaluationRow(context, "proactive-visit", {
      process: "HF-19020002",
      values: { PREP: 4 },
    });
    expect(second).toBe(1);
    expect(evaluations.box.rows).toBe(3);
    expect(sheet.grid("B5:F5")).toEqual([["HF-19020002", "", "", "", 4]]);
    expect(sheet.cell(4, 14)?.formula).toBe(sheet.cell(3, 14)?.formula);
    expect(sheet.cell(4, 16)?.formula).toBe(sheet.cell(3, 16)?.formula);
    // Input cells with one values write; formula cells only in the formula columns.
    const last = fake.writes.slice(-2);
    expect(last).toEqual([
      { property: "values", sheet: sheet.name, address: "A5:N5", cells: 14 },
      { property: "formulas", sheet: sheet.name, address: "O5:Q5", cells: 3 },
    ]);
  });

  it("uses two syncs for 10 and 1,000 rows", async () => {
    const counts = [];
    for (const n of [10, 1000]) {
      const { context, evaluations } = await setUp(n);
      const sync = jest.spyOn(context, "sync");
      expect(await appendEvaluationRow(context, "proactive-visit", { values: { PREP: 4 } })).toBe(n);
      expect(evaluations.box.rows).toBe(n + 2);
      counts.push(sync.mock.calls.length);
    }
    expect(counts).toEqual([2, 2]);
  });
});
