import { exampleRubric } from "../../src/rubric/example";
import { appendEvaluationRow, saveEvaluationRow } from "../../src/workbook/rows";
import { syncColumns } from "../../src/workbook/columns";
import { EvaluationInput } from "../../src/workbook/cells";
import { expectedRow } from "../support/expected-row";
import { exampleHost, grid, journalFrom, syncsOf, typeInto, valueAt } from "../support/host-helpers";
import { sampleRows } from "./sample";

// The 1,000-row cases make the simulated host calculate every row's formulas.
jest.setTimeout(60_000);

const ID = "proactive-visit";
const SHEET = "proactive-visit evaluations";

async function setUp(rows: number) {
  const evaluations = sampleRows(rows);
  const host = await exampleHost(evaluations);
  return {
    host,
    sheet: host.model.sheet(SHEET),
    evaluations: host.model.table("Evaluations_proactive_visit"),
    save: (rowIndex: number, input: EvaluationInput) =>
      host.run((context) => saveEvaluationRow(context, ID, rowIndex, input)),
    append: (input: EvaluationInput) => host.run((context) => appendEvaluationRow(context, ID, input)),
  };
}

describe("saveEvaluationRow", () => {
  it("writes the row's input cells with one values write, never the formula columns", async () => {
    const { host, sheet, save } = await setUp(5);
    const totalBefore = sheet.cell(5, 14)?.formula;
    const from = journalFrom(host);
    await save(2, {
      date: "2019-01-02",
      reviewer: "Process owner",
      values: { PREP: 10, proc: "NA", BONUS: 1 },
      comment: "re-scored",
    });
    expect(from.writes()).toEqual([{ property: "values", sheet: sheet.name, address: "A6:M6", cells: 13 }]);
    expect(grid(host, SHEET, "A6:M6")[0]).toEqual([
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
    expect(valueAt(host, SHEET, [5, 13])).toBe(1);
    // The row's formulas recalculate from what was saved.
    const values = { PREP: 10, MAIL1: 7, OAUSE: 0, PROC: "NA", SUMM: 4, MAIL2: 4, BONUS: 1 };
    expect(grid(host, SHEET, "O6:Q6")[0]).toEqual(expectedRow(exampleRubric("en"), values));
  });

  it("keeps a retired column's score the caller does not send", async () => {
    const { host, save } = await setUp(3);
    const criteria = host.model.table("Criteria_proactive_visit");
    typeInto(host, criteria.sheet.name, criteria.box.row + 1, 0, "PREPARE"); // PREP retired, PREPARE added
    await host.run((context) => syncColumns(context, ID));
    await save(0, { values: { PREPARE: 4 } });
    expect(grid(host, SHEET, "F4:M4")[0]).toEqual([7, 7, 4, 4, 7, 7, 0, 4]);
  });

  it("uses two syncs for 10 and 1,000 rows, and rejects a row outside the table", async () => {
    const counts = [];
    for (const n of [10, 1000]) {
      const { host, save } = await setUp(n);
      counts.push(await syncsOf(host, () => save(n - 1, { values: { PREP: 4 } })));
      expect(valueAt(host, SHEET, [3 + n - 1, 5])).toBe(4);
      const from = journalFrom(host);
      await expect(save(n, { values: {} })).rejects.toThrow(/outside/);
      expect(from.writes()).toEqual([]);
    }
    expect(counts).toEqual([2, 2]);
  });
});

describe("appendEvaluationRow", () => {
  it("fills a new table's empty row, then grows the table by one row per evaluation", async () => {
    const { host, sheet, evaluations, append } = await setUp(0);
    const first = await append({ date: "2019-02-25", process: "HF-19020001", values: { PREP: 7 } });
    expect(first).toBe(0);
    expect(evaluations.box.rows).toBe(2);
    expect(grid(host, SHEET, "A4:B4")).toEqual([[43521, "HF-19020001"]]);
    expect(valueAt(host, SHEET, [3, 13])).toBe(1); // the rubric's version
    const from = journalFrom(host);
    const second = await append({ process: "HF-19020002", values: { PREP: 4 } });
    expect(second).toBe(1);
    expect(evaluations.box.rows).toBe(3);
    expect(grid(host, SHEET, "B5:F5")).toEqual([["HF-19020002", "", "", "", 4]]);
    expect(sheet.cell(4, 14)?.formula).toBe(sheet.cell(3, 14)?.formula);
    expect(sheet.cell(4, 16)?.formula).toBe(sheet.cell(3, 16)?.formula);
    // The copied formulas work in the new row: PREP alone is scored.
    expect(grid(host, SHEET, "O5:Q5")).toEqual([["6 of 7 not scored", "", ""]]);
    // The last row's formats (the date, the total's decimals) carry over to the new row.
    expect(sheet.cell(4, 0)?.numberFormat).toBe(sheet.cell(3, 0)?.numberFormat);
    expect(sheet.cell(4, 0)?.numberFormat).toBeDefined();
    expect(sheet.cell(4, 14)?.numberFormat).toBe("0.0");
    // Formats first, then input cells with one values write; formula cells only in the formula columns.
    expect(from.writes()).toEqual([
      { property: "numberFormat", sheet: sheet.name, address: "A5:Q5", cells: 17 },
      { property: "values", sheet: sheet.name, address: "A5:N5", cells: 14 },
      { property: "formulas", sheet: sheet.name, address: "O5:Q5", cells: 3 },
    ]);
  });

  it("uses two syncs for 10 and 1,000 rows", async () => {
    const counts = [];
    for (const n of [10, 1000]) {
      const { host, evaluations, append } = await setUp(n);
      let index: number | undefined;
      counts.push(
        await syncsOf(host, async () => {
          index = await append({ values: { PREP: 4 } });
        }),
      );
      expect(index).toBe(n);
      expect(evaluations.box.rows).toBe(n + 2);
    }
    expect(counts).toEqual([2, 2]);
  });
});
