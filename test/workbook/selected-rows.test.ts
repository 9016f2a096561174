import { exampleRubric } from "../../src/rubric/example";
import { createRubric } from "../../src/workbook/create";
import { selectedEvaluationRows } from "../../src/workbook/selected-rows";
import { fakeContext } from "../support/excel-fake";
import { sampleEvaluations } from "./sample";

const SHEET = "proactive-visit evaluations";
const ID = "proactive-visit";

// The evaluations table's header is on sheet row 3 (0-based 2); its data rows start on sheet row 4.
async function setUp(rows = 5) {
  const { context, fake } = fakeContext();
  await createRubric(context, exampleRubric("en"), { language: "en", evaluations: sampleEvaluations().slice(0, rows) });
  return { context, fake };
}

describe("selectedEvaluationRows", () => {
  it("gives the data row of the active cell when one cell is selected", async () => {
    const { context, fake } = await setUp();
    fake.workbook.active = { sheet: SHEET, row: 5, column: 7 };
    expect(await selectedEvaluationRows(context, ID)).toEqual([2]);
  });

  it("gives the rows of a selected range", async () => {
    const { context, fake } = await setUp();
    fake.workbook.sheets
      .find((s) => s.name === SHEET)!
      .getRange("B5:D6")
      .select();
    expect(await selectedEvaluationRows(context, ID)).toEqual([1, 2]);
  });

  it("keeps only the data rows of a selection partly outside the table", async () => {
    const { context, fake } = await setUp(5);
    // From the sheet's first row (above the header) to two rows below the last data row (sheet row 8).
    fake.workbook.selectAreas(SHEET, ["A1:C10"]);
    expect(await selectedEvaluationRows(context, ID)).toEqual([0, 1, 2, 3, 4]);
    // Whole rows, from the header row down to the third data row.
    fake.workbook.selectAreas(SHEET, ["A3:XFD6"]);
    expect(await selectedEvaluationRows(context, ID)).toEqual([0, 1, 2]);
  });

  it("joins the rows of every area, in order and without repeats", async () => {
    const { context, fake } = await setUp(5);
    fake.workbook.selectAreas(SHEET, ["F8", "A4:B5", "C5:C6"]);
    expect(await selectedEvaluationRows(context, ID)).toEqual([0, 1, 2, 4]);
  });

  it("is empty on the header, beside or below the table, and on another sheet", async () => {
    const { context, fake } = await setUp(5);
    for (const [sheet, areas] of [
      [SHEET, ["A3:F3"]],
      [SHEET, ["R4:T8"]],
      [SHEET, ["A9:F12"]],
      ["proactive-visit rubric", ["A4:F8"]],
    ] as const) {
      fake.workbook.selectAreas(sheet, [...areas]);
      expect(await selectedEvaluationRows(context, ID)).toEqual([]);
    }
  });

  it("takes one sync for 5 and 146 rows and any number of areas", async () => {
    const counts = [];
    for (const rows of [5, 146]) {
      const { context, fake } = await setUp(rows);
      fake.workbook.selectAreas(SHEET, ["A4:A20", "C30:D40", "A100:A200"]);
      const sync = jest.spyOn(context, "sync");
      const selected = await selectedEvaluationRows(context, ID);
      expect(selected[0]).toBe(0);
      counts.push(sync.mock.calls.length);
    }
    expect(counts).toEqual([1, 1]);
  });

  it("uses the single selected range, in a second sync, where ExcelApi 1.9 is missing", async () => {
    const { context, fake } = await setUp(5);
    fake.workbook.selectedRangesUnsupported = true;
    fake.workbook.selectAreas(SHEET, ["B5:C7"]);
    const sync = jest.spyOn(context, "sync");
    expect(await selectedEvaluationRows(context, ID)).toEqual([1, 2, 3]);
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it("fails for a rubric without an evaluations table", async () => {
    const { context } = await setUp(5);
    await expect(selectedEvaluationRows(context, "nope")).rejects.toThrow(/ItemNotFound/);
  });
});
