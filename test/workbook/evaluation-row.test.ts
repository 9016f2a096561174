import { syncColumns } from "../../src/workbook/columns";
import {
  nextUnscoredRow,
  readEvaluationRow,
  readLastEvaluationRow,
  selectEvaluationRow,
} from "../../src/workbook/evaluation-row";
import { readEvaluations } from "../../src/workbook/evaluations";
import { exampleHost, selectCell, syncsOf, typeInto } from "../support/host-helpers";
import { sampleRows } from "./sample";

// The 1,000-row cases make the simulated host calculate every row's formulas.
jest.setTimeout(60_000);

const ID = "proactive-visit";
const SHEET = "proactive-visit evaluations";

async function setUp(rows: number) {
  const evaluations = sampleRows(rows);
  const host = await exampleHost(evaluations);
  const renameFirstCriterion = async (id: string) => {
    const criteria = host.model.table("Criteria_proactive_visit");
    typeInto(host, criteria.sheet.name, criteria.box.row + 1, 0, id);
    await host.run((context) => syncColumns(context, ID));
  };
  return { host, renameFirstCriterion };
}

describe("readEvaluationRow", () => {
  it("reads one row as readEvaluations does, with its sheet row, in one sync", async () => {
    const { host } = await setUp(5);
    const all = await host.run((context) => readEvaluations(context, ID));
    let row: Awaited<ReturnType<typeof readEvaluationRow>> | undefined;
    const syncs = await syncsOf(host, async () => {
      row = await host.run((context) => readEvaluationRow(context, ID, 2));
    });
    expect(syncs).toBe(1);
    const { sheetRow, retired, formulas, ...rest } = row!;
    expect(rest).toEqual(all.rows[2]);
    expect(formulas).toEqual([]); // no input cell of the row holds a formula
    expect(typeof rest.total).toBe("number"); // the calculated Total, as readEvaluations reads it
    expect(sheetRow).toBe(6);
    expect(retired).toEqual([]);
    expect(row!.values.PREP).toBe(7);
  });

  it("reads the last row, and reports retired columns", async () => {
    const { host, renameFirstCriterion } = await setUp(3);
    await renameFirstCriterion("PREPARE");
    const last = await host.run((context) => readLastEvaluationRow(context, ID));
    expect(last.rowIndex).toBe(2);
    expect(last.retired).toEqual(["PREP"]);
    expect(last.values).toHaveProperty("PREPARE", null);
  });

  it("rejects a row outside the table", async () => {
    const { host } = await setUp(3);
    await expect(host.run((context) => readEvaluationRow(context, ID, 3))).rejects.toThrow(/outside/);
    await expect(host.run((context) => readEvaluationRow(context, ID, -1))).rejects.toThrow(/outside/);
  });
});

describe("nextUnscoredRow", () => {
  it("finds the next row with an active criterion blank, wrapping around", async () => {
    const { host } = await setUp(6);
    const next = (from: number) => host.run((context) => nextUnscoredRow(context, ID, from));
    expect(await next(-1)).toBeNull();
    typeInto(host, SHEET, 3 + 1, 6, ""); // row 1, MAIL1
    typeInto(host, SHEET, 3 + 4, 11, ""); // row 4, BONUS
    expect(await next(-1)).toBe(1);
    expect(await next(1)).toBe(4);
    expect(await next(4)).toBe(1);
    expect(await next(5)).toBe(1);
  });

  it("ignores retired columns", async () => {
    const { host, renameFirstCriterion } = await setUp(3);
    const next = (from: number) => host.run((context) => nextUnscoredRow(context, ID, from));
    typeInto(host, SHEET, 3 + 2, 5, ""); // row 2, PREP
    expect(await next(0)).toBe(2);
    await renameFirstCriterion("PREPARE"); // PREP retired, PREPARE added, blank
    expect(await next(0)).toBe(1);
  });

  it("uses two syncs for 10 and 1,000 rows", async () => {
    const counts = [];
    for (const n of [10, 1000]) {
      const { host } = await setUp(n);
      counts.push(await syncsOf(host, () => host.run((context) => nextUnscoredRow(context, ID, 0))));
    }
    expect(counts).toEqual([2, 2]);
  });

  it("reads a large table from the row shown on, in windows: two syncs when the next unscored row is near", async () => {
    const { host } = await setUp(2500);
    const next = (from: number) => host.run((context) => nextUnscoredRow(context, ID, from));
    typeInto(host, SHEET, 3 + 2100, 6, ""); // row 2100, MAIL1
    typeInto(host, SHEET, 3 + 5, 11, ""); // row 5, BONUS
    let found: number | null = null;
    expect(await syncsOf(host, async () => void (found = await next(2000)))).toBe(2);
    expect(found).toBe(2100);
    // Past the last unscored row: the rest of the table, then from the top.
    expect(await next(2100)).toBe(5);
    expect(await next(4)).toBe(5);
    expect(await next(5)).toBe(2100);
    const loaded = host.journal.syncs.length;
    await next(2000);
    const cells = host.journal.syncs.slice(loaded).reduce((sum, s) => sum + s.loadedCells, 0);
    // The input columns of one window (1,024 rows), not the whole table.
    expect(cells).toBeLessThan(1100 * 14);
  });
});

describe("selectEvaluationRow", () => {
  it("selects the whole row of the table in two syncs (the grid highlights it; the active cell is its first)", async () => {
    const { host } = await setUp(5);
    selectCell(host, "proactive-visit rubric", 0, 0);
    const syncs = await syncsOf(host, () => host.run((context) => selectEvaluationRow(context, ID, 3)));
    expect(syncs).toBe(2);
    expect(host.model.currentSelection()).toMatchObject({
      sheet: SHEET,
      areas: [{ row: 6, column: 0, rows: 1, columns: 18 }],
      active: { row: 6, column: 0 },
    });
    expect(host.model.activeSheet).toBe(SHEET);
    await expect(host.run((context) => selectEvaluationRow(context, ID, 5))).rejects.toThrow(/outside/);
  });
});
