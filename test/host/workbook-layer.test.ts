// Integration: the workbook layer, unchanged, on the simulated Excel host. The formulas it writes are computed by
// HyperFormula with the add-in's own RUBRIC.* functions and must give the engine's totals and points; the workbook
// survives a save and reopen; nothing entered is lost when criteria change.
import { RawValue, Rubric } from "../../src/rubric/model";
import { expectedRow } from "../support/expected-row";
import { readEvaluations } from "../../src/workbook/evaluations";
import { readRubric } from "../../src/workbook/read-rubric";
import { appendEvaluationRow, saveEvaluation } from "../../src/workbook/rows";
import { writeCriteria } from "../../src/workbook/write-criteria";
import { createSimulatedHost, SimulatedHost } from "./index";
import { exampleHost } from "../support/host-helpers";
import { sampleEvaluations } from "../workbook/sample";

const EVALUATIONS = "proactive-visit evaluations";

/** Every data row of the evaluations table, as the sheet shows it, against the engine's result for its inputs. */
async function compareWithEngine(host: SimulatedHost): Promise<{ rows: number; mismatches: string[] }> {
  const read = await host.run((context) => readRubric(context, "proactive-visit"));
  if (!read.rubric) throw new Error(read.problems.map((p) => p.message).join("; "));
  const rubric: Rubric = read.rubric;
  const table = host.model.table("Evaluations_proactive_visit");
  const headers = table.headers();
  const mismatches: string[] = [];
  let rows = 0;
  for (let r = 1; r < table.box.rows; r++) {
    const row = table.box.row + r;
    const cell = (name: string) => host.model.valueAt(table.sheet, row, table.box.column + headers.indexOf(name));
    const values = Object.fromEntries(rubric.criteria.map((c) => [c.id, cell(c.id) as RawValue]));
    const shown = ["Total", "Points", "Band"].map(cell);
    const expected = expectedRow(rubric, values);
    if (expected[0] !== "") rows++;
    if (JSON.stringify(shown) !== JSON.stringify(expected)) {
      mismatches.push(`row ${row + 1}: sheet ${JSON.stringify(shown)}, engine ${JSON.stringify(expected)}`);
    }
  }
  return { rows, mismatches };
}

