// Editing the bands from the pane on the simulated host: only the cells of the changed band fields are written;
// added bands grow the table, removed ones leave their row cleared; refusals write nothing.
import { createRubric } from "../../src/app/create-rubric";
import { editBands } from "../../src/app/edit-bands";
import { finaliseRubric } from "../../src/app/rubric-status";
import { exampleRubric } from "../../src/rubric/example";
import { Band } from "../../src/rubric/model";
import { cellsOf, changedCells, grid, journalFrom } from "../support/host-helpers";
import { RUBRIC_SHEET, failureOf, hostSession, valueOf } from "../support/session";

jest.setTimeout(60_000);

const BANDS = "Bands_proactive_visit";
const at = (cell: string) => `${RUBRIC_SHEET}!${cell}`;
const example = (): Band[] => exampleRubric("en").bands.map((b) => ({ ...b }));

describe.each(["null", "zero"] as const)("editBands (empty cells as %s)", (emptyCells) => {
  async function start() {
    const { session, host } = hostSession({ emptyCells, samples: false });
    valueOf(await createRubric(session, "example"));
    return { session, host };
  }

  it("writes only the cells of the fields that changed", async () => {
    const { session, host } = await start();
    const bands = example();
    bands[1] = { from: 65, points: 1, label: "Pass" }; // From and Label of the second band (row 12)
    bands[3] = { ...bands[3], points: 2.25 }; // Points of the fourth (row 14)
    const before = cellsOf(host);
    const state = valueOf(await editBands(session, bands));
    expect(changedCells(before, cellsOf(host))).toEqual([at("L12"), at("M14"), at("N12")]);
    expect(grid(host, RUBRIC_SHEET, "L12:N12")).toEqual([[65, 1, "Pass"]]);
    expect(state.rubric?.bands).toEqual(bands);
    expect(state.problems).toEqual([]);
  });

  it("keeps a label that looks like a number as text", async () => {
    const { session, host } = await start();
    const bands = example();
    bands[2] = { ...bands[2], label: "007" };
    valueOf(await editBands(session, bands));
    expect(grid(host, RUBRIC_SHEET, "N13")).toEqual([["007"]]);
  });

  it("adds a band under the table, which grows to take it", async () => {
    const { session, host } = await start();
    const bands = [...example(), { from: 120, points: 3.5, label: "Outstanding" }];
    const before = cellsOf(host);
    const state = valueOf(await editBands(session, bands));
    expect(changedCells(before, cellsOf(host)).filter((a) => !a.endsWith("N17"))).toEqual([at("L17"), at("M17")]);
    expect(grid(host, RUBRIC_SHEET, "L17:N17")).toEqual([[120, 3.5, "Outstanding"]]);
    expect(host.model.table(BANDS).box.rows).toBe(1 + 7);
    expect(state.rubric?.bands).toEqual(bands);
  });

  it("removes a band: the rows below move up, the last row is cleared and leaves the table", async () => {
    const { session, host } = await start();
    const bands = example();
    bands.splice(4, 1); // the band from 101
    const before = cellsOf(host);
    const state = valueOf(await editBands(session, bands));
    // Row 15 takes the band from 110; row 16 is cleared.
    expect(changedCells(before, cellsOf(host))).toEqual([at("L15"), at("L16"), at("M15"), at("M16")]);
    expect(grid(host, RUBRIC_SHEET, "L15:N16")).toEqual([
      [110, 3, ""],
      ["", "", ""],
    ]);
    expect(host.model.table(BANDS).box.rows).toBe(1 + 5);
    expect(state.rubric?.bands).toEqual(bands);
  });

  it("writes nothing when nothing changed", async () => {
    const { session, host } = await start();
    const from = journalFrom(host);
    valueOf(await editBands(session, example()));
    expect(from.writes()).toEqual([]);
  });

  it.each([
    [
      "a From not above the one before",
      (b: Band[]) => (b[3] = { ...b[3], from: 70 }),
      "bands: row 4: from 70 is not above 75",
    ],
    [
      "a Points that is no number",
      (b: Band[]) => (b[2] = { ...b[2], points: NaN }),
      "bands: row 3: points is not a number",
    ],
    ["an open From after the first", (b: Band[]) => (b[1] = { ...b[1], from: null }), "bands: row 2: from is blank"],
  ])("refuses %s, naming the problem, and writes nothing", async (_, edit, expected) => {
    const { session, host } = await start();
    const bands = example();
    edit(bands);
    const from = journalFrom(host);
    const failure = failureOf(await editBands(session, bands));
    expect(failure.key).toBe("editBands");
    expect(failure.message).toMatch(/^the change would make the rubric invalid: /);
    expect(failure.message).toContain(expected);
    expect(from.writes()).toEqual([]);
  });

  it("refuses while the rubric is final, and writes nothing", async () => {
    const { session, host } = await start();
    valueOf(await finaliseRubric(session, { note: "" }));
    const bands = example();
    bands[0] = { ...bands[0], label: "Low" };
    const before = cellsOf(host);
    expect(failureOf(await editBands(session, bands))).toEqual({
      key: "editBands",
      message: "the rubric is final: reopen it to edit its bands",
    });
    expect(changedCells(before, cellsOf(host))).toEqual([]);
  });
});
