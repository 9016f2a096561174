import { exampleRubric } from "../../src/rubric/example";
import { syncColumns } from "../../src/workbook/columns";
import { createRubric } from "../../src/workbook/create";
import {
  nextUnscoredRow,
  readEvaluationRow,
  readLastEvaluationRow,
  selectEvaluationRow,
} from "../../src/workbook/evaluation-row";
import { readEvaluations } from "../../src/workbook/evaluations";
import { fakeContext, FakeWorkbook } from "../support/excel-fake";
import { sampleEvaluations } from "./sample";

const ID = "proactive-visit";
const table = (wb: FakeWorkbook, name: string) => wb.allTables().find((t) => t.name === name)!;

async function setUp(rows: number) {
  const { context, fake } = fakeContext();
  const evaluations = [];
  while (evaluations.length < rows) evaluations.push(...sampleEvaluations().slice(0, rows - evaluations.length));
  await createRubric(context, exampleRubric("en"), { language: "en", evaluations });
  return { context, fake, sheet: fake.workbook.sheets[1] };
}

describe("readEvaluationRow", () => {
  it("reads one row as readEvaluations does, with its sheet row, in one sync", async () => {
    const { context } = await setUp(5);
    const all = await readEvaluations(context, ID);
    const sync = jest.spyOn(context, "sync");
    const row = await readEvaluationRow(context, ID, 2);
    expect(sync).toHaveBeenCalledTimes(1);
    const { sheetRow, retired, ...rest } = row;
    expect(rest).toEqual(all.rows[2]);
    expect(sheetRow).toBe(6);
    expect(retired).toEqual([]);
    expect(row.values.PREP).toBe(7);
  });

  it("reads the last row, and reports retired columns", async () => {
    const { context, fake } = await setUp(3);
    const criteria = table(fake.workbook, "Criteria_proactive_visit");
    criteria.worksheet.setCell(criteria.box.row + 1, 0, { value: "PREPARE" });
    await syncColumns(context, ID);
    const last = await readLastEvaluationRow(context, ID);
    expect(last.rowIndex).toBe(2);
    expect(last.retired).toEqual(["PREP"]);
    expect(last.values).toHaveProperty("PREPARE", null);
  });

  it("rejects a row outside the table", async () => {
    const { context } = await setUp(3);
    await expect(readEvaluationRow(context, ID, 3)).rejects.toThrow(/outside/);
    await expect(readEvaluationRow(context, ID, -1)).rejects.toThrow(/outside/);
  });
});

describe("nextUnscoredRow", () => {
  it("finds the next row with an active criterion blank, wrapping around", async () => {
    const { context, sheet } = await setUp(6);
    expect(await nextUnscoredRow(context, ID, -1)).toBeNull();
    sheet.setCell(3 + 1, 6, { value: "" }); // row 1, MAIL1
    sheet.setCell(3 + 4, 11, { value: "" }); // row 4, BONUS
    expect(await nextUnscoredRow(context, ID, -1)).toBe(1);
    expect(await nextUnscoredRow(context, ID, 1)).toBe(4);
    expect(await nextUnscoredRow(context, ID, 4)).toBe(1);
    expect(await nextUnscoredRow(context, ID, 5)).toBe(1);
  });

  it("ignores retired columns", async () => {
    const { context, fake, sheet } = await setUp(3);
    sheet.setCell(3 + 2, 5, { value: "" }); // row 2, PREP
    expect(await nextUnscoredRow(context, ID, 0)).toBe(2);
    const criteria = table(fake.workbook, "Criteria_proactive_visit");
    criteria.worksheet.setCell(criteria.box.row + 1, 0, { value: "PREPARE" }); // PREP retired, PREPARE added, blank
    await syncColumns(context, ID);
    expect(await nextUnscoredRow(context, ID, 0)).toBe(1);
  });

  it("uses two syncs for 10 and 1,000 rows", async () => {
    const counts = [];
    for (const n of [10, 1000]) {
      const { context } = await setUp(n);
      const sync = jest.spyOn(context, "sync");
      await nextUnscoredRow(context, ID, 0);
      counts.push(sync.mock.calls.length);
    }
    expect(counts).toEqual([2, 2]);
  });
});

describe("selectEvaluationRow", () => {
  it("selects the row's first score cell in two syncs", async () => {
    const { context, fake } = await setUp(5);
    fake.workbook.active = { sheet: "proactive-visit rubric", row: 0, column: 0 };
    const sync = jest.spyOn(context, "sync");
    await selectEvaluationRow(context, ID, 3);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(fake.workbook.active).toEqual({ sheet: "proactive-visit evaluations", row: 6, column: 5 });
    await expect(selectEvaluationRow(context, ID, 5)).rejects.toThrow(/outside/);
  });
});
