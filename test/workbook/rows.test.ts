import { exampleRubric } from "../../src/rubric/example";
import { appendEvaluationRow, findEvaluation, saveEvaluation, EvaluationChanges } from "../../src/workbook/rows";
import { syncColumns } from "../../src/workbook/columns";
import { EvaluationInput } from "../../src/workbook/cells";
import { readEvaluations } from "../../src/workbook/evaluations";
import { EmptyCells } from "../host/calc/rubric-plugin";
import { expectedRow } from "../support/expected-row";
import { deleteTableRow, exampleHost, grid, journalFrom, syncsOf, typeInto, valueAt } from "../support/host-helpers";
import { sampleRows } from "./sample";

// The 1,000-row cases make the simulated host calculate every row's formulas.
jest.setTimeout(60_000);

const ID = "proactive-visit";
const SHEET = "proactive-visit evaluations";
/** The table with its header, as the sheet shows it: 5 sample rows and room below. */
const TABLE = "A3:R12";

async function setUp(rows: number, emptyCells: EmptyCells = "null") {
  const host = await exampleHost(sampleRows(rows), { emptyCells });
  const keys = async () => (await host.run((context) => readEvaluations(context, ID))).rows.map((r) => r.key);
  return {
    host,
    sheet: host.model.sheet(SHEET),
    evaluations: host.model.table("Evaluations_proactive_visit"),
    keys,
    save: (key: string, rowIndex: number, changes: EvaluationChanges) =>
      host.run((context) => saveEvaluation(context, ID, { key, rowIndex }, changes)),
    append: (input: EvaluationInput) => host.run((context) => appendEvaluationRow(context, ID, input)),
  };
}

/** The input cells that differ between two grids of the table, as "row,column"; the formula columns (Total,
 * Points, Band: 14..16) follow what was written and are checked against the engine instead. */
function changed(before: unknown[][], after: unknown[][]): string[] {
  return after.flatMap((row, r) =>
    row.flatMap((cell, c) => (cell === before[r][c] || (c >= 14 && c <= 16) ? [] : [`${r},${c}`])),
  );
}

describe.each(["null", "zero"] as const)("saveEvaluation (empty cells as %s)", (emptyCells) => {
  it("writes only the cells given, each under its header, and the row's formulas follow", async () => {
    const { host, sheet, keys, save } = await setUp(5, emptyCells);
    const before = grid(host, SHEET, TABLE);
    const from = journalFrom(host);
    await save((await keys())[2], 2, { reviewer: "Process owner", values: { PREP: 10, proc: "NA" }, comment: "ok" });
    // Reviewer and Comment are text cells: the Text format goes first, so what was typed stays as typed.
    expect(from.writes().map((w) => `${w.property} ${w.address}`)).toEqual([
      "numberFormat E6",
      "values E6",
      "values F6",
      "values I6",
      "numberFormat M6",
      "values M6",
    ]);
    const after = grid(host, SHEET, TABLE);
    // Reviewer, PREP, PROC and Comment of sheet row 6: nothing else.
    expect(changed(before, after)).toEqual(["3,4", "3,5", "3,8", "3,12"]);
    const values = { PREP: 10, MAIL1: 7, OAUSE: 0, PROC: "NA", SUMM: 4, MAIL2: 4, BONUS: 0 };
    expect(after[3].slice(5, 12)).toEqual(Object.values(values));
    expect(after[3].slice(14, 17)).toEqual(expectedRow(exampleRubric("en"), values));
    expect(sheet.cell(5, 14)?.formula).toBeDefined();
  });

  it("lands on its evaluation after a row above it was deleted, and refuses one that is gone", async () => {
    const { host, keys, save } = await setUp(5, emptyCells);
    const [first, , third] = await keys();
    deleteTableRow(host, "Evaluations_proactive_visit", 0); // the evaluation in row 2 moves up to row 1
    const before = grid(host, SHEET, TABLE);
    expect(await save(third, 2, { values: { PREP: 0 } })).toBe(1);
    const after = grid(host, SHEET, TABLE);
    expect(changed(before, after)).toEqual(["2,5"]);
    expect(after[2].slice(14, 17)).toEqual(expectedRow(exampleRubric("en"), { ...sampleRows(5)[2].values, PREP: 0 }));

    const from = journalFrom(host);
    await expect(save(first, 0, { values: { PREP: 0 } })).rejects.toThrow(
      `the evaluation ${first} is no longer in the evaluations table`,
    );
    expect(from.writes()).toEqual([]);
  });
});

