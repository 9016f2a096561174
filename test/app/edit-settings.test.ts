// Editing the rubric's settings from the pane on the simulated host: title, description, scale and decimals, each
// in its cell of the settings block; only changed cells are written; refusals write nothing.
import { createRubric } from "../../src/app/create-rubric";
import { editSettings } from "../../src/app/edit-settings";
import { finaliseRubric } from "../../src/app/rubric-status";
import { cellsOf, changedCells, grid, journalFrom, numberFormats } from "../support/host-helpers";
import { EVALUATIONS_SHEET, RUBRIC_SHEET, failureOf, hostSession, valueOf } from "../support/session";

jest.setTimeout(60_000);

const at = (cell: string) => `${RUBRIC_SHEET}!${cell}`;

describe.each(["null", "zero"] as const)("editSettings (empty cells as %s)", (emptyCells) => {
  async function start(samples = false) {
    const { session, host } = hostSession({ emptyCells, samples });
    valueOf(await createRubric(session, "example"));
    return { session, host };
  }

  it("writes the title and description cells, as text, and nothing else", async () => {
    const { session, host } = await start();
    const before = cellsOf(host);
    const state = valueOf(await editSettings(session, { title: "=Visit 2026", description: "007", scale: 100 }));
    expect(changedCells(before, cellsOf(host))).toEqual([at("B2"), at("B7")]);
    expect(grid(host, RUBRIC_SHEET, "B2")).toEqual([["=Visit 2026"]]);
    expect(grid(host, RUBRIC_SHEET, "B7")).toEqual([["007"]]);
    expect(state.rubric).toMatchObject({ title: "=Visit 2026", description: "007" });
  });

  it("a new scale moves the totals; a new decimals rounds them and formats the Total column", async () => {
    const { session, host } = await start(true);
    const before = cellsOf(host);
    const state = valueOf(await editSettings(session, { scale: 50, decimals: 2 }));
    const changed = changedCells(before, cellsOf(host));
    expect(changed.filter((a) => a.startsWith(`${RUBRIC_SHEET}!`))).toEqual([at("B5"), at("B6")]);
    // On the evaluations sheet only the Total column's formats change.
    const evaluationCells = changed.filter((a) => a.startsWith(`${EVALUATIONS_SHEET}!`));
    expect(evaluationCells.length).toBeGreaterThan(0);
    const totalColumn = evaluationCells[0].replace(/^.*!([A-Z]+)\d+$/, "$1");
    expect(evaluationCells.every((a) => a.replace(/^.*!([A-Z]+)\d+$/, "$1") === totalColumn)).toBe(true);
    expect(numberFormats(host, EVALUATIONS_SHEET, evaluationCells[0].replace(/^.*!/, ""))).toEqual([["0.00"]]);
    expect(state.rubric?.settings).toEqual({ scale: 50, decimals: 2 });
  });

  it("clears the description when it is emptied", async () => {
    const { session, host } = await start();
    valueOf(await editSettings(session, { description: "About visits" }));
    const before = cellsOf(host);
    const state = valueOf(await editSettings(session, { description: "" }));
    expect(changedCells(before, cellsOf(host))).toEqual([at("B7")]);
    expect(state.rubric?.description).toBeUndefined();
  });

  it("writes nothing when nothing changed", async () => {
    const { session, host } = await start();
    const rubric = valueOf(await editSettings(session, {})).rubric!;
    const from = journalFrom(host);
    valueOf(await editSettings(session, { title: rubric.title, scale: 100, decimals: 1 }));
    expect(from.writes()).toEqual([]);
  });

  it.each([
    ["an empty title", { title: " " }, "title is empty"],
    ["a scale of 0", { scale: 0 }, "scale must be a number > 0"],
    ["a scale that is no number", { scale: NaN }, "scale must be a number > 0"],
    ["decimals that are not whole", { decimals: 1.5 }, "decimals must be a whole number from 0 to 6"],
    ["decimals over 6", { decimals: 7 }, "decimals must be a whole number from 0 to 6"],
  ])("refuses %s, naming the problem, and writes nothing", async (_, edit, expected) => {
    const { session, host } = await start();
    const from = journalFrom(host);
    const failure = failureOf(await editSettings(session, edit));
    expect(failure).toEqual({
      key: "editSettings",
      message: `the change would make the rubric invalid: ${expected}`,
      kind: "invalidRubric",
    });
    expect(from.writes()).toEqual([]);
  });

  it("refuses while the rubric is final, and writes nothing", async () => {
    const { session, host } = await start();
    valueOf(await finaliseRubric(session, { note: "" }));
    const before = cellsOf(host);
    expect(failureOf(await editSettings(session, { title: "Other" }))).toEqual({
      key: "editSettings",
      message: "the rubric is final: reopen it to edit its settings",
    });
    expect(changedCells(before, cellsOf(host))).toEqual([]);
  });
});
