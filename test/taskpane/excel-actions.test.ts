import { readFileSync } from "fs";
import { join } from "path";
import { exampleRubric } from "../../src/rubric/example";
import { serializeRubric } from "../../src/formats/rubric-json/file";
import { blankRubric, createExcelActions, WorkbookRun } from "../../src/taskpane/excel-actions";
import { createSimulatedHost } from "../host";
import { activeCell, grid, journalFrom, selectAreas, selectCell, typeInto, valueAt } from "../support/host-helpers";

// Creating and editing the example (146 rows) makes the simulated host calculate every row's formulas, more than once.
jest.setTimeout(60_000);

const CSV = readFileSync(join(__dirname, "../../assets/examples/sample-evaluations.csv"), "utf8");
const EVALUATIONS = "proactive-visit evaluations";
const RUBRIC_SHEET = "proactive-visit rubric";

function setUp(options: { samples?: boolean } = {}) {
  // A new workbook (one empty sheet); every action runs in its own Excel.run, as runInWorkbook does.
  const host = createSimulatedHost();
  const run: WorkbookRun = (op) => host.run(op);
  const handlers = new Set<() => void>();
  const subscribe = async (handler: () => void) => {
    handlers.add(handler);
    return () => handlers.delete(handler);
  };
  const actions = createExcelActions({
    language: "en",
    run,
    subscribe,
    sampleEvaluations: options.samples === false ? undefined : async () => CSV,
  });
  return { actions, host, handlers };
}

const file = (name: string, text: string) => ({ name, text: async () => text }) as unknown as File;