describe("saveEvaluation", () => {
  it("keeps a formula in a cell it does not write, and writes a retired column's score only when given", async () => {
    const { host, sheet, keys, save } = await setUp(3);
    typeInto(host, SHEET, 3, 6, "=3+4"); // MAIL1 of the first evaluation is a formula
    const criteria = host.model.table("Criteria_proactive_visit");
    typeInto(host, criteria.sheet.name, criteria.box.row + 1, 0, "PREPARE"); // PREP retired, PREPARE added
    await host.run((context) => syncColumns(context, ID));
    await save((await keys())[0], 0, { values: { PREPARE: 4 } });
    expect(sheet.cell(3, 6)?.formula).toBe("=3+4");
    expect(valueAt(host, SHEET, "G4")).toBe(7);
    expect(grid(host, SHEET, "F4:M4")[0]).toEqual([7, 7, 4, 4, 7, 7, 0, 4]);
  });

  it("keeps text as typed: a comment '=2*21' and a person '007' read back as written", async () => {
    const { host, keys, save, append } = await setUp(2);
    // A table from a release that did not format its text columns: every cell General.
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem(SHEET).getRange("A4:R5");
      range.numberFormat = Array.from({ length: 2 }, () => Array(18).fill("General"));
      await context.sync();
    });
    await save((await keys())[0], 0, { person: "007", comment: "=2*21" });
    await append({ person: "+5", team: "3-4", reviewer: "TRUE", comment: "@x", values: {} });
    const read = await host.run((context) => readEvaluations(context, ID));
    expect([read.rows[0].person, read.rows[0].comment]).toEqual(["007", "=2*21"]);
    expect(grid(host, SHEET, "C6:E6")[0]).toEqual(["+5", "3-4", "TRUE"]);
    expect(valueAt(host, SHEET, "M6")).toBe("@x");
  });

  it("refuses a comment when the user renamed the Comment header, naming it, and writes nothing", async () => {
    const { host, keys, save } = await setUp(2);
    const key = (await keys())[0];
    typeInto(host, SHEET, 2, 12, "Remarks"); // the Comment header, renamed in the grid
    const from = journalFrom(host);
    await expect(save(key, 0, { values: { PREP: 4 }, comment: "ok" })).rejects.toThrow(
      'the evaluations table has no "Comment" ("备注") column: was its header renamed?',
    );
    expect(from.writes()).toEqual([]);
  });

  it("refuses a score for a criterion without a column, writing nothing", async () => {
    const { host, keys, save } = await setUp(2);
    const from = journalFrom(host);
    await expect(save((await keys())[0], 0, { values: { PREP: 4, EXTRA: 3 } })).rejects.toThrow(
      'the evaluations table has no score "EXTRA" column',
    );
    expect(from.writes()).toEqual([]);
  });

  it("uses two syncs for 10 and 1,000 rows where the evaluation is, three when it moved", async () => {
    const counts = [];
    for (const n of [10, 1000]) {
      const { host, keys, save } = await setUp(n);
      const key = (await keys())[n - 1];
      counts.push(await syncsOf(host, () => save(key, n - 1, { values: { PREP: 4 } })));
      expect(valueAt(host, SHEET, [3 + n - 1, 5])).toBe(4);
      counts.push(await syncsOf(host, () => save(key, 0, { values: { PREP: 10 } })));
      expect(valueAt(host, SHEET, [3 + n - 1, 5])).toBe(10);
    }
    expect(counts).toEqual([2, 3, 2, 3]);
  });
});

describe("findEvaluation", () => {
  it("finds an evaluation by its key wherever it is", async () => {
    const { host, keys } = await setUp(5);
    const all = await keys();
    deleteTableRow(host, "Evaluations_proactive_visit", 1);
    const find = (key: string, rowIndex: number) =>
      host.run((context) => findEvaluation(context, ID, { key, rowIndex }));
    expect(await find(all[0], 0)).toBe(0);
    expect(await find(all[4], 4)).toBe(3);
    await expect(find(all[1], 1)).rejects.toThrow(/no longer in the evaluations table/);
  });
});

describe("appendEvaluationRow", () => {
  it("fills a new table's empty row, then grows the table by one row per evaluation, each with its own key", async () => {
    const { host, sheet, evaluations, append, keys } = await setUp(0);
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
    expect(sheet.cell(4, 14)?.numberFormat).toBe("0.0");
    // Formats, the formula columns, then only the cells given, the version and the key.
    expect(from.writes().map((w) => `${w.property} ${w.address}`)).toEqual([
      "numberFormat A5:R5",
      "formulas O5",
      "formulas P5",
      "formulas Q5",
      "numberFormat B5",
      "values B5",
      "values F5",
      "values N5",
      "values R5",
    ]);
    const [k1, k2] = await keys();
    expect(k1).toMatch(/^ev-[0-9a-z]{10}$/);
    expect(k2).toMatch(/^ev-[0-9a-z]{10}$/);
    expect(k1).not.toBe(k2);
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