describe("the workbook layer on the simulated host", () => {
  it("creates the example with its 146 sample evaluations; every Total and Points equals the engine's", async () => {
    const host = await exampleHost(sampleEvaluations());
    expect(host.model.sheets.map((s) => s.name)).toEqual(["Sheet1", "proactive-visit rubric", EVALUATIONS]);
    const { rows, mismatches } = await compareWithEngine(host);
    expect(rows).toBe(146);
    expect(mismatches).toEqual([]);
  });

  it("recalculates after a weight is typed into the criteria table, and the totals still equal the engine's", async () => {
    const host = await exampleHost(sampleEvaluations());
    const criteria = host.model.table("Criteria_proactive_visit");
    const weight = criteria.box.column + criteria.headers().indexOf("Weight");
    const before = valuesOf(host, "Total");
    host.model.write(criteria.sheet, criteria.box.row + 1, weight, "40"); // PREP: 15 -> 40, typed as text
    const after = valuesOf(host, "Total");
    expect(after.filter((v, i) => v !== before[i]).length).toBeGreaterThan(100);
    expect(host.calculation.stats.updates).toBeGreaterThan(0);
    expect((await compareWithEngine(host)).mismatches).toEqual([]);
  });

  it("keeps every entered score when criteria are added, renamed and removed through writeCriteria", async () => {
    const host = await exampleHost(sampleEvaluations());
    const scoresBefore = scoreCells(host);
    const read = await host.run((context) => readRubric(context, "proactive-visit"));
    const criteria = read.rubric!.criteria;
    const changed = [
      { ...criteria[0], id: "PREP2", label: "Visit form prepared (renamed)" }, // a new id: the old column retires
      ...criteria.slice(1, -1), // the last criterion removed
      { id: "SAFE", label: "Safety briefing", kind: "score" as const, weight: 5, max: 10, allowNA: true },
    ];
    const result = await host.run((context) => writeCriteria(context, "proactive-visit", { criteria: changed }));
    expect(result.added).toEqual(expect.arrayContaining(["PREP2", "SAFE"]));
    expect(result.retired).toEqual(expect.arrayContaining(["PREP", criteria[criteria.length - 1].id]));
    const scoresAfter = scoreCells(host);
    for (const [key, value] of scoresBefore) expect([key, scoresAfter.get(key)]).toEqual([key, value]);
    // Rows now miss PREP2 and SAFE: they say so instead of showing a number.
    expect(valuesOf(host, "Total")[0]).toBe("2 of 7 not scored");
  });

  it("scores a row through saveEvaluation and appends one through appendEvaluationRow", async () => {
    const host = await exampleHost(sampleEvaluations());
    const input = {
      person: "Li Lei",
      values: { PREP: 10, MAIL1: 10, OAUSE: 10, PROC: 10, SUMM: 10, MAIL2: 10, BONUS: 1 },
    };
    const { rows } = await host.run((context) => readEvaluations(context, "proactive-visit"));
    await host.run((context) => saveEvaluation(context, "proactive-visit", { key: rows[2].key, rowIndex: 2 }, input));
    const index = await host.run((context) => appendEvaluationRow(context, "proactive-visit", input));
    expect(index).toBe(146);
    const totals = valuesOf(host, "Total");
    expect([totals[2], totals[146]]).toEqual([110, 110]); // full marks plus the bonus
    expect((await compareWithEngine(host)).mismatches).toEqual([]);
  });

  it("reopens a saved workbook with everything in it: cells, formulas, tables, validation, totals", async () => {
    const host = await exampleHost(sampleEvaluations());
    host.model.select(EVALUATIONS, [{ row: 5, column: 2, rows: 1, columns: 1 }]);
    const state = JSON.parse(JSON.stringify(host.save()));
    const reopened = createSimulatedHost({ state });
    expect(reopened.save()).toEqual(host.save());
    expect(valuesOf(reopened, "Total")).toEqual(valuesOf(host, "Total"));
    expect(reopened.model.currentSelection()).toEqual(host.model.currentSelection());
    const sheet = reopened.model.sheet(EVALUATIONS);
    const prep = reopened.model.table("Evaluations_proactive_visit").headers().indexOf("PREP");
    expect(sheet.validationAt(5, prep)?.rule).toEqual(host.model.sheet(EVALUATIONS).validationAt(5, prep)?.rule);
    // The workbook layer reads and writes the reopened workbook as before.
    const read = await reopened.run((context) => readEvaluations(context, "proactive-visit"));
    expect(read.rows).toHaveLength(146);
    expect(() => createSimulatedHost({ state: { ...state, format: "something else" } })).toThrow(/not a saved/);
  });
});

/** One column of the evaluations table, as the sheet shows it. */
function valuesOf(host: SimulatedHost, header: string): unknown[] {
  const table = host.model.table("Evaluations_proactive_visit");
  const column = table.box.column + table.headers().indexOf(header);
  return Array.from({ length: table.box.rows - 1 }, (_, r) =>
    host.model.valueAt(table.sheet, table.box.row + 1 + r, column),
  );
}

/** Every non-empty score cell, keyed by header and row. */
function scoreCells(host: SimulatedHost): Map<string, unknown> {
  const table = host.model.table("Evaluations_proactive_visit");
  const cells = new Map<string, unknown>();
  table.headers().forEach((header, i) => {
    if (!/^[A-Z0-9]+$/.test(header)) return;
    for (let r = 1; r < table.box.rows; r++) {
      const value = table.sheet.cell(table.box.row + r, table.box.column + i)?.value;
      if (value !== undefined) cells.set(`${header}:${r}`, value);
    }
  });
  return cells;
}