describe("createExcelActions", () => {
  it("reads no rubric from an empty workbook", async () => {
    const { actions } = setUp();
    expect(await actions.readRubric()).toEqual({ rubric: null, problems: [] });
    expect(await actions.readSelectedEvaluation()).toBeNull();
    await expect(actions.nextUnscored()).rejects.toThrow(/no rubric/);
  });

  it("creates the example with the 146 sample evaluations and selects its first row", async () => {
    const { actions, host } = setUp();
    const state = await actions.createRubric("example");
    expect(state).toEqual({ rubric: exampleRubric("en"), problems: [] });
    const evaluations = host.model.table("Evaluations_proactive_visit");
    expect(evaluations.box.rows).toBe(147);
    expect(activeCell(host)).toEqual({ sheet: EVALUATIONS, row: 3, column: 5 });
    const selected = await actions.readSelectedEvaluation();
    expect(selected?.label).toBe("row 4 · Sun Hui · 2018-09-03");
    expect(selected?.values).toMatchObject({ PREP: 7, MAIL1: 7, BONUS: 0 });
    expect(await actions.readRubric()).toEqual(state);
  });

  it("creates the example without samples when none are given", async () => {
    const { actions, host } = setUp({ samples: false });
    await actions.createRubric("example");
    expect(host.model.table("Evaluations_proactive_visit").box.rows).toBe(2);
  });

  it("creates blank rubrics with unused ids", async () => {
    const { actions } = setUp();
    const first = await actions.createRubric("blank");
    expect(first.rubric).toEqual(blankRubric("en", []));
    expect(first.problems).toEqual([]);
    const second = await actions.createRubric("blank");
    expect(second.rubric?.id).toBe("rubric-2");
  });

  it("imports a rubric file, and writes nothing for an invalid one", async () => {
    const { actions, host } = setUp();
    const rubric = { ...exampleRubric("en"), id: "imported" };
    const state = await actions.createRubric("import", file("r.json", serializeRubric(rubric)));
    expect(state.rubric?.id).toBe("imported");
    const sheets = host.model.sheets.length;
    const from = journalFrom(host);
    const bad = { ...JSON.parse(serializeRubric(rubric)), id: "other" };
    bad.criteria[0].weight = "heavy";
    delete bad.checksum;
    await expect(actions.createRubric("import", file("bad.json", JSON.stringify(bad)))).rejects.toThrow(
      /bad\.json is not a rubric file: .*\/criteria\/0\/weight/,
    );
    expect(host.model.sheets.length).toBe(sheets);
    expect(from.writes()).toEqual([]);
  });

  it("reads, saves and moves between evaluations", async () => {
    const { actions, host } = setUp();
    await actions.createRubric("example");
    selectCell(host, EVALUATIONS, 5, 0);
    const selected = await actions.readSelectedEvaluation();
    expect(selected?.label).toMatch(/^row 6 /);
    // The selection moves before Save: the shown row is the one written.
    selectCell(host, EVALUATIONS, 9, 0);
    await actions.saveEvaluation({ ...selected!.values, PREP: "", MAIL1: 10 }, "checked");
    expect(grid(host, EVALUATIONS, "F6:G6")[0]).toEqual(["", 10]);
    expect(valueAt(host, EVALUATIONS, [5, 12])).toBe("checked");
    expect(valueAt(host, EVALUATIONS, "O6")).toBe("1 of 7 not scored"); // the sheet's Total says PREP is missing

    // Row 2 (sheet row 6) now has a blank: Next unscored from row 0 finds it and selects it.
    selectCell(host, EVALUATIONS, 3, 0);
    await actions.readSelectedEvaluation();
    const next = await actions.nextUnscored();
    expect(next?.label).toMatch(/^row 6 /);
    expect(activeCell(host)).toEqual({ sheet: EVALUATIONS, row: 5, column: 5 });
    // Wraps around to itself, then none once scored.
    expect((await actions.nextUnscored())?.label).toMatch(/^row 6 /);
    await actions.saveEvaluation({ PREP: 4 }, "checked");
    expect(await actions.nextUnscored()).toBeNull();
  });

  it("adds an evaluation dated today with the last row's person, team and reviewer", async () => {
    const { actions, host } = setUp();
    await actions.createRubric("example");
    const last = grid(host, EVALUATIONS, "C149:E149")[0];
    const added = await actions.newEvaluation();
    const d = new Date();
    const today = [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, "0")).join("-");
    expect(added.label).toBe(`row 150 · ${last[0]} · ${today}`);
    expect(grid(host, EVALUATIONS, "C150:E150")[0]).toEqual(last);
    expect(activeCell(host)).toEqual({ sheet: EVALUATIONS, row: 149, column: 5 });
    expect(await actions.readSelectedEvaluation()).toEqual(added);
  });

  it("applies a structured edit to the rubric holding the selection", async () => {
    const { actions } = setUp();
    await actions.createRubric("example");
    await actions.createRubric("blank"); // selects rubric-1's first row
    const state = await actions.applyRubricEdit({
      type: "update-criterion",
      index: 0,
      id: "C1",
      patch: { weight: 3, label: "First" },
    });
    expect(state.rubric?.id).toBe("rubric-1");
    expect(state.rubric?.criteria[0]).toMatchObject({ id: "C1", weight: 3, label: "First" });
    const added = await actions.applyRubricEdit({
      type: "add-criterion",
      criterion: { id: "C2", label: "Second", kind: "score", weight: 1, max: 5, allowNA: true },
    });
    expect(added.rubric?.criteria.map((c) => c.id)).toEqual(["C1", "C2"]);
  });

  it("shows a rubric with rule problems beside them, and lets an edit fix them", async () => {
    const { actions, host } = setUp();
    await actions.createRubric("example");
    typeInto(host, RUBRIC_SHEET, 10, 4, -5); // PREP weight
    const state = await actions.readRubric();
    expect(state.rubric?.criteria[0]).toMatchObject({ id: "PREP", weight: -5 });
    expect(state.problems[0]).toMatchObject({ criterionIndex: 0, address: "'proactive-visit rubric'!E11" });
    const fixed = await actions.applyRubricEdit({
      type: "update-criterion",
      index: 0,
      id: "PREP",
      patch: { weight: 15 },
    });
    expect(fixed.problems).toEqual([]);
    expect(fixed.rubric?.criteria[0].weight).toBe(15);
  });

  it("refuses to edit a rubric whose cells cannot be read, naming them, and writes nothing", async () => {
    const { actions, host } = setUp();
    await actions.createRubric("example");
    typeInto(host, RUBRIC_SHEET, 10, 4, "heavy"); // PREP weight
    const from = journalFrom(host);
    await expect(actions.applyRubricEdit({ type: "remove-criterion", index: 1, id: "MAIL1" })).rejects.toThrow(
      /fix them in the sheet first: 'proactive-visit rubric'!E11: PREP: weight "heavy" is not a number/,
    );
    expect(valueAt(host, RUBRIC_SHEET, "E11")).toBe("heavy");
    expect(from.writes()).toEqual([]);
    expect((await actions.readRubric()).rubric?.criteria.map((c) => c.id)).toContain("MAIL1");
  });

  it("subscribes to selection changes and unsubscribes, even before the subscription lands", async () => {
    const { actions, handlers } = setUp();
    const calls: number[] = [];
    const stop = actions.onSelectionChanged(() => calls.push(1));
    await Promise.resolve();
    expect(handlers.size).toBe(1);
    [...handlers][0]();
    expect(calls).toEqual([1]);
    stop();
    expect(handlers.size).toBe(0);
    const early = actions.onSelectionChanged(() => undefined);
    early();
    await Promise.resolve();
    await Promise.resolve();
    expect(handlers.size).toBe(0);
  });
  it("reads the scored evaluations as inputs with their row index, skipping rows without scores", async () => {
    const { actions } = setUp();
    await actions.createRubric("example");
    await actions.newEvaluation(); // an empty row at the end
    const rows = await actions.readEvaluations();
    expect(rows).toHaveLength(146); // the 146 samples; the new, empty row (index 146) is left out
    expect(rows[0]).toMatchObject({ rowIndex: 0, date: "2018-09-03", person: "Sun Hui", version: 1 });
    expect(rows[0].values).toMatchObject({ PREP: 7, MAIL1: 7 });
    expect(rows.every((r, i) => r.rowIndex === i)).toBe(true);
  });

  it("gives the evaluation rows the selection covers, across areas", async () => {
    const { actions, host } = setUp();
    await expect(actions.selectedEvaluationRows()).rejects.toThrow(/no rubric/);
    await actions.createRubric("example");
    expect(await actions.selectedEvaluationRows()).toEqual([0]); // the first row, selected on creation
    selectAreas(host, EVALUATIONS, ["A1:C6", "F10", "B9:B10"]); // from above the header
    expect(await actions.selectedEvaluationRows()).toEqual([0, 1, 2, 5, 6]);
    selectAreas(host, RUBRIC_SHEET, ["A4:F8"]);
    expect(await actions.selectedEvaluationRows()).toEqual([]);
  });

  it("inserts a sheet of text cells that never become formulas", async () => {
    const { actions, host } = setUp();
    host.model.addSheet("Export");
    expect(await actions.insertSheet("Export", [["=1+1"], ["{"]])).toBe("Export (2)");
    expect(grid(host, "Export (2)", "A1:A2")).toEqual([["=1+1"], ["{"]]);
    expect(host.model.sheet("Export (2)").cell(0, 0)?.formula).toBeUndefined();
  });
});
