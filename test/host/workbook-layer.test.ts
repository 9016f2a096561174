// Integration: the workbook layer, unchanged, on the simulated Excel host. The formulas it writes are computed by
// HyperFormula with the add-in's own RUBRIC.* functions and must give the engine's totals and points, each row under
// its rubric version; the workbook survives a save and reopen; nothing entered is lost when criteria change.
import { RawValue, Rubric } from "../../src/rubric/model";
import { expectedRow } from "../support/expected-row";
import { readEvaluations } from "../../src/workbook/evaluations";
import { findVersion, latestVersion } from "../../src/rubric/version";
import { readRubric } from "../../src/workbook/read-rubric";
import { readVersionedRubric } from "../../src/workbook/versions/read";
import { appendEvaluationRow, saveEvaluation } from "../../src/workbook/rows";
import { writeCriteria } from "../../src/workbook/write-criteria";
import { createSimulatedHost, SimulatedHost } from "./index";
import { exampleHost } from "../support/host-helpers";
import { publishAndApply } from "../support/versions";
import { sampleEvaluations } from "../workbook/sample";

const EVALUATIONS = "proactive-visit evaluations";

/** Every data row of the evaluations table, as the sheet shows it, against the engine's result for its inputs under
 * the version the row is scored under (its Rubric version cell; the latest version while blank), as the versions
 * sheet holds it. `versions`: how many rows are under each version. */
async function compareWithEngine(
  host: SimulatedHost,
): Promise<{ rows: number; mismatches: string[]; versions: Record<number, number> }> {
  const read = await host.run((context) => readVersionedRubric(context, "proactive-visit"));
  if (!read.versions) throw new Error("no versions sheet");
  if (read.versions.read.problems.length > 0) throw new Error(read.versions.read.problems.join("; "));
  const { history } = read.versions.read;
  const latest = latestVersion(history)!;
  const table = host.model.table("Evaluations_proactive_visit");
  const headers = table.headers();
  const mismatches: string[] = [];
  const versions: Record<number, number> = {};
  let rows = 0;
  for (let r = 1; r < table.box.rows; r++) {
    const row = table.box.row + r;
    const cell = (name: string) => host.model.valueAt(table.sheet, row, table.box.column + headers.indexOf(name));
    const stamped = cell("Rubric version");
    const version = typeof stamped === "number" ? findVersion(history, stamped) : latest;
    if (!version) {
      mismatches.push(`row ${row + 1}: no version ${JSON.stringify(stamped)}`);
      continue;
    }
    versions[version.version] = (versions[version.version] ?? 0) + 1;
    const rubric: Rubric = version.rubric;
    const values = Object.fromEntries(rubric.criteria.map((c) => [c.id, cell(c.id) as RawValue]));
    const shown = ["Total", "Points", "Band"].map(cell);
    const expected = expectedRow(rubric, values);
    if (expected[0] !== "") rows++;
    if (JSON.stringify(shown) !== JSON.stringify(expected)) {
      mismatches.push(`row ${row + 1}: sheet ${JSON.stringify(shown)}, engine ${JSON.stringify(expected)}`);
    }
  }
  return { rows, mismatches, versions };
}

describe("the workbook layer on the simulated host", () => {
  it("creates the example with its 146 sample evaluations; every Total and Points equals the engine's", async () => {
    const host = await exampleHost(sampleEvaluations());
    expect(host.model.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      "proactive-visit rubric",
      EVALUATIONS,
      "proactive-visit versions",
    ]);
    const { rows, mismatches, versions } = await compareWithEngine(host);
    expect(rows).toBe(146);
    expect(mismatches).toEqual([]);
    expect(versions).toEqual({ 1: 146 }); // every sample evaluation is stamped with version 1
    // Version 1 is the rubric as created: the draft as read.
    const draft = await host.run((context) => readRubric(context, "proactive-visit"));
    const versioned = await host.run((context) => readVersionedRubric(context, "proactive-visit"));
    expect(versioned.versions?.read.history.versions.map((v) => v.rubric)).toEqual([draft.rubric]);
  });

  it("a weight typed into the criteria table moves no total until published and applied; totals equal the engine's", async () => {
    const host = await exampleHost(sampleEvaluations());
    const criteria = host.model.table("Criteria_proactive_visit");
    const weight = criteria.box.column + criteria.headers().indexOf("Weight");
    const before = valuesOf(host, "Total");
    const updates = host.calculation.stats.updates;
    host.model.write(criteria.sheet, criteria.box.row + 1, weight, "40"); // PREP: 15 -> 40, typed as text
    // The criteria table is the working draft: the workbook recalculates (the weight total follows), no total moves.
    expect(valuesOf(host, "Total")).toEqual(before);
    expect(host.calculation.stats.updates).toBeGreaterThan(updates);
    expect(host.model.valueAt(criteria.sheet, 1, 4)).toBe(125); // E2, the weight total
    expect(await compareWithEngine(host)).toEqual({ rows: 146, mismatches: [], versions: { 1: 146 } });
    // Published and applied to every row, the totals follow: each is the engine's under version 2.
    expect(await publishAndApply(host)).toBe(2);
    const after = valuesOf(host, "Total");
    expect(after.filter((v, i) => v !== before[i]).length).toBeGreaterThan(100);
    expect(await compareWithEngine(host)).toEqual({ rows: 146, mismatches: [], versions: { 2: 146 } });
    const latest = await host.run((context) => readVersionedRubric(context, "proactive-visit"));
    expect(latest.versions?.read.history.versions[1].rubric.criteria[0]).toMatchObject({ id: "PREP", weight: 40 });
  });

  it("keeps every entered score when criteria are added, renamed and removed through writeCriteria", async () => {
    const host = await exampleHost(sampleEvaluations());
    const scoresBefore = scoreCells(host);
    const totalsBefore = valuesOf(host, "Total");
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
    // The criteria are the draft: every row is still scored under version 1.
    expect(valuesOf(host, "Total")).toEqual(totalsBefore);
    expect((await compareWithEngine(host)).mismatches).toEqual([]);
    // Published and applied, rows miss PREP2 and SAFE: they say so instead of showing a number.
    await publishAndApply(host);
    expect(valuesOf(host, "Total")[0]).toBe("2 of 7 not scored");
    expect(await compareWithEngine(host)).toEqual({ rows: 146, mismatches: [], versions: { 2: 146 } });
    for (const [key, value] of scoresBefore) expect([key, scoreCells(host).get(key)]).toEqual([key, value]);
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
